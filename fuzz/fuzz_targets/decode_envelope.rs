//! Decoding envelopes from arbitrary bytes: never a panic, and whatever decodes encodes
//! again to something that decodes to the same envelope (a stable round trip).
//!
//! The input is read two ways:
//! - as a structured-mode `CloudEvent` (`check`, `Envelope::from_json`, whose result must
//!   be the general parser's alone, `from_json_general`);
//! - as a binary-mode message: header lines `name: value` (or `name:value`), an empty
//!   line, then the body, decoded with `from_binary` for each `Binding`.
//!
//! The event has a two-step upcast chain (v1 → v2 → v3), so data of any version decodes.

#![no_main]

use factum::envelope::{
    Binding, DecodeOptions, Envelope, ExtensionValue, TraceParent, check, from_binary, to_binary,
};
use factum::{Event, Message};
use libfuzzer_sys::fuzz_target;
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema, Debug, Clone, PartialEq)]
#[event(name = "OrderPlaced", version = 1)]
struct OrderPlacedV1 {
    order_id: String,
    total_cents: i64,
}

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema, Debug, Clone, PartialEq)]
#[event(name = "OrderPlaced", version = 2, upcast_from = OrderPlacedV1)]
struct OrderPlacedV2 {
    order_id: String,
    total_cents: i64,
    currency: String,
}

impl From<OrderPlacedV1> for OrderPlacedV2 {
    fn from(v1: OrderPlacedV1) -> Self {
        OrderPlacedV2 {
            order_id: v1.order_id,
            total_cents: v1.total_cents,
            currency: "EUR".into(),
        }
    }
}

/// Integers and strings only: `serde_json`'s default float parsing may differ from the
/// printed float by one ULP, which is `serde_json`'s business, not the envelope's.
#[derive(Event, Serialize, Deserialize, schemars::JsonSchema, Debug, Clone, PartialEq)]
#[event(version = 3, key = order_id, upcast_from = OrderPlacedV2)]
struct OrderPlaced {
    order_id: String,
    total_cents: i64,
    currency: String,
    lines: Vec<String>,
    note: Option<String>,
    gift: bool,
}

impl From<OrderPlacedV2> for OrderPlaced {
    fn from(v2: OrderPlacedV2) -> Self {
        OrderPlaced {
            order_id: v2.order_id,
            total_cents: v2.total_cents,
            currency: v2.currency,
            lines: Vec::new(),
            note: None,
            gift: false,
        }
    }
}

const BINDINGS: [Binding; 3] = [Binding::Kafka, Binding::Http, Binding::Nats];

/// Everything an envelope carries but the version it was read as (which an upcast
/// changes on the way back: the encoder writes the newest version). `time` with its
/// offset, which `OffsetDateTime`'s `==` ignores. With `canonical`, extension values as
/// the strings binary mode carries.
#[derive(Debug, PartialEq)]
struct View<'a> {
    attributes: [Option<&'a str>; 12],
    time: Option<(i128, i32)>,
    extensions: Vec<(&'a str, ExtensionValue)>,
    data: &'a OrderPlaced,
}

fn view(e: &Envelope<OrderPlaced>, canonical: bool) -> View<'_> {
    View {
        attributes: [
            Some(e.id()),
            Some(e.source()),
            Some(e.ty()),
            e.datacontenttype(),
            e.dataschema(),
            e.subject(),
            e.partition_key(),
            e.correlation_id(),
            e.causation_id(),
            e.traceparent().map(TraceParent::as_str),
            e.tracestate(),
            e.sequence(),
        ],
        time: e
            .time()
            .map(|t| (t.unix_timestamp_nanos(), t.offset().whole_seconds())),
        extensions: e
            .extensions()
            .iter()
            .map(|(name, value)| {
                let value = if canonical {
                    ExtensionValue::String(value.to_canonical_string().into_owned())
                } else {
                    value.clone()
                };
                (name, value)
            })
            .collect(),
        data: e.data(),
    }
}

/// The same envelope, and, when neither was upcast, `==` agrees.
fn assert_same(a: &Envelope<OrderPlaced>, b: &Envelope<OrderPlaced>, canonical: bool) {
    assert_eq!(view(a, canonical), view(b, canonical));
    if !canonical && a.decoded_version() == b.decoded_version() {
        assert_eq!(a, b);
    }
}

/// Structured mode: encode → decode gives the same envelope, and encoding that again
/// gives the same bytes.
fn structured_round_trip(first: &Envelope<OrderPlaced>, options: &DecodeOptions) {
    let json = first.to_json().expect("a decoded envelope encodes");
    if let Err(e) = check(&json, options) {
        panic!("check refuses an encoded envelope: {e}");
    }
    let second = match Envelope::<OrderPlaced>::from_json(&json, options) {
        Ok(second) => second,
        Err(e) => panic!("an encoded envelope does not decode: {e}"),
    };
    assert_eq!(second.decoded_version(), OrderPlaced::VERSION);
    assert_same(first, &second, false);
    assert_eq!(
        second.to_json().expect("encodes"),
        json,
        "encoding is stable"
    );
}

/// Binary mode: encode → decode gives the same envelope (extension values as strings),
/// and encoding that again gives the same headers and body.
fn binary_round_trip(first: &Envelope<OrderPlaced>, binding: Binding, options: &DecodeOptions) {
    let (headers, body) = to_binary(first, binding).expect("a decoded envelope encodes");
    let second: Envelope<OrderPlaced> = match from_binary(&headers, &body, binding, options) {
        Ok(second) => second,
        Err(e) => panic!("an envelope encoded for {binding:?} does not decode: {e}"),
    };
    assert_same(first, &second, true);
    let again = to_binary(&second, binding).expect("encodes");
    assert_eq!(again, (headers, body), "{binding:?} encoding is stable");
}

/// Header lines as (name, value) pairs.
type Lines<'a> = Vec<(&'a str, &'a str)>;

/// Splits the input into header lines and a body at the first empty line.
fn headers_and_body(bytes: &[u8]) -> Option<(Lines<'_>, &[u8])> {
    let (head, body) = match bytes.windows(2).position(|w| w == b"\n\n") {
        Some(at) => (&bytes[..at], &bytes[at + 2..]),
        None => (bytes, &[][..]),
    };
    let head = std::str::from_utf8(head).ok()?;
    let headers = head
        .split('\n')
        .map(|line| match line.split_once(':') {
            Some((name, value)) => (name, value.strip_prefix(' ').unwrap_or(value)),
            None => (line, ""),
        })
        .collect();
    Some((headers, body))
}

fuzz_target!(|bytes: &[u8]| {
    let options = DecodeOptions::default();

    let checked = check(bytes, &options);
    let decoded = Envelope::<OrderPlaced>::from_json(bytes, &options);
    // The fast path returns what the general parser returns, envelope or error.
    let general = Envelope::<OrderPlaced>::from_json_general(bytes, &options);
    match (&decoded, &general) {
        (Ok(a), Ok(b)) => assert_same(a, b, false),
        (a, b) => assert_eq!(a, b, "from_json and the general parser differ"),
    }
    if let Ok(first) = decoded {
        assert!(checked.is_ok(), "check refuses what from_json accepts");
        structured_round_trip(&first, &options);
        for binding in BINDINGS {
            binary_round_trip(&first, binding, &options);
        }
    }

    if let Some((headers, body)) = headers_and_body(bytes) {
        for binding in BINDINGS {
            if let Ok(first) = from_binary::<OrderPlaced, _, _>(&headers, body, binding, &options) {
                structured_round_trip(&first, &options);
                for other in BINDINGS {
                    binary_round_trip(&first, other, &options);
                }
            }
        }
    }
});
