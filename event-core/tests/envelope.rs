//! The envelope in structured mode (`application/cloudevents+json`): building, encoding, decoding, errors.

use std::sync::atomic::{AtomicU64, Ordering};

use factum::envelope::{
    Cause, DecodeError, DecodeOptions, EncodeError, Envelope, ExtensionValue, Producer,
    TraceParent, TypeStyle, check,
};
use factum::{DataError, Event};
use serde::{Deserialize, Serialize};
use time::macros::datetime;

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema, Debug, Clone, PartialEq)]
#[event(name = "OrderPlaced", version = 1)]
struct OrderPlacedV1 {
    order_id: String,
    total: f64,
}

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema, Debug, Clone, PartialEq)]
#[event(version = 2, key = order_id, upcast_from = OrderPlacedV1)]
struct OrderPlaced {
    order_id: String,
    total: f64,
    currency: String,
}

impl From<OrderPlacedV1> for OrderPlaced {
    fn from(v1: OrderPlacedV1) -> Self {
        OrderPlaced {
            order_id: v1.order_id,
            total: v1.total,
            currency: "EUR".into(),
        }
    }
}

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema, Debug, Clone, PartialEq)]
struct PaymentCaptured {
    order_id: String,
}

const TRACEPARENT: &str = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

fn order() -> OrderPlaced {
    OrderPlaced {
        order_id: "o-1".into(),
        total: 9.5,
        currency: "EUR".into(),
    }
}

/// A producer whose ids count up from `evt-1` and whose clock is fixed.
fn producer() -> Producer {
    let next = AtomicU64::new(1);
    Producer::new("https://shop.example/checkout")
        .unwrap()
        .with_type_style(TypeStyle::Prefixed("com.example".into()))
        .with_schema_base("https://shop.example/schemas/")
        .unwrap()
        .with_clock(|| datetime!(2026-11-22 10:15:30.25 UTC))
        .with_ids(move || format!("evt-{}", next.fetch_add(1, Ordering::Relaxed)))
}

fn prefixed() -> DecodeOptions {
    DecodeOptions::default().with_type_style(TypeStyle::Prefixed("com.example".into()))
}

#[test]
fn encodes_every_attribute_and_decodes_it_back() {
    let p = producer();
    let parent = p
        .envelope(PaymentCaptured {
            order_id: "o-1".into(),
        })
        .with_trace(
            TraceParent::parse(TRACEPARENT).unwrap(),
            Some("congo=t61rcWkgMzE".into()),
        );
    let envelope = p
        .caused_by(&parent, order())
        .with_subject("orders/o-1")
        .unwrap()
        .with_sequence("0000042")
        .unwrap()
        .with_extension("comexampletenant", "acme")
        .unwrap()
        .with_extension("retries", 2)
        .unwrap()
        .with_extension("replayed", false)
        .unwrap();
    let json = envelope.to_json_string().unwrap();
    assert_eq!(
        json,
        concat!(
            r#"{"specversion":"1.0","id":"evt-2","source":"https://shop.example/checkout","#,
            r#""type":"com.example.OrderPlaced","time":"2026-11-22T10:15:30.25Z","#,
            r#""datacontenttype":"application/json","#,
            r#""dataschema":"https://shop.example/schemas/OrderPlaced/v2.schema.json","#,
            r#""subject":"orders/o-1","partitionkey":"o-1","correlationid":"evt-1","#,
            r#""causationid":"evt-1","#,
            r#""traceparent":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01","#,
            r#""tracestate":"congo=t61rcWkgMzE","sequence":"0000042","dataversion":2,"#,
            r#""comexampletenant":"acme","retries":2,"replayed":false,"#,
            r#""data":{"order_id":"o-1","total":9.5,"currency":"EUR"}}"#
        )
    );
    assert_eq!(envelope.to_json().unwrap(), json.as_bytes());
    let decoded = Envelope::<OrderPlaced>::from_json(json.as_bytes(), &prefixed()).unwrap();
    assert_eq!(decoded, envelope);
    assert_eq!(decoded.decoded_version(), 2);
    assert_eq!(decoded.to_json_string().unwrap(), json);
}

#[test]
fn injected_clock_and_ids_make_envelopes_reproducible() {
    let a = producer().envelope(order()).to_json().unwrap();
    let b = producer().envelope(order()).to_json().unwrap();
    assert_eq!(a, b);
    let p = producer();
    let first = p.envelope(order());
    let second = p.envelope(order());
    assert_eq!((first.id(), second.id()), ("evt-1", "evt-2"));
    assert_eq!(first.time(), Some(datetime!(2026-11-22 10:15:30.25 UTC)));
}

#[test]
fn default_producer_uses_uuid_v7_and_the_system_clock() {
    let producer = Producer::new("/checkout").unwrap();
    let before = time::OffsetDateTime::now_utc();
    let a = producer.envelope(order());
    let b = producer.envelope(order());
    let after = time::OffsetDateTime::now_utc();
    let id = uuid::Uuid::parse_str(a.id()).unwrap();
    assert_eq!(id.get_version_num(), 7);
    assert_ne!(a.id(), b.id());
    assert!(
        a.id() < b.id(),
        "UUIDv7 ids are time-ordered: {} {}",
        a.id(),
        b.id()
    );
    let time = a.time().unwrap();
    assert!(before <= time && time <= after);
    assert_eq!(a.ty(), "OrderPlaced");
    assert_eq!(a.dataschema(), None);
    assert_eq!(a.datacontenttype(), Some("application/json"));
    // An id source that returns nothing falls back to a UUIDv7.
    let fallback = producer.with_ids(String::new).envelope(order());
    assert_eq!(
        uuid::Uuid::parse_str(fallback.id())
            .unwrap()
            .get_version_num(),
        7
    );
}

#[test]
fn causality_copies_correlation_and_trace_and_sets_causation() {
    let p = producer();
    let root = p.envelope(order());
    assert_eq!((root.correlation_id(), root.causation_id()), (None, None));
    let child = p.caused_by(
        &root,
        PaymentCaptured {
            order_id: "o-1".into(),
        },
    );
    assert_eq!(child.causation_id(), Some("evt-1"));
    assert_eq!(child.correlation_id(), Some("evt-1"));
    assert_eq!(child.traceparent(), None);
    let child = child.with_trace(TraceParent::parse(TRACEPARENT).unwrap(), None);
    let grandchild = p.caused_by(&child, order());
    assert_eq!(grandchild.causation_id(), Some("evt-2"));
    assert_eq!(grandchild.correlation_id(), Some("evt-1"));
    assert_eq!(
        grandchild.traceparent().map(TraceParent::as_str),
        Some(TRACEPARENT)
    );
    assert_eq!(grandchild.tracestate(), None);
    // A cause factum did not decode: a request with its own correlation and trace.
    let trace = TraceParent::parse(TRACEPARENT).unwrap();
    let cause = Cause::new("req-9")
        .with_correlation_id("session-3")
        .with_trace(&trace, Some("a=b"));
    let from_request = p.caused_by(cause, order());
    assert_eq!(from_request.causation_id(), Some("req-9"));
    assert_eq!(from_request.correlation_id(), Some("session-3"));
    assert_eq!(from_request.tracestate(), Some("a=b"));
}

#[test]
fn unknown_extensions_survive_decode_then_encode() {
    let input = concat!(
        r#"{"zeta":"last-but-first","specversion":"1.0","id":"1","source":"/s","type":"OrderPlaced","#,
        r#""comexamplenum":-7,"flag":true,"dataversion":"2","#,
        r#""data":{"order_id":"o-1","total":1.5,"currency":"USD"},"alpha":"x\"y\u00e9"}"#
    );
    let envelope =
        Envelope::<OrderPlaced>::from_json(input.as_bytes(), &DecodeOptions::default()).unwrap();
    let ext: Vec<_> = envelope.extensions().iter().collect();
    assert_eq!(
        ext,
        [
            ("zeta", &ExtensionValue::String("last-but-first".into())),
            ("comexamplenum", &ExtensionValue::Integer(-7)),
            ("flag", &ExtensionValue::Boolean(true)),
            ("alpha", &ExtensionValue::String("x\"yé".into())),
        ]
    );
    let output = envelope.to_json_string().unwrap();
    assert!(
        output
            .contains(r#""zeta":"last-but-first","comexamplenum":-7,"flag":true,"alpha":"x\"yé""#),
        "{output}"
    );
    let a: serde_json::Value = serde_json::from_str(input).unwrap();
    let mut b: serde_json::Value = serde_json::from_str(&output).unwrap();
    // The only change: dataversion, read from a string, is written as the integer it is.
    assert_eq!(b["dataversion"], 2);
    b["dataversion"] = "2".into();
    assert_eq!(a, b);
}

#[test]
fn strings_with_escapes_round_trip() {
    let subject = "a \"quoted\" \\ path\n\twith é, ✓, \u{1} and \u{7f}";
    let envelope = producer().envelope(order()).with_subject(subject).unwrap();
    let json = envelope.to_json().unwrap();
    let value: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(value["subject"], subject);
    let back = Envelope::<OrderPlaced>::from_json(&json, &prefixed()).unwrap();
    assert_eq!(back.subject(), Some(subject));
}

#[test]
fn time_keeps_its_offset_and_null_attributes_are_absent() {
    let input = concat!(
        r#"{"specversion":"1.0","id":"1","source":"/s","type":"OrderPlaced","subject":null,"#,
        r#""time":"2026-01-02T03:04:05.5+02:00","dataversion":2,"#,
        r#""data":{"order_id":"o-1","total":1,"currency":"USD"}}"#
    );
    let envelope =
        Envelope::<OrderPlaced>::from_json(input.as_bytes(), &DecodeOptions::default()).unwrap();
    assert_eq!(envelope.subject(), None);
    assert_eq!(envelope.time(), Some(datetime!(2026-01-02 01:04:05.5 UTC)));
    let output = envelope.to_json_string().unwrap();
    assert!(
        output.contains(r#""time":"2026-01-02T03:04:05.5+02:00""#),
        "{output}"
    );
    assert!(!output.contains("subject"), "{output}");
}

#[test]
fn older_versions_are_upcast_and_their_schema_dropped() {
    let v1 = producer()
        .envelope(OrderPlacedV1 {
            order_id: "o-1".into(),
            total: 3.0,
        })
        .to_json()
        .unwrap();
    let text = String::from_utf8(v1.clone()).unwrap();
    assert!(
        text.contains(r#""dataschema":"https://shop.example/schemas/OrderPlaced/v1.schema.json""#)
    );
    assert!(text.contains(r#""dataversion":1"#));
    let envelope = Envelope::<OrderPlaced>::from_json(&v1, &prefixed()).unwrap();
    assert_eq!(envelope.decoded_version(), 1);
    assert_eq!(envelope.data().currency, "EUR");
    assert_eq!(envelope.dataschema(), None);
    let again = envelope.to_json_string().unwrap();
    assert!(again.contains(r#""dataversion":2"#), "{again}");
    // The version of events without `dataversion` can be assumed.
    let foreign = br#"{"specversion":"1.0","id":"1","source":"/s","type":"OrderPlaced","data":{"order_id":"o","total":1}}"#;
    let options = DecodeOptions::default().with_assumed_version(1);
    let envelope = Envelope::<OrderPlaced>::from_json(foreign, &options).unwrap();
    assert_eq!(envelope.decoded_version(), 1);
}

fn decode(input: &str) -> DecodeError {
    Envelope::<OrderPlaced>::from_json(input.as_bytes(), &DecodeOptions::default()).unwrap_err()
}

/// A valid envelope with `change` applied to its JSON object.
fn with(change: impl FnOnce(&mut serde_json::Map<String, serde_json::Value>)) -> String {
    let mut value = serde_json::json!({
        "specversion": "1.0", "id": "1", "source": "/s", "type": "OrderPlaced",
        "dataversion": 2, "data": {"order_id": "o-1", "total": 1, "currency": "USD"}
    });
    change(value.as_object_mut().unwrap());
    value.to_string()
}

#[test]
fn malformed_documents_say_what_and_where() {
    use serde_json::json;
    assert!(
        Envelope::<OrderPlaced>::from_json(with(|_| {}).as_bytes(), &DecodeOptions::default())
            .is_ok()
    );
    let cases: Vec<(String, &str)> = vec![
        (
            "{\"id\": 1,\n  x".into(),
            "not JSON: key must be a string at line 2 column 3",
        ),
        (
            "{\"id\":\"1\"} extra".into(),
            "not JSON: trailing characters at line 1 column 12",
        ),
        (
            String::new(),
            "not JSON: EOF while parsing a value at line 1 column 0",
        ),
        (
            "[1,2]".into(),
            "not a CloudEvent: expected a JSON object, found an array",
        ),
        (
            "\"event\"".into(),
            "not a CloudEvent: expected a JSON object, found a string",
        ),
        (
            with(|m| {
                m.remove("specversion");
            }),
            "not a CloudEvent: missing required attribute `specversion`",
        ),
        (
            with(|m| {
                m.remove("source");
            }),
            "not a CloudEvent: missing required attribute `source`",
        ),
        (
            with(|m| {
                m.insert("id".into(), json!(null));
            }),
            "not a CloudEvent: missing required attribute `id`",
        ),
        (
            with(|m| {
                m.remove("data");
            }),
            "not a CloudEvent: missing required attribute `data`",
        ),
        (
            with(|m| {
                m.remove("dataversion");
            }),
            "not a CloudEvent: missing required attribute `dataversion`",
        ),
        (
            with(|m| {
                m.insert("id".into(), json!(7));
            }),
            "not a CloudEvent: attribute `id` must be a string, found a number",
        ),
        (
            with(|m| {
                m.insert("specversion".into(), json!(1.0));
            }),
            "not a CloudEvent: attribute `specversion` must be a string, found a number",
        ),
        (
            with(|m| {
                m.insert("dataversion".into(), json!(true));
            }),
            "not a CloudEvent: attribute `dataversion` must be an integer, found a boolean",
        ),
        (
            with(|m| {
                m.insert("myext".into(), json!({"a": 1}));
            }),
            "not a CloudEvent: attribute `myext` must be a string, an integer or a boolean, found an object",
        ),
        (
            with(|m| {
                m.insert("data_base64".into(), json!([]));
                m.remove("data");
            }),
            "not a CloudEvent: attribute `data_base64` must be a string, found an array",
        ),
    ];
    assert_messages(&cases);
}

fn assert_messages(cases: &[(String, &str)]) {
    for (input, message) in cases {
        assert_eq!(decode(input).to_string(), *message, "input: {input}");
    }
}

#[test]
fn invalid_values_say_which_attribute_and_why() {
    use serde_json::json;
    let cases: Vec<(String, &str)> = vec![
        (
            with(|m| {
                m.insert("specversion".into(), json!("0.3"));
            }),
            "unsupported specversion `0.3`: factum reads CloudEvents 1.0",
        ),
        (
            with(|m| {
                m.insert("id".into(), json!(""));
            }),
            "not a CloudEvent: invalid attribute `id`: must not be empty",
        ),
        (
            with(|m| {
                m.insert("source".into(), json!("a b"));
            }),
            "not a CloudEvent: invalid attribute `source`: `a b` is not a URI-reference: ' ' at byte 1 is not allowed in a URI (percent-encode it)",
        ),
        (
            with(|m| {
                m.insert("time".into(), json!("2026-13-01T00:00:00Z"));
            }),
            "not a CloudEvent: invalid attribute `time`: `2026-13-01T00:00:00Z` is not an RFC 3339 timestamp: month was not in range",
        ),
        (
            with(|m| {
                m.insert("traceparent".into(), json!("00-abc"));
            }),
            "not a CloudEvent: invalid attribute `traceparent`: `00-abc` is not a W3C traceparent: expected `version-traceid-parentid-flags`, 55 characters for version 00",
        ),
        (
            with(|m| {
                m.insert("Bad_Name".into(), json!("x"));
            }),
            "not a CloudEvent: invalid attribute `Bad_Name`: attribute names consist of lowercase letters a-z and digits 0-9",
        ),
        (
            with(|m| {
                m.insert("ratio".into(), json!(0.5));
            }),
            "not a CloudEvent: invalid attribute `ratio`: a number that is not an integer; attribute values are strings, integers or booleans",
        ),
        (
            with(|m| {
                m.insert("dataversion".into(), json!(0));
            }),
            "not a CloudEvent: invalid attribute `dataversion`: expected a version number from 1 to 4294967295, found `0`",
        ),
        (
            with(|m| {
                m.insert("dataversion".into(), json!("2.0"));
            }),
            "not a CloudEvent: invalid attribute `dataversion`: expected a version number from 1 to 4294967295, found `2.0`",
        ),
        (
            with(|m| {
                m.insert("dataschema".into(), json!("/relative"));
            }),
            "not a CloudEvent: invalid attribute `dataschema`: `/relative` is not a URI: must be an absolute URI, with a scheme",
        ),
        (
            with(|m| {
                m.insert("datacontenttype".into(), json!("json"));
            }),
            "not a CloudEvent: invalid attribute `datacontenttype`: `json` is not a media type: expected a media type `type/subtype`",
        ),
        (
            with(|m| {
                m.insert("datacontenttype".into(), json!("text/plain"));
            }),
            "not a CloudEvent: invalid attribute `datacontenttype`: factum events carry JSON data, found `text/plain`",
        ),
        (
            with(|m| {
                m.insert("data_base64".into(), json!("e30="));
            }),
            "not a CloudEvent: invalid attribute `data_base64`: an event has `data` or `data_base64`, not both",
        ),
        (
            with(|m| {
                m.insert("data_base64".into(), json!("e30="));
                m.remove("data");
            }),
            "not a CloudEvent: invalid attribute `data_base64`: factum events carry JSON data under `data`",
        ),
    ];
    assert_messages(&cases);
}

#[test]
fn wrong_type_version_and_data_are_told_apart() {
    use serde_json::json;
    let cases: Vec<(String, &str)> = vec![
        (
            with(|m| {
                m.insert("type".into(), json!("OrderCancelled"));
            }),
            "unknown event type `OrderCancelled`: expected `OrderPlaced`",
        ),
        (
            with(|m| {
                m.insert("dataversion".into(), json!(3));
            }),
            "version 3 of `OrderPlaced` is newer than this consumer reads (up to version 2): leave it for an upgraded consumer",
        ),
        (
            with(|m| {
                m.insert(
                    "data".into(),
                    json!({"order_id": "o", "total": "x", "currency": "EUR"}),
                );
            }),
            "invalid data for `OrderPlaced` version 2 at .total: invalid type: string \"x\", expected f64",
        ),
        (
            with(|m| {
                m.insert("dataversion".into(), json!(1));
                m.insert("data".into(), json!({"total": 1}));
            }),
            "invalid data for `OrderPlaced` version 1 at .: missing field `order_id`",
        ),
    ];
    assert_messages(&cases);
    // Duplicate members are refused (serde_json's `Value` would keep the last silently).
    let dup =
        r#"{"specversion":"1.0","id":"1","id":"2","source":"/s","type":"OrderPlaced","data":{}}"#;
    assert_eq!(
        decode(dup).to_string(),
        "not a CloudEvent: invalid attribute `id`: appears more than once"
    );
    let dup_ext = r#"{"specversion":"1.0","x":"1","x":"2","id":"1","source":"/s","type":"OrderPlaced","data":{}}"#;
    assert_eq!(
        decode(dup_ext).to_string(),
        "not a CloudEvent: invalid attribute `x`: appears more than once"
    );
}

#[test]
fn decode_errors_are_typed() {
    assert_eq!(decode("[]"), DecodeError::NotObject { found: "array" });
    assert_eq!(
        decode(&with(|m| {
            m.remove("type");
        })),
        DecodeError::Missing { attribute: "type" }
    );
    assert!(matches!(
        decode(&with(|m| { m.insert("type".into(), "x".into()); })),
        DecodeError::UnknownType { found, expected } if found == "x" && expected == "OrderPlaced"
    ));
    assert!(matches!(
        decode(&with(|m| {
            m.insert("dataversion".into(), 9.into());
        })),
        DecodeError::Data(DataError::NewerVersion {
            found: 9,
            newest: 2,
            ..
        })
    ));
    let DecodeError::NotJson { line, column, .. } = decode("{\n\n   ]") else {
        panic!("expected NotJson");
    };
    assert_eq!((line, column), (3, 4));
    let DecodeError::InvalidAttribute(err) = decode(&with(|m| {
        m.insert("traceparent".into(), TRACEPARENT.to_uppercase().into());
    })) else {
        panic!("expected InvalidAttribute");
    };
    assert_eq!(err.attribute(), "traceparent");
    assert!(err.reason().contains("trace id"), "{err}");
    let wrapped = DecodeError::InvalidAttribute(err.clone());
    let source = std::error::Error::source(&wrapped);
    assert_eq!(source.map(ToString::to_string), Some(err.to_string()));
}

#[test]
fn the_size_limit_is_checked_before_parsing() {
    // Not JSON at all, but too large: the size is what is reported.
    let garbage = vec![b'{'; 2 * 1024 * 1024];
    assert_eq!(
        Envelope::<OrderPlaced>::from_json(&garbage, &DecodeOptions::default()).unwrap_err(),
        DecodeError::TooLarge {
            size: 2 * 1024 * 1024,
            limit: 1024 * 1024
        }
    );
    let valid = with(|_| {});
    let tight = DecodeOptions::default().with_max_size(valid.len() - 1);
    let err = Envelope::<OrderPlaced>::from_json(valid.as_bytes(), &tight).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "input of {} bytes is over the limit of {} bytes; refused before parsing",
            valid.len(),
            valid.len() - 1
        )
    );
    assert!(check(valid.as_bytes(), &tight).is_err());
    let exact = DecodeOptions::default().with_max_size(valid.len());
    assert!(Envelope::<OrderPlaced>::from_json(valid.as_bytes(), &exact).is_ok());
}

#[test]
fn deeply_nested_and_hostile_input_is_an_error_not_a_panic() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    // Valid JSON, skipped without recursion: not an object.
    assert_eq!(decode(&deep), DecodeError::NotObject { found: "array" });
    let unclosed = "[".repeat(100_000);
    assert!(matches!(decode(&unclosed), DecodeError::NotJson { .. }));
    let deep_data = format!(
        r#"{{"specversion":"1.0","id":"1","source":"/s","type":"OrderPlaced","dataversion":2,"data":{}{}}}"#,
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert!(matches!(
        decode(&deep_data),
        DecodeError::Data(DataError::Invalid { .. })
    ));
    for bytes in [
        &b"\xff\xfe"[..],
        b"{\"id\":\"\xff\"}",
        b"{\"a\":1e999999}",
        b"\0",
    ] {
        let err = Envelope::<OrderPlaced>::from_json(bytes, &DecodeOptions::default());
        assert!(matches!(err, Err(DecodeError::NotJson { .. })), "{err:?}");
    }
    let big = with(|m| {
        m.insert("big".into(), serde_json::json!(u64::MAX));
    });
    assert_eq!(
        decode(&big).to_string(),
        "not a CloudEvent: invalid attribute `big`: integer out of range"
    );
}

#[test]
fn check_validates_without_a_rust_type() {
    let options = DecodeOptions::default();
    let summary = check(with(|_| {}).as_bytes(), &options).unwrap();
    assert_eq!(summary.ty, "OrderPlaced");
    assert_eq!(summary.version, Some(2));
    assert_eq!(
        summary.to_string(),
        "OrderPlaced id=1 source=/s version=2 data=45 bytes"
    );
    let binary_data = br#"{"specversion":"1.0","id":"x","source":"urn:a","type":"com.example.Blob","datacontenttype":"application/octet-stream","data_base64":"AAEC"}"#;
    let summary = check(binary_data, &options).unwrap();
    assert_eq!(
        summary.to_string(),
        "com.example.Blob id=x source=urn:a version=none data=4 bytes"
    );
    let no_data = br#"{"specversion":"1.0","id":"x","source":"/a","type":"Pinged"}"#;
    assert_eq!(check(no_data, &options).unwrap().data_size, 0);
    assert_eq!(
        check(
            br#"{"specversion":"1.0","id":"x","type":"Pinged"}"#,
            &options
        )
        .unwrap_err()
        .to_string(),
        "not a CloudEvent: missing required attribute `source`"
    );
}

#[test]
fn builders_refuse_invalid_attributes() {
    assert_eq!(
        Producer::new("not a uri").unwrap_err().to_string(),
        "invalid attribute `source`: `not a uri` is not a URI-reference: ' ' at byte 3 is not allowed in a URI (percent-encode it)"
    );
    assert_eq!(
        Producer::new("/s")
            .unwrap()
            .with_schema_base("/schemas")
            .unwrap_err()
            .to_string(),
        "invalid attribute `dataschema`: schema base `/schemas` is not a URI: must be an absolute URI, with a scheme"
    );
    let envelope = producer().envelope(order());
    assert_eq!(
        envelope.clone().with_subject("").unwrap_err().to_string(),
        "invalid attribute `subject`: must not be empty"
    );
    assert_eq!(
        envelope
            .clone()
            .with_extension("Tenant", "a")
            .unwrap_err()
            .to_string(),
        "invalid attribute `Tenant`: attribute names consist of lowercase letters a-z and digits 0-9"
    );
    assert_eq!(
        envelope
            .clone()
            .with_extension("partitionkey", "a")
            .unwrap_err()
            .to_string(),
        "invalid attribute `partitionkey`: is an attribute factum sets itself, not an extension"
    );
    let mut envelope = envelope.with_extension("tenant", "a").unwrap();
    let old = envelope.extensions_mut().insert("tenant", 5).unwrap();
    assert_eq!(old, Some(ExtensionValue::String("a".into())));
    assert_eq!(
        envelope.extensions().get("tenant"),
        Some(&ExtensionValue::Integer(5))
    );
    assert_eq!(
        envelope.extensions_mut().remove("tenant"),
        Some(ExtensionValue::Integer(5))
    );
    assert!(envelope.extensions().is_empty());
}

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema, Debug)]
struct LedgerRebuilt {
    entries: std::collections::BTreeMap<Vec<u8>, u32>,
}

#[test]
fn encoding_errors_are_typed() {
    let mut entries = std::collections::BTreeMap::new();
    entries.insert(vec![1u8], 1);
    let envelope = producer().envelope(LedgerRebuilt { entries });
    assert_eq!(
        envelope.to_json().unwrap_err(),
        EncodeError::Data {
            name: "LedgerRebuilt",
            message: "key must be a string".into()
        }
    );
    let far = producer()
        .envelope(order())
        .with_time(datetime!(2026-01-01 0:00 UTC).to_offset(time::macros::offset!(+01:00:30)));
    assert!(matches!(far.to_json(), Err(EncodeError::Time { .. })));
    assert!(
        far.to_json()
            .unwrap_err()
            .to_string()
            .starts_with("cannot encode attribute `time` as RFC 3339: ")
    );
}
