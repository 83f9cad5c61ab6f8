//! The envelope's cost, on an OrderPlaced-sized event (~200 B of data) and a 2 KB one:
//!
//! - `roundtrip/bare`: `serde_json` encode + decode of the payload alone (the floor), from
//!   bytes (`to_vec` + `from_slice`, the headline: a message body arrives as bytes, and
//!   `Envelope::from_json` takes bytes); `roundtrip/bare_str`: the same through a `String`
//!   (`to_string` + `from_str`, which skips the UTF-8 check of the input);
//! - `roundtrip/factum`: encode + decode of a full factum envelope (every attribute set);
//! - `build_roundtrip/factum` vs `build_roundtrip/cloudevents_sdk`: the same event built
//!   into an envelope, encoded, decoded and read back as a typed value; each side as its
//!   best user writes it (the SDK's time and schema URL parsed once, outside the loop,
//!   and its data taken out of the decoded event with `take_data`, not cloned);
//! - `upcast/v3` vs `upcast/v1_to_v3`: decoding a v3 envelope, and a v1 envelope upcast
//!   through v2 to v3.
//!
//! `cargo bench -p factum-benches --bench envelope`; results in BENCHMARKS.md.

use std::hint::black_box;

use cloudevents::event::{Data, ExtensionValue as SdkValue};
use cloudevents::{AttributesReader, EventBuilder, EventBuilderV10};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use factum::Event;
use factum::envelope::{Cause, DecodeOptions, Envelope, Producer, TraceParent};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use time::macros::datetime;

const TRACEPARENT: &str = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
const TIME: OffsetDateTime = datetime!(2026-11-22 10:15:30.25 UTC);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Line {
    pub sku: String,
    pub quantity: u32,
    pub unit_price_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(name = "OrderPlaced", version = 1, key = order_id)]
pub struct OrderPlacedV1 {
    pub order_id: String,
    pub customer_id: String,
    pub lines: Vec<Line>,
    pub total: f64,
}

#[derive(Debug, Clone, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(name = "OrderPlaced", version = 2, key = order_id, upcast_from = OrderPlacedV1)]
pub struct OrderPlacedV2 {
    pub order_id: String,
    pub customer_id: String,
    pub lines: Vec<Line>,
    pub total_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 3, key = order_id, upcast_from = OrderPlacedV2)]
pub struct OrderPlaced {
    pub order_id: String,
    pub customer_id: String,
    pub lines: Vec<Line>,
    pub total_minor: i64,
    pub currency: String,
}

impl From<OrderPlacedV1> for OrderPlacedV2 {
    #[allow(clippy::cast_possible_truncation)]
    fn from(v1: OrderPlacedV1) -> Self {
        OrderPlacedV2 {
            order_id: v1.order_id,
            customer_id: v1.customer_id,
            lines: v1.lines,
            total_minor: (v1.total * 100.0).round() as i64,
        }
    }
}

impl From<OrderPlacedV2> for OrderPlaced {
    fn from(v2: OrderPlacedV2) -> Self {
        OrderPlaced {
            order_id: v2.order_id,
            customer_id: v2.customer_id,
            lines: v2.lines,
            total_minor: v2.total_minor,
            currency: "EUR".into(),
        }
    }
}

fn lines(n: usize) -> Vec<Line> {
    (0..n)
        .map(|i| Line {
            sku: format!("SKU-{i:05}"),
            quantity: 2,
            unit_price_minor: 1250,
        })
        .collect()
}

/// The two sizes: 2 lines is about 200 B of JSON, 30 lines about 2 KB.
fn order(n: usize) -> OrderPlaced {
    OrderPlaced {
        order_id: "o-2026-000001".into(),
        customer_id: "c-000042".into(),
        lines: lines(n),
        total_minor: 2500 * i64::try_from(n).unwrap(),
        currency: "EUR".into(),
    }
}

fn producer() -> Producer {
    Producer::new("/checkout/orders")
        .unwrap()
        .with_schema_base("https://contracts.example.com/checkout")
        .unwrap()
        .with_clock(|| TIME)
}

/// A factum envelope with every attribute set.
fn full<E: Event>(producer: &Producer, trace: &TraceParent, event: E) -> Envelope<E> {
    let cause = Cause::new("0190b3a2-0000-7000-8000-000000000001")
        .with_correlation_id("corr-0001")
        .with_trace(trace, Some("vendor=abc"));
    producer
        .caused_by(cause, event)
        .with_subject("orders/o-2026-000001")
        .unwrap()
        .with_sequence("42")
        .unwrap()
}

/// What an SDK user parses once: the producer's clock reading and the schema URL.
struct SdkConstants {
    time: chrono::DateTime<chrono::Utc>,
    schema: url::Url,
}

impl SdkConstants {
    fn new() -> Self {
        SdkConstants {
            time: "2026-11-22T10:15:30.25Z".parse().unwrap(),
            schema: "https://contracts.example.com/checkout/OrderPlaced/v3.schema.json"
                .parse()
                .unwrap(),
        }
    }
}

/// The same event through the official Rust SDK: built, encoded, decoded, read back.
fn sdk_roundtrip(event: &OrderPlaced, constants: &SdkConstants) -> OrderPlaced {
    let data = serde_json::to_value(event).unwrap();
    let built = EventBuilderV10::new()
        .id("01a20305-909b-7502-b818-efc93a6b0ab7")
        .source("/checkout/orders")
        .ty("OrderPlaced")
        .time(constants.time)
        .subject("orders/o-2026-000001")
        .data_with_schema("application/json", constants.schema.clone(), data)
        .extension("partitionkey", event.order_id.as_str())
        .extension("correlationid", "corr-0001")
        .extension("causationid", "0190b3a2-0000-7000-8000-000000000001")
        .extension("traceparent", TRACEPARENT)
        .extension("tracestate", "vendor=abc")
        .extension("sequence", "42")
        .extension("dataversion", SdkValue::Integer(3))
        .build()
        .unwrap();
    let json = serde_json::to_vec(&built).unwrap();
    let mut decoded: cloudevents::Event = serde_json::from_slice(&json).unwrap();
    assert_eq!(decoded.ty(), "OrderPlaced");
    match decoded.take_data().2 {
        Some(Data::Json(value)) => serde_json::from_value(value).unwrap(),
        other => panic!("unexpected data {other:?}"),
    }
}

fn benches(c: &mut Criterion) {
    let producer = producer();
    let trace = TraceParent::parse(TRACEPARENT).unwrap();
    let options = DecodeOptions::default();
    let sdk = SdkConstants::new();
    for (label, n) in [("200B", 2), ("2KB", 30)] {
        let event = order(n);
        let size = serde_json::to_vec(&event).unwrap().len();
        let envelope = full(&producer, &trace, event.clone());

        let mut group = c.benchmark_group("roundtrip");
        group.bench_function(BenchmarkId::new("bare", label), |b| {
            b.iter(|| {
                let json = serde_json::to_vec(black_box(&event)).unwrap();
                let back: OrderPlaced = serde_json::from_slice(&json).unwrap();
                black_box(back)
            });
        });
        group.bench_function(BenchmarkId::new("bare_str", label), |b| {
            b.iter(|| {
                let json = serde_json::to_string(black_box(&event)).unwrap();
                let back: OrderPlaced = serde_json::from_str(&json).unwrap();
                black_box(back)
            });
        });
        group.bench_function(BenchmarkId::new("factum", label), |b| {
            b.iter(|| {
                let json = black_box(&envelope).to_json().unwrap();
                let back = Envelope::<OrderPlaced>::from_json(&json, &options).unwrap();
                black_box(back)
            });
        });
        group.finish();

        // The two halves of the factum round trip, to see where its time goes.
        let json = envelope.to_json().unwrap();
        let mut group = c.benchmark_group("halves");
        group.bench_function(BenchmarkId::new("encode", label), |b| {
            b.iter(|| black_box(black_box(&envelope).to_json().unwrap()));
        });
        group.bench_function(BenchmarkId::new("decode", label), |b| {
            b.iter(|| {
                black_box(Envelope::<OrderPlaced>::from_json(black_box(&json), &options).unwrap())
            });
        });
        group.bench_function(BenchmarkId::new("decode_bare_data", label), |b| {
            let data = serde_json::to_vec(&event).unwrap();
            b.iter(|| black_box(serde_json::from_slice::<OrderPlaced>(black_box(&data)).unwrap()));
        });
        group.finish();

        let mut group = c.benchmark_group("build_roundtrip");
        group.bench_function(BenchmarkId::new("factum", label), |b| {
            b.iter(|| {
                let envelope = full(&producer, &trace, black_box(&event).clone());
                let json = envelope.to_json().unwrap();
                let back = Envelope::<OrderPlaced>::from_json(&json, &options).unwrap();
                black_box(back.into_data())
            });
        });
        group.bench_function(BenchmarkId::new("cloudevents_sdk", label), |b| {
            b.iter(|| black_box(sdk_roundtrip(black_box(&event), &sdk)));
        });
        group.finish();

        let v1 = OrderPlacedV1 {
            order_id: event.order_id.clone(),
            customer_id: event.customer_id.clone(),
            lines: event.lines.clone(),
            total: 25.0 * f64::from(u32::try_from(n).unwrap()),
        };
        let v1_json = full(&producer, &trace, v1).to_json().unwrap();
        let v3_json = envelope.to_json().unwrap();
        let mut group = c.benchmark_group("upcast");
        group.bench_function(BenchmarkId::new("v3", label), |b| {
            b.iter(|| {
                black_box(
                    Envelope::<OrderPlaced>::from_json(black_box(&v3_json), &options).unwrap(),
                )
            });
        });
        group.bench_function(BenchmarkId::new("v1_to_v3", label), |b| {
            b.iter(|| {
                black_box(
                    Envelope::<OrderPlaced>::from_json(black_box(&v1_json), &options).unwrap(),
                )
            });
        });
        group.finish();
        eprintln!("{label}: payload {size} B, envelope {} B", v3_json.len());
    }
}

criterion_group!(envelope, benches);
criterion_main!(envelope);
