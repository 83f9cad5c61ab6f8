//! The envelope's fast paths (one text buffer for the attributes, the plain-JSON parser,
//! the hand-written `time` formatter) behave as the general ones: same values, same
//! equality, same errors.

use factum::Event;
use factum::envelope::{Cause, DecodeOptions, Envelope, Producer, TraceParent};
use serde::{Deserialize, Serialize};
use time::macros::datetime;

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema, Debug, Clone, PartialEq)]
#[event(version = 2, key = order_id)]
struct OrderPlaced {
    order_id: String,
    total: f64,
}

const TRACEPARENT: &str = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

fn order() -> OrderPlaced {
    OrderPlaced {
        order_id: "o-1".into(),
        total: 9.5,
    }
}

fn full() -> Envelope<OrderPlaced> {
    let trace = TraceParent::parse(TRACEPARENT).unwrap();
    let producer = Producer::new("/checkout")
        .unwrap()
        .with_schema_base("https://schemas.example.com")
        .unwrap();
    producer
        .caused_by(
            Cause::new("cause-1")
                .with_correlation_id("corr-1")
                .with_trace(&trace, Some("vendor=abc")),
            order(),
        )
        .with_subject("orders/o-1")
        .unwrap()
        .with_sequence("7")
        .unwrap()
        .with_extension("comexampleext", "x")
        .unwrap()
}

#[test]
fn setting_an_attribute_again_replaces_it_and_equality_looks_at_values_only() {
    let a = full();
    let b = a
        .clone()
        .with_subject("first")
        .unwrap()
        .with_subject("orders/o-1")
        .unwrap()
        .with_correlation_id("other")
        .unwrap()
        .with_correlation_id("corr-1")
        .unwrap();
    assert_eq!(a.subject(), Some("orders/o-1"));
    assert_eq!(b.subject(), Some("orders/o-1"));
    assert_eq!(a, b);
    assert_eq!(format!("{a:?}"), format!("{b:?}"));
    assert_ne!(a, a.clone().with_subject("orders/o-2").unwrap());
    let cleared = a
        .clone()
        .with_trace(TraceParent::parse(TRACEPARENT).unwrap(), None);
    assert_eq!(cleared.tracestate(), None);
    assert_ne!(a, cleared);
    let debug = format!("{a:?}");
    for field in [
        "id: \"",
        "source: \"/checkout\"",
        "ty: \"OrderPlaced\"",
        "subject: Some(\"orders/o-1\")",
        "partitionkey: Some(\"o-1\")",
        "correlationid: Some(\"corr-1\")",
        "causationid: Some(\"cause-1\")",
        "tracestate: Some(\"vendor=abc\")",
        "sequence: Some(\"7\")",
        "decoded_version: 2",
    ] {
        assert!(debug.contains(field), "{field} in {debug}");
    }
}

#[test]
fn every_attribute_survives_encode_then_decode() {
    let envelope = full().with_time(datetime!(2026-11-22 10:15:30.000_000_250 UTC));
    let json = envelope.to_json_string().unwrap();
    assert!(
        json.contains(r#""time":"2026-11-22T10:15:30.00000025Z""#),
        "{json}"
    );
    let back =
        Envelope::<OrderPlaced>::from_json(json.as_bytes(), &DecodeOptions::default()).unwrap();
    assert_eq!(back, envelope);
    assert_eq!(back.to_json_string().unwrap(), json);
    // A cause read back from a decoded envelope.
    let caused = Producer::new("/shipping")
        .unwrap()
        .caused_by(&back, order());
    assert_eq!(caused.causation_id(), Some(envelope.id()));
    assert_eq!(caused.correlation_id(), Some("corr-1"));
    assert_eq!(caused.tracestate(), Some("vendor=abc"));
}

#[test]
fn times_outside_the_fast_formatter_are_formatted_by_the_time_crate() {
    for (time, text) in [
        (
            datetime!(2026-11-22 10:15:30 +02:00),
            "2026-11-22T10:15:30+02:00",
        ),
        (
            datetime!(2026-11-22 10:15:30.5 UTC),
            "2026-11-22T10:15:30.5Z",
        ),
        (datetime!(0001-01-01 00:00:00 UTC), "0001-01-01T00:00:00Z"),
    ] {
        let json = full().with_time(time).to_json_string().unwrap();
        assert!(json.contains(&format!(r#""time":"{text}""#)), "{json}");
    }
}

#[test]
fn the_same_document_spelled_differently_decodes_to_the_same_envelope() {
    let envelope = full().with_time(datetime!(2026-11-22 10:15:30.25 UTC));
    let json = envelope.to_json_string().unwrap();
    let options = DecodeOptions::default();
    let plain = Envelope::<OrderPlaced>::from_json(json.as_bytes(), &options).unwrap();
    // Whitespace, escapes and a value the plain parser leaves to serde_json.
    let spaced = json
        .replace(r#"",""#, "\" ,\n\t\"")
        .replace(r#"":"#, "\" : ");
    let escaped = json
        .replace("orders/o-1", "orders\\/o-1")
        .replace(r#""source":"/checkout""#, r#""source":"\u002fcheckout""#);
    let with_array_extension = json.replacen('{', r#"{"comexampleother":[1],"#, 1);
    for variant in [&spaced, &escaped] {
        let read = Envelope::<OrderPlaced>::from_json(variant.as_bytes(), &options).unwrap();
        assert_eq!(read, plain, "{variant}");
    }
    let err =
        Envelope::<OrderPlaced>::from_json(with_array_extension.as_bytes(), &options).unwrap_err();
    assert!(err.to_string().contains("comexampleother"), "{err}");
    // A duplicate through the plain parser is still a duplicate.
    let duplicate = json.replacen('{', r#"{"subject":"x","#, 1);
    let err = Envelope::<OrderPlaced>::from_json(duplicate.as_bytes(), &options).unwrap_err();
    assert!(err.to_string().contains("more than once"), "{err}");
}
