//! One part of an envelope's life, 20,000 times, for `valgrind --tool=callgrind`
//! (instruction counts do not depend on the machine's load):
//!
//! ```sh
//! cargo build --release -p factum-benches --example profile
//! valgrind --tool=callgrind target/release/examples/profile decode   # or another part
//! ```
//!
//! The event is the envelope benchmark's 200 B one (`benches/envelope.rs`: an
//! `OrderPlaced` with two order lines, every envelope attribute set, a fixed time).
//! `build` is what a producer does (`caused_by`, subject, sequence); `encode` and
//! `decode` run on the full envelope, `roundtrip` does both (the benchmark's
//! `roundtrip/factum`) and `bare` is its floor (`serde_json::to_vec` + `from_slice` of
//! the data alone, `roundtrip/bare`); `receive` decodes the envelope into an inbox of one
//! event, `check` validates it without a type (`factum envelope check`); `setup` does
//! only what every part does first, to subtract. Results in BENCHMARKS.md.
use factum::envelope::{Cause, DecodeOptions, Envelope, Producer, TraceParent, check, receive};
use factum::{Event, Inbox};
use serde::{Deserialize, Serialize};
use std::hint::black_box;
use time::macros::datetime;

#[derive(Debug, Clone, Serialize, Deserialize, schemars::JsonSchema)]
struct Line {
    sku: String,
    quantity: u32,
    unit_price_minor: i64,
}

#[derive(Debug, Clone, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 3, key = order_id)]
struct OrderPlaced {
    order_id: String,
    customer_id: String,
    lines: Vec<Line>,
    total_minor: i64,
    currency: String,
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
        .with_schema_base("https://contracts.example.com/checkout")
        .unwrap()
        .with_clock(|| datetime!(2026-11-22 10:15:30.25 UTC));
    let line = |sku: &str| Line {
        sku: sku.into(),
        quantity: 2,
        unit_price_minor: 1250,
    };
    let event = OrderPlaced {
        order_id: "o-2026-000001".into(),
        customer_id: "c-000042".into(),
        lines: vec![line("SKU-00000"), line("SKU-00001")],
        total_minor: 5000,
        currency: "EUR".into(),
    };
    let build = |event: OrderPlaced| {
        let cause = Cause::new("0190b3a2-0000-7000-8000-000000000001")
            .with_correlation_id("corr-0001")
            .with_trace(&trace, Some("vendor=abc"));
        producer
            .caused_by(cause, event)
            .with_subject("orders/o-2026-000001")
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
        "roundtrip" => (0..RUNS).for_each(|_| {
            let json = black_box(&envelope).to_json().unwrap();
            drop(black_box(Envelope::<OrderPlaced>::from_json(
                &json, &options,
            )));
        }),
        "bare" => (0..RUNS).for_each(|_| {
            let json = serde_json::to_vec(black_box(&event)).unwrap();
            drop(black_box(serde_json::from_slice::<OrderPlaced>(&json)));
        }),
        "setup" => {}
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
        _ => eprintln!("usage: profile build|encode|decode|roundtrip|bare|receive|check|setup"),
    }
}
