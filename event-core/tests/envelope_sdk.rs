//! Interop with the official Rust SDK of the specification (`cloudevents-sdk`): what factum writes
//! the SDK reads attribute for attribute, and what the SDK writes factum reads, in
//! structured mode and in HTTP binary mode (through the SDK's own header mapping).

use std::sync::atomic::{AtomicU64, Ordering};

use cloudevents::binding::http::{Builder, Serializer, to_event};
use cloudevents::event::{AttributesReader, Data, ExtensionValue as SdkValue};
use cloudevents::message::BinaryDeserializer;
use cloudevents::{EventBuilder, EventBuilderV10};
use factum::Event;
use factum::envelope::{
    Binding, DecodeOptions, Envelope, ExtensionValue, Producer, TraceParent, TypeStyle,
    from_binary, to_binary,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use time::macros::datetime;

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema, Debug, Clone, PartialEq)]
#[event(version = 2, key = order_id)]
struct OrderPlaced {
    order_id: String,
    total: f64,
}

const TRACEPARENT: &str = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

fn prefixed() -> DecodeOptions {
    DecodeOptions::default().with_type_style(TypeStyle::Prefixed("com.example".into()))
}

fn factum_envelope() -> Envelope<OrderPlaced> {
    let next = AtomicU64::new(1);
    let producer = Producer::new("https://shop.example/checkout")
        .unwrap()
        .with_type_style(TypeStyle::Prefixed("com.example".into()))
        .with_schema_base("https://shop.example/schemas")
        .unwrap()
        .with_clock(|| datetime!(2026-11-22 10:15:30.25 UTC))
        .with_ids(move || format!("evt-{}", next.fetch_add(1, Ordering::Relaxed)));
    let parent = producer
        .envelope(OrderPlaced {
            order_id: "o-0".into(),
            total: 1.0,
        })
        .with_trace(
            TraceParent::parse(TRACEPARENT).unwrap(),
            Some("congo=t61rcWkgMzE".into()),
        );
    producer
        .caused_by(
            &parent,
            OrderPlaced {
                order_id: "o-1".into(),
                total: 9.5,
            },
        )
        .with_subject("orders/o-1")
        .unwrap()
        .with_sequence("42")
        .unwrap()
        .with_extension("comexampletenant", "acme")
        .unwrap()
        .with_extension("retries", 3)
        .unwrap()
        .with_extension("replayed", true)
        .unwrap()
}

fn string(value: &str) -> SdkValue {
    SdkValue::String(value.to_owned())
}

/// Every attribute of `factum_envelope()`, as the SDK sees it.
fn assert_sdk_sees_every_attribute(event: &cloudevents::Event, typed_extensions: bool) {
    assert_eq!(event.id(), "evt-2");
    assert_eq!(event.source(), "https://shop.example/checkout");
    assert_eq!(event.ty(), "com.example.OrderPlaced");
    let time = event.time().expect("time");
    assert_eq!(
        (time.timestamp(), time.timestamp_subsec_millis()),
        (datetime!(2026-11-22 10:15:30 UTC).unix_timestamp(), 250)
    );
    assert_eq!(event.datacontenttype(), Some("application/json"));
    assert_eq!(
        event.dataschema().map(ToString::to_string).as_deref(),
        Some("https://shop.example/schemas/OrderPlaced/v2.schema.json")
    );
    assert_eq!(event.subject(), Some("orders/o-1"));
    for (name, value) in [
        ("partitionkey", "o-1"),
        ("correlationid", "evt-1"),
        ("causationid", "evt-1"),
        ("traceparent", TRACEPARENT),
        ("tracestate", "congo=t61rcWkgMzE"),
        ("sequence", "42"),
        ("comexampletenant", "acme"),
    ] {
        assert_eq!(event.extension(name), Some(&string(value)), "{name}");
    }
    if typed_extensions {
        assert_eq!(event.extension("dataversion"), Some(&SdkValue::Integer(2)));
        assert_eq!(event.extension("retries"), Some(&SdkValue::Integer(3)));
        assert_eq!(event.extension("replayed"), Some(&SdkValue::Boolean(true)));
    } else {
        assert_eq!(event.extension("dataversion"), Some(&string("2")));
        assert_eq!(event.extension("retries"), Some(&string("3")));
        assert_eq!(event.extension("replayed"), Some(&string("true")));
    }
    assert_eq!(event.iter_extensions().count(), 10);
    let data = match event.data() {
        Some(Data::Json(value)) => value.clone(),
        Some(Data::Binary(bytes)) => serde_json::from_slice(bytes).unwrap(),
        other => panic!("unexpected data {other:?}"),
    };
    assert_eq!(data, json!({"order_id": "o-1", "total": 9.5}));
}

#[test]
fn the_sdk_reads_factum_structured_json() {
    let json = factum_envelope().to_json().unwrap();
    let event: cloudevents::Event = serde_json::from_slice(&json).unwrap();
    assert_sdk_sees_every_attribute(&event, true);
}

#[test]
fn factum_reads_the_sdk_structured_json() {
    let event = sdk_event();
    let json = serde_json::to_vec(&event).unwrap();
    let envelope = Envelope::<OrderPlaced>::from_json(&json, &prefixed()).unwrap();
    assert_factum_sees_every_attribute(&envelope);
    // And back: factum writes what the SDK wrote, attribute for attribute.
    let again: cloudevents::Event = serde_json::from_slice(&envelope.to_json().unwrap()).unwrap();
    assert_eq!(again, event);
}

fn sdk_event() -> cloudevents::Event {
    EventBuilderV10::new()
        .id("sdk-1")
        .source("/orders/eu")
        .ty("com.example.OrderPlaced")
        .time("2026-11-22T10:15:30.5Z")
        .subject("orders/o-7")
        .extension("partitionkey", "o-7")
        .extension("correlationid", "corr-1")
        .extension("traceparent", TRACEPARENT)
        .extension("dataversion", 2)
        .extension("comexamplenum", 12)
        .extension("flag", false)
        .data_with_schema(
            "application/json",
            "https://shop.example/schemas/OrderPlaced/v2.schema.json",
            json!({"order_id": "o-7", "total": 3.25}),
        )
        .build()
        .unwrap()
}

fn assert_factum_sees_every_attribute(envelope: &Envelope<OrderPlaced>) {
    assert_eq!(envelope.id(), "sdk-1");
    assert_eq!(envelope.source(), "/orders/eu");
    assert_eq!(envelope.ty(), "com.example.OrderPlaced");
    assert_eq!(envelope.time(), Some(datetime!(2026-11-22 10:15:30.5 UTC)));
    assert_eq!(envelope.subject(), Some("orders/o-7"));
    assert_eq!(envelope.datacontenttype(), Some("application/json"));
    assert_eq!(
        envelope.dataschema(),
        Some("https://shop.example/schemas/OrderPlaced/v2.schema.json")
    );
    assert_eq!(envelope.partition_key(), Some("o-7"));
    assert_eq!(envelope.correlation_id(), Some("corr-1"));
    assert_eq!(
        envelope.traceparent().map(TraceParent::as_str),
        Some(TRACEPARENT)
    );
    assert_eq!(envelope.decoded_version(), 2);
    assert_eq!(
        envelope.data(),
        &OrderPlaced {
            order_id: "o-7".into(),
            total: 3.25
        }
    );
}

/// Collects what the SDK's HTTP serializer writes.
#[derive(Default)]
struct Collect(Vec<(String, String)>);

impl Builder<(Vec<(String, String)>, Vec<u8>)> for Collect {
    fn header(&mut self, key: &str, value: http::HeaderValue) {
        let value = value.to_str().expect("ASCII header").to_owned();
        self.0.push((key.to_owned(), value));
    }
    fn body(
        &mut self,
        bytes: Vec<u8>,
    ) -> cloudevents::message::Result<(Vec<(String, String)>, Vec<u8>)> {
        Ok((std::mem::take(&mut self.0), bytes))
    }
    fn finish(&mut self) -> cloudevents::message::Result<(Vec<(String, String)>, Vec<u8>)> {
        self.body(Vec::new())
    }
}

#[test]
fn the_sdk_reads_factum_http_binary_mode() {
    let (headers, body) = to_binary(&factum_envelope(), Binding::Http).unwrap();
    let mut map = http::HeaderMap::new();
    for (name, value) in &headers {
        map.append(
            http::HeaderName::try_from(name.as_str()).unwrap(),
            http::HeaderValue::try_from(value.as_str()).unwrap(),
        );
    }
    let event = to_event(&map, body).unwrap();
    assert_sdk_sees_every_attribute(&event, false);
}

#[test]
fn factum_reads_the_sdk_http_binary_mode() {
    let (headers, body) = sdk_event()
        .deserialize_binary(Serializer::new(Collect::default()))
        .unwrap();
    assert!(
        headers.iter().any(|(n, _)| n == "ce-dataversion"),
        "{headers:?}"
    );
    let envelope: Envelope<OrderPlaced> =
        from_binary(&headers, &body, Binding::Http, &prefixed()).unwrap();
    assert_factum_sees_every_attribute(&envelope);
    // Headers carry no types: the SDK's integer and boolean arrive as strings.
    assert_eq!(
        envelope.extensions().get("comexamplenum"),
        Some(&ExtensionValue::String("12".into()))
    );
    assert_eq!(
        envelope.extensions().get("flag"),
        Some(&ExtensionValue::String("false".into()))
    );
}
