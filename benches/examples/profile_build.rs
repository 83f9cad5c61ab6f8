//! Builds one full envelope many times (the producer's part of a round trip), for
//! `valgrind --tool=callgrind`.
use factum::Event;
use factum::envelope::{Cause, Producer, TraceParent};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 3, key = order_id)]
struct OrderPlaced {
    order_id: String,
    customer_id: String,
    total_minor: i64,
    currency: String,
    skus: Vec<String>,
}

fn main() {
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
    for _ in 0..20_000 {
        let cause = Cause::new("0190b3a2-0000-7000-8000-000000000001")
            .with_correlation_id("corr-0001")
            .with_trace(&trace, Some("vendor=abc"));
        let envelope = producer
            .caused_by(cause, std::hint::black_box(&event).clone())
            .with_subject("orders/o-1")
            .unwrap()
            .with_sequence("42")
            .unwrap();
        std::hint::black_box(envelope);
    }
}
