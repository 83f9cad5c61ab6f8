//! One part of an envelope's life, 20,000 times, for `valgrind --tool=callgrind`
//! (instruction counts do not depend on the machine's load):
//!
//! ```sh
//! cargo build --release -p factum-benches --example profile
//! valgrind --tool=callgrind target/release/examples/profile decode   # or encode, build, receive, check
//! ```
//!
//! `build` is what a producer does (`caused_by`, subject, sequence); `encode` and
//! `decode` run on the full 200 B envelope, `receive` decodes it into an inbox of one
//! event, `check` validates it without a type (`factum envelope check`). Results in
//! BENCHMARKS.md.
use factum::envelope::{Cause, DecodeOptions, Envelope, Producer, TraceParent, check, receive};
use factum::{Event, Inbox};
use serde::{Deserialize, Serialize};
use std::hint::black_box;

#[derive(Debug, Clone, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 3, key = order_id)]
struct OrderPlaced {
    order_id: String,
    customer_id: String,
    total_minor: i64,
    currency: String,
    skus: Vec<String>,
}

#[derive(Inbox)]
enum Orders {
    Placed(OrderPlaced),
}

const RUNS: usize = 20_000;

fn main() {
    let part = std::env::args().nth(1).unwrap_or_default();
    let trace =
        TraceParent::parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").unwrap();
    let producer = Producer::new("/checkout/orders")
        .unwrap()
        .with_schema_base("https://contracts.example.com/c")
        .unwrap();
    let event = OrderPlaced {
        order_id: "o-1".into(),
        customer_id: "c-42".into(),
        total_minor: 2500,
        currency: "EUR".into(),
        skus: vec!["SKU-00001".into(), "SKU-00002".into()],
    };
    let build = |event: OrderPlaced| {
        let cause = Cause::new("0190b3a2-0000-7000-8000-000000000001")
            .with_correlation_id("corr-0001")
            .with_trace(&trace, Some("vendor=abc"));
        producer
            .caused_by(cause, event)
            .with_subject("orders/o-1")
            .unwrap()
            .with_sequence("42")
            .unwrap()
    };
    let envelope = build(event.clone());
    let json = envelope.to_json().unwrap();
    let options = DecodeOptions::default();
    match part.as_str() {
        "build" => (0..RUNS).for_each(|_| drop(black_box(build(black_box(&event).clone())))),
        "encode" => (0..RUNS).for_each(|_| drop(black_box(black_box(&envelope).to_json()))),
        "decode" => (0..RUNS).for_each(|_| {
            drop(black_box(Envelope::<OrderPlaced>::from_json(
                black_box(&json),
                &options,
            )));
        }),
        "receive" => (0..RUNS).for_each(|_| {
            let received = receive::<Orders>(black_box(&json), &options);
            if let Ok(Some(envelope)) = &received {
                let Orders::Placed(event) = envelope.data();
                black_box(&event.order_id);
            }
            drop(black_box(received));
        }),
        "check" => (0..RUNS).for_each(|_| drop(black_box(check(black_box(&json), &options)))),
        _ => eprintln!("usage: profile build|encode|decode|receive|check"),
    }
}
