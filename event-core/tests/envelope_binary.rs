//! The envelope in binary mode: Kafka, HTTP and NATS headers plus a body.

use std::sync::atomic::{AtomicU64, Ordering};

use factum::Event;
use factum::envelope::{
    Binding, DecodeError, DecodeOptions, Envelope, ExtensionValue, Producer, TraceParent,
    from_binary, kafka_key, to_binary,
};
use serde::{Deserialize, Serialize};
use time::macros::datetime;

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema, Debug, Clone, PartialEq)]
#[event(version = 3, key = order_id)]
struct OrderPlaced {
    order_id: String,
    total: f64,
}

const TRACEPARENT: &str = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
const BINDINGS: [Binding; 3] = [Binding::Kafka, Binding::Http, Binding::Nats];

fn full_envelope() -> Envelope<OrderPlaced> {
    let next = AtomicU64::new(1);
    let producer = Producer::new("https://shop.example/checkout")
        .unwrap()
        .with_schema_base("https://shop.example/schemas")
        .unwrap()
        .with_clock(|| datetime!(2026-11-22 10:15:30.123456789 +01:00))
        .with_ids(move || format!("evt-{}", next.fetch_add(1, Ordering::Relaxed)));
    let parent = producer
        .envelope(OrderPlaced {
            order_id: "o-0".into(),
            total: 0.0,
        })
        .with_trace(
            TraceParent::parse(TRACEPARENT).unwrap(),
            Some("rojo=00f067aa0ba902b7,congo=t61rcWkgMzE".into()),
        );
    producer
        .caused_by(
            &parent,
            OrderPlaced {
                order_id: "o 1/ü%\"".into(),
                total: 12.25,
            },
        )
        .with_subject("orders/o 1 \"quoted\" 100% ✓")
        .unwrap()
        .with_sequence("42")
        .unwrap()
        .with_extension("comexampletenant", "acme corp\r\nline two")
        .unwrap()
        .with_extension("region", "eu-west-1")
        .unwrap()
}

#[test]
fn every_binding_round_trips_every_attribute() {
    let envelope = full_envelope();
    for binding in BINDINGS {
        let (headers, body) = to_binary(&envelope, binding).unwrap();
        assert_eq!(body, serde_json::to_vec(envelope.data()).unwrap());
        let back: Envelope<OrderPlaced> =
            from_binary(&headers, &body, binding, &DecodeOptions::default()).unwrap();
        assert_eq!(back, envelope, "{binding:?}: {headers:?}");
        assert_eq!(back.time(), envelope.time());
        // Same headers when encoded again: nothing lost, nothing added.
        assert_eq!(to_binary(&back, binding).unwrap(), (headers, body));
    }
}

#[test]
fn binary_and_structured_modes_carry_the_same_envelope() {
    let envelope = full_envelope();
    let json = envelope.to_json().unwrap();
    let structured = Envelope::<OrderPlaced>::from_json(&json, &DecodeOptions::default()).unwrap();
    for binding in BINDINGS {
        let (headers, body) = to_binary(&structured, binding).unwrap();
        let binary: Envelope<OrderPlaced> =
            from_binary(&headers, &body, binding, &DecodeOptions::default()).unwrap();
        assert_eq!(binary.to_json().unwrap(), json);
    }
}

#[test]
fn header_names_follow_each_binding() {
    let envelope = full_envelope();
    let names = |binding| {
        to_binary(&envelope, binding)
            .unwrap()
            .0
            .into_iter()
            .map(|(name, _)| name)
            .collect::<Vec<_>>()
    };
    let expected = |prefix: &str, content_type: &str| {
        [
            "specversion",
            "id",
            "source",
            "type",
            "time",
            "",
            "dataschema",
            "subject",
            "partitionkey",
            "correlationid",
            "causationid",
            "traceparent",
            "tracestate",
            "sequence",
            "dataversion",
            "comexampletenant",
            "region",
        ]
        .iter()
        .map(|n| {
            if n.is_empty() {
                content_type.to_owned()
            } else {
                format!("{prefix}{n}")
            }
        })
        .collect::<Vec<_>>()
    };
    assert_eq!(names(Binding::Kafka), expected("ce_", "content-type"));
    assert_eq!(names(Binding::Http), expected("ce-", "Content-Type"));
    assert_eq!(names(Binding::Nats), expected("ce-", "content-type"));
}

#[test]
fn http_values_are_percent_encoded_and_kafka_values_are_not() {
    let envelope = full_envelope();
    let value = |binding, name: &str| {
        let (headers, _) = to_binary(&envelope, binding).unwrap();
        headers
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
            .unwrap()
    };
    assert_eq!(
        value(Binding::Http, "ce-subject"),
        "orders/o%201%20%22quoted%22%20100%25%20%E2%9C%93"
    );
    assert_eq!(
        value(Binding::Http, "ce-comexampletenant"),
        "acme%20corp%0D%0Aline%20two"
    );
    assert_eq!(
        value(Binding::Http, "ce-time"),
        "2026-11-22T10:15:30.123456789+01:00"
    );
    assert_eq!(value(Binding::Http, "ce-dataversion"), "3");
    assert_eq!(value(Binding::Http, "Content-Type"), "application/json");
    assert_eq!(
        value(Binding::Kafka, "ce_subject"),
        "orders/o 1 \"quoted\" 100% ✓"
    );
    assert_eq!(value(Binding::Kafka, "ce_partitionkey"), "o 1/ü%\"");
}

#[test]
fn kafka_record_key_is_the_partition_key() {
    #[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
    struct CacheCleared {}

    let envelope = full_envelope();
    assert_eq!(kafka_key(&envelope), Some("o 1/ü%\""));
    let unkeyed = Producer::new("/s").unwrap().envelope(CacheCleared {});
    assert_eq!(kafka_key(&unkeyed), None);
}

#[test]
fn typed_extensions_travel_as_canonical_strings() {
    let envelope = full_envelope()
        .with_extension("retries", 7)
        .unwrap()
        .with_extension("replayed", true)
        .unwrap();
    for binding in BINDINGS {
        let (headers, body) = to_binary(&envelope, binding).unwrap();
        let back: Envelope<OrderPlaced> =
            from_binary(&headers, &body, binding, &DecodeOptions::default()).unwrap();
        // Headers carry no types: the values come back as their canonical strings.
        assert_eq!(
            back.extensions().get("retries"),
            Some(&ExtensionValue::String("7".into()))
        );
        assert_eq!(
            back.extensions().get("replayed"),
            Some(&ExtensionValue::String("true".into()))
        );
        let canonical = |e: &Envelope<OrderPlaced>| {
            e.extensions()
                .iter()
                .map(|(n, v)| (n.to_owned(), v.to_canonical_string().into_owned()))
                .collect::<Vec<_>>()
        };
        assert_eq!(canonical(&back), canonical(&envelope));
        assert_eq!(to_binary(&back, binding).unwrap(), (headers, body));
    }
}

#[test]
fn http_and_nats_names_are_case_insensitive_and_other_headers_ignored() {
    let headers = [
        ("CE-SpecVersion", "1.0"),
        ("Ce-Id", "a%2Fb"),
        ("ce-SOURCE", "/s"),
        ("CE-TYPE", "OrderPlaced"),
        ("CE-DataVersion", "3"),
        ("CONTENT-TYPE", "application/json; charset=utf-8"),
        ("X-Request-Id", "ignored"),
        ("Ce-MyExt", "v"),
    ];
    let body = br#"{"order_id":"o","total":1.5}"#;
    for binding in [Binding::Http, Binding::Nats] {
        let e: Envelope<OrderPlaced> =
            from_binary(&headers, body, binding, &DecodeOptions::default()).unwrap();
        assert_eq!(e.id(), "a/b");
        assert_eq!(e.datacontenttype(), Some("application/json; charset=utf-8"));
        assert_eq!(e.extensions().len(), 1);
        assert_eq!(
            e.extensions().get("myext"),
            Some(&ExtensionValue::String("v".into()))
        );
    }
    // Kafka header names are exact: `CE_ID` is not an attribute.
    let kafka = [
        ("ce_specversion", "1.0"),
        ("CE_ID", "1"),
        ("ce_source", "/s"),
        ("ce_type", "OrderPlaced"),
        ("ce_dataversion", "3"),
    ];
    let err =
        from_binary::<OrderPlaced, _, _>(&kafka, body, Binding::Kafka, &DecodeOptions::default())
            .unwrap_err();
    assert_eq!(err, DecodeError::Missing { attribute: "id" });
}

fn http_error(headers: &[(&str, &str)], body: &[u8]) -> String {
    from_binary::<OrderPlaced, _, _>(headers, body, Binding::Http, &DecodeOptions::default())
        .unwrap_err()
        .to_string()
}

#[test]
fn binary_decode_errors_name_the_header() {
    let base = [
        ("ce-specversion", "1.0"),
        ("ce-id", "1"),
        ("ce-source", "/s"),
        ("ce-type", "OrderPlaced"),
        ("ce-dataversion", "3"),
    ];
    let body: &[u8] = br#"{"order_id":"o","total":1.5}"#;
    let plus = |extra: (&'static str, &'static str)| {
        let mut h = base.to_vec();
        h.push(extra);
        h
    };
    assert_eq!(
        http_error(&base[1..], body),
        "not a CloudEvent: missing required attribute `specversion`"
    );
    assert_eq!(
        http_error(&plus(("ce-subject", "100%")), body),
        "not a CloudEvent: invalid attribute `subject`: `%` at byte 3 of the header value is not followed by two hexadecimal digits"
    );
    assert_eq!(
        http_error(&plus(("ce-subject", "%+f")), body),
        "not a CloudEvent: invalid attribute `subject`: `%` at byte 0 of the header value is not followed by two hexadecimal digits"
    );
    assert_eq!(
        http_error(&plus(("ce-subject", "%FF")), body),
        "not a CloudEvent: invalid attribute `subject`: the percent-encoded header value is not UTF-8"
    );
    assert_eq!(
        http_error(&plus(("CE-ID", "2")), body),
        "not a CloudEvent: invalid attribute `id`: appears more than once"
    );
    assert_eq!(
        http_error(&plus(("ce-data", "{}")), body),
        "not a CloudEvent: invalid attribute `data`: in binary mode the data is the body, not a header"
    );
    assert_eq!(
        http_error(&plus(("ce-traceparent", "00-1-2-3")), body),
        "not a CloudEvent: invalid attribute `traceparent`: `00-1-2-3` is not a W3C traceparent: expected `version-traceid-parentid-flags`, 55 characters for version 00"
    );
    assert_eq!(
        http_error(&base, b"\xff{}"),
        "not a CloudEvent: invalid attribute `data`: the body is not UTF-8 text (at byte 0)"
    );
    assert_eq!(
        http_error(&base, b""),
        "not a CloudEvent: missing required attribute `data`"
    );
    assert_eq!(
        http_error(&base, b"{\"order_id\":"),
        "invalid data for `OrderPlaced` version 3 at .order_id: EOF while parsing a value"
    );
    let mut v4 = base.to_vec();
    v4[4].1 = "4";
    assert_eq!(
        http_error(&v4, body),
        "version 4 of `OrderPlaced` is newer than this consumer reads (up to version 3): leave it for an upgraded consumer"
    );
    v4[4].1 = "three";
    assert_eq!(
        http_error(&v4, body),
        "not a CloudEvent: invalid attribute `dataversion`: expected a version number from 1 to 4294967295, found `three`"
    );
}

#[test]
fn binary_size_limit_counts_headers_and_body_before_parsing() {
    let (headers, body) = to_binary(&full_envelope(), Binding::Kafka).unwrap();
    let size = body.len()
        + headers
            .iter()
            .map(|(k, v)| k.len() + v.len())
            .sum::<usize>();
    let tight = DecodeOptions::default().with_max_size(size - 1);
    assert_eq!(
        from_binary::<OrderPlaced, _, _>(&headers, &body, Binding::Kafka, &tight).unwrap_err(),
        DecodeError::TooLarge {
            size,
            limit: size - 1
        }
    );
    let exact = DecodeOptions::default().with_max_size(size);
    assert!(from_binary::<OrderPlaced, _, _>(&headers, &body, Binding::Kafka, &exact).is_ok());
}

#[test]
fn content_type_given_twice_must_agree() {
    // The JavaScript SDK writes the media type both as `content-type` and as
    // `ce_datacontenttype` in Kafka binary mode.
    let base = [
        ("ce_specversion", "1.0"),
        ("ce_id", "1"),
        ("ce_source", "/s"),
        ("ce_type", "OrderPlaced"),
        ("ce_dataversion", "3"),
    ];
    let body = br#"{"order_id":"o-1","total":1.0}"#;
    let options = DecodeOptions::default();
    let mut agreeing = base.to_vec();
    agreeing.extend([
        ("content-type", "application/json"),
        ("ce_datacontenttype", "application/json"),
    ]);
    let envelope =
        from_binary::<OrderPlaced, _, _>(&agreeing, body, Binding::Kafka, &options).unwrap();
    assert_eq!(envelope.datacontenttype(), Some("application/json"));

    let mut differing = base.to_vec();
    differing.extend([
        ("content-type", "application/json"),
        ("ce_datacontenttype", "text/json"),
    ]);
    let err =
        from_binary::<OrderPlaced, _, _>(&differing, body, Binding::Kafka, &options).unwrap_err();
    assert_eq!(
        err.to_string(),
        "not a CloudEvent: invalid attribute `datacontenttype`: appears more than once"
    );
    assert!(matches!(err, DecodeError::InvalidAttribute(_)));
}
