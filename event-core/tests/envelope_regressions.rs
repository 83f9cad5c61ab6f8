//! Inputs found by the `decode_envelope` fuzz target (`fuzz/`) and by the property tests
//! (`envelope_props.rs`), kept as tests; and a check that the fuzz target's seed corpus
//! is made of valid envelopes.
//!
//! The event types are the fuzz target's: a v1 → v2 → v3 upcast chain.

use factum::envelope::{
    Binding, Cause, DecodeError, DecodeOptions, Envelope, ExtensionValue, Producer, check,
    from_binary, to_binary,
};
use factum::{Event, Message};
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

/// Header lines as (name, value) pairs.
type Lines<'a> = Vec<(&'a str, &'a str)>;

/// Splits a fuzz input into header lines and a body at the first empty line, as the
/// fuzz target does.
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

/// The extensions with their values as binary mode carries them.
fn canonical(e: &Envelope<OrderPlaced>) -> Vec<(String, String)> {
    e.extensions()
        .iter()
        .map(|(n, v)| (n.to_owned(), v.to_canonical_string().into_owned()))
        .collect()
}

/// What the fuzz target asserts about one input, for the inputs kept here.
fn round_trips(bytes: &[u8]) {
    let options = DecodeOptions::default();
    let checked = check(bytes, &options);
    if let Ok(first) = Envelope::<OrderPlaced>::from_json(bytes, &options) {
        assert!(checked.is_ok());
        let json = first.to_json().unwrap();
        let second = Envelope::<OrderPlaced>::from_json(&json, &options).unwrap();
        assert_eq!(second.to_json().unwrap(), json);
        assert_eq!(second.data(), first.data());
        for binding in BINDINGS {
            let (headers, body) = to_binary(&first, binding).unwrap();
            let back: Envelope<OrderPlaced> =
                from_binary(&headers, &body, binding, &options).unwrap();
            assert_eq!(canonical(&back), canonical(&first));
            assert_eq!(to_binary(&back, binding).unwrap(), (headers, body));
        }
    }
    if let Some((headers, body)) = headers_and_body(bytes) {
        for binding in BINDINGS {
            if let Ok(first) = from_binary::<OrderPlaced, _, _>(&headers, body, binding, &options) {
                let json = first.to_json().unwrap();
                let second = Envelope::<OrderPlaced>::from_json(&json, &options).unwrap();
                assert_eq!(second.to_json().unwrap(), json);
                let (h, b) = to_binary(&first, binding).unwrap();
                let back: Envelope<OrderPlaced> = from_binary(&h, &b, binding, &options).unwrap();
                assert_eq!(to_binary(&back, binding).unwrap(), (h, b));
            }
        }
    }
}

macro_rules! seed {
    ($name:literal) => {
        (
            $name,
            include_bytes!(concat!("../../fuzz/corpus/decode_envelope/", $name)).as_slice(),
        )
    };
}

/// Every seed decodes: structured ones with `from_json`, header ones with `from_binary`
/// under the binding their header names belong to; and each round-trips.
#[test]
fn fuzz_seeds_are_valid_envelopes() {
    let options = DecodeOptions::default();
    let structured = [
        seed!("seed-structured-v1.json"),
        seed!("seed-structured-v2.json"),
        seed!("seed-structured-v3-full.json"),
    ];
    for (name, bytes) in structured {
        let e = Envelope::<OrderPlaced>::from_json(bytes, &options)
            .unwrap_or_else(|err| panic!("{name}: {err}"));
        assert!(!e.data().order_id.is_empty(), "{name}");
        round_trips(bytes);
    }
    let full = Envelope::<OrderPlaced>::from_json(structured[2].1, &options).unwrap();
    assert_eq!(full.decoded_version(), OrderPlaced::VERSION);
    assert_eq!(
        full.extensions().get("retries"),
        Some(&ExtensionValue::Integer(3))
    );

    for (name, bytes, binding, version) in [
        (
            seed!("seed-kafka-v3").0,
            seed!("seed-kafka-v3").1,
            Binding::Kafka,
            3,
        ),
        (
            seed!("seed-http-v2").0,
            seed!("seed-http-v2").1,
            Binding::Http,
            2,
        ),
        (
            seed!("seed-nats-v1").0,
            seed!("seed-nats-v1").1,
            Binding::Nats,
            1,
        ),
    ] {
        let (headers, body) = headers_and_body(bytes).unwrap();
        let e: Envelope<OrderPlaced> = from_binary(&headers, body, binding, &options)
            .unwrap_or_else(|err| panic!("{name}: {err}"));
        assert_eq!(e.decoded_version(), version, "{name}");
        round_trips(bytes);
    }
}

fn order(order_id: &str) -> OrderPlaced {
    OrderPlaced {
        order_id: order_id.into(),
        total_cents: 1,
        currency: "EUR".into(),
        lines: Vec::new(),
        note: None,
        gift: false,
    }
}

/// Every envelope a producer builds decodes in every mode.
fn decodes_everywhere(envelope: &Envelope<OrderPlaced>) {
    let options = DecodeOptions::default();
    let json = envelope.to_json().unwrap();
    check(&json, &options).unwrap();
    assert_eq!(
        &Envelope::<OrderPlaced>::from_json(&json, &options).unwrap(),
        envelope
    );
    for binding in BINDINGS {
        let (headers, body) = to_binary(envelope, binding).unwrap();
        let back: Envelope<OrderPlaced> = from_binary(&headers, &body, binding, &options).unwrap();
        assert_eq!(&back, envelope, "{binding:?}");
    }
}

/// Found by `structured_encode_decode_is_the_identity`: an event whose key field was an
/// empty string got `"partitionkey":""`, which decoding refuses ("must not be empty").
/// An empty key is now no key.
#[test]
fn an_empty_partition_key_is_no_partition_key() {
    let envelope = Producer::new("https:").unwrap().envelope(order(""));
    assert_eq!(envelope.partition_key(), None);
    decodes_everywhere(&envelope);
    let keyed = Producer::new("https:").unwrap().envelope(order("o-1"));
    assert_eq!(keyed.partition_key(), Some("o-1"));
}

/// Found by `structured_encode_decode_is_the_identity`: `caused_by(Cause::new(""))` set
/// `"causationid":""` and `"correlationid":""`, which decoding refuses. An empty id is
/// now no id, for the cause's id and for the correlation id it carried.
#[test]
fn an_empty_cause_id_is_no_cause_id() {
    let producer = Producer::new("/checkout").unwrap();
    let caused = producer.caused_by(Cause::new(""), order("o-1"));
    assert_eq!(
        (caused.causation_id(), caused.correlation_id()),
        (None, None)
    );
    decodes_everywhere(&caused);

    let caused = producer.caused_by(Cause::new("").with_correlation_id("c-1"), order("o-1"));
    assert_eq!(
        (caused.causation_id(), caused.correlation_id()),
        (None, Some("c-1"))
    );
    decodes_everywhere(&caused);

    let caused = producer.caused_by(Cause::new("p-1").with_correlation_id(""), order("o-1"));
    assert_eq!(
        (caused.causation_id(), caused.correlation_id()),
        (Some("p-1"), Some("p-1"))
    );
    decodes_everywhere(&caused);
}

/// Input that is not UTF-8 is refused as "not JSON", with the position of the bad byte.
#[test]
fn invalid_utf8_is_not_json_with_its_position() {
    let input = b"{\"specversion\":\"1.0\",\n\"id\":\"\xff\"}";
    let err = check(input, &DecodeOptions::default()).unwrap_err();
    assert_eq!(
        err,
        DecodeError::NotJson {
            line: 2,
            column: 7,
            message: "invalid unicode code point".into()
        }
    );
}
