//! Property tests of envelope round trips: generated envelopes (every attribute, typed
//! extensions, data with unicode, quotes and control characters) encode and decode back
//! unchanged in structured mode and in binary mode for every binding, `check` accepts
//! every encoded envelope, and decoding arbitrary or damaged input never panics.
//!
//! 256 cases per property by default; `PROPTEST_CASES=10000 cargo test -p factum --test
//! envelope_props` runs more.

use factum::envelope::{
    ATTRIBUTES, Binding, Cause, DecodeOptions, Envelope, ExtensionValue, Producer, TraceParent,
    TypeStyle, check, from_binary, to_binary,
};
use factum::{Event, Message};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;
use serde::{Deserialize, Serialize};
use time::{OffsetDateTime, UtcOffset};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema, Debug, Clone, PartialEq)]
#[event(version = 2, key = order_id)]
struct OrderPlaced {
    order_id: String,
    note: String,
    lines: Vec<String>,
    quantity: i64,
    count: u32,
    gift: bool,
    comment: Option<String>,
}

const BINDINGS: [Binding; 3] = [Binding::Kafka, Binding::Http, Binding::Nats];

/// Names an extension cannot have: factum's own attributes and the data members.
fn reserved() -> Vec<&'static str> {
    ATTRIBUTES
        .into_iter()
        .chain(["data", "data_base64"])
        .collect()
}

/// The default config (256 cases, or `PROPTEST_CASES`), without failure files in the
/// source tree: a failing case is printed, shrunk, and belongs in a named test.
fn config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------

/// Characters that stress encoders: mostly printable ASCII, then quotes, backslashes,
/// `%`, control characters, non-ASCII letters, symbols outside the BMP, line and
/// paragraph separators, a BOM; then any `char` at all.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        6 => proptest::char::range(' ', '~'),
        3 => prop::sample::select(vec![
            '"', '\\', '%', '/', '+', ':', '#', '?', '&', '=', ' ', '\n', '\r', '\t', '\0',
            '\u{1}', '\u{1f}', '\u{7f}', '\u{80}', '\u{9f}', 'é', 'ü', 'ß', '✓', '€', '😀',
            '\u{2028}', '\u{2029}', '\u{feff}', '\u{fffd}', '\u{10ffff}',
        ]),
        1 => any::<char>(),
    ]
}

fn text(len: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    vec(tricky_char(), len).prop_map(String::from_iter)
}

/// One element of a URI: a character allowed there (but `#`), or a percent-encoded octet.
fn uri_piece() -> impl Strategy<Value = String> {
    const ALLOWED: &str = "ABCXYZabcxyz0189-._~:/?[]@!$&'()*+,;=";
    prop_oneof![
        8 => prop::sample::select(ALLOWED.chars().collect::<Vec<_>>()).prop_map(String::from),
        1 => any::<u8>().prop_map(|b| format!("%{b:02X}")),
        1 => any::<u8>().prop_map(|b| format!("%{b:02x}")),
    ]
}

fn uri_tail(len: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    vec(uri_piece(), len).prop_map(|pieces| pieces.concat())
}

fn fragment() -> impl Strategy<Value = String> {
    option::of(uri_tail(0..6)).prop_map(|f| f.map(|f| format!("#{f}")).unwrap_or_default())
}

fn scheme() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("https".to_owned()),
        Just("urn".to_owned()),
        "[a-zA-Z][a-zA-Z0-9+.-]{0,8}",
    ]
}

/// A URI-reference (RFC 3986): an absolute URI, an absolute path, or a relative path
/// whose first segment has no `:`.
fn uri_reference() -> impl Strategy<Value = String> {
    prop_oneof![
        (scheme(), uri_tail(0..24), fragment()).prop_map(|(s, t, f)| format!("{s}:{t}{f}")),
        (uri_tail(0..24), fragment()).prop_map(|(t, f)| format!("/{t}{f}")),
        ("[a-zA-Z0-9._~-]{1,8}", uri_tail(0..16), fragment())
            .prop_map(|(seg, t, f)| format!("{seg}/{t}{f}")),
    ]
}

/// An absolute URI (a schema base).
fn absolute_uri() -> impl Strategy<Value = String> {
    (scheme(), uri_tail(0..24)).prop_map(|(s, t)| format!("{s}:{t}"))
}

/// An RFC 3339-representable time: years 1 to 9998, any nanosecond (or whole seconds,
/// or milliseconds), any offset in whole minutes.
fn time() -> impl Strategy<Value = OffsetDateTime> {
    let nanos = prop_oneof![
        Just(0u32),
        (0u32..1000).prop_map(|ms| ms * 1_000_000),
        0u32..1_000_000_000,
    ];
    let minutes = -(23 * 60 + 59)..=(23 * 60 + 59);
    (-62_000_000_000i64..253_000_000_000, nanos, minutes).prop_map(|(secs, nanos, minutes)| {
        let offset = UtcOffset::from_whole_seconds(minutes * 60).unwrap();
        OffsetDateTime::from_unix_timestamp(secs)
            .unwrap()
            .replace_nanosecond(nanos)
            .unwrap()
            .to_offset(offset)
    })
}

/// A W3C traceparent: version 00, or a later version with optional trailing fields.
fn traceparent() -> impl Strategy<Value = TraceParent> {
    let not_zero = |s: &String| s.bytes().any(|b| b != b'0');
    let version = prop_oneof![
        3 => Just(("00".to_owned(), String::new())),
        1 => ("[0-9a-e][0-9a-f]", "(-[0-9a-z]{0,8})?")
            .prop_filter("version 00 has no trailing fields", |(v, rest)| {
                v != "00" || rest.is_empty()
            }),
    ];
    (
        version,
        "[0-9a-f]{32}".prop_filter("trace id not all zeros", not_zero),
        "[0-9a-f]{16}".prop_filter("parent id not all zeros", not_zero),
        "[0-9a-f]{2}",
    )
        .prop_map(|((version, rest), trace, parent, flags)| {
            let s = format!("{version}-{trace}-{parent}-{flags}{rest}");
            TraceParent::parse(&s).unwrap_or_else(|e| panic!("generated {s}: {e}"))
        })
}

fn extension_value() -> impl Strategy<Value = ExtensionValue> {
    prop_oneof![
        text(0..24).prop_map(ExtensionValue::String),
        // Strings that look like other types: binary mode cannot tell them apart.
        prop::sample::select(vec!["42", "-1", "true", "false", "1.5", ""])
            .prop_map(ExtensionValue::from),
        any::<i64>().prop_map(ExtensionValue::Integer),
        any::<bool>().prop_map(ExtensionValue::Boolean),
    ]
}

fn extensions() -> impl Strategy<Value = Vec<(String, ExtensionValue)>> {
    let name =
        "[a-z0-9]{1,20}".prop_filter("not a reserved name", |n| !reserved().contains(&n.as_str()));
    vec((name, extension_value()), 0..6)
}

fn order() -> impl Strategy<Value = OrderPlaced> {
    (
        text(0..16),
        text(0..64),
        vec(text(0..12), 0..4),
        any::<i64>(),
        any::<u32>(),
        any::<bool>(),
        option::of(text(0..24)),
    )
        .prop_map(
            |(order_id, note, lines, quantity, count, gift, comment)| OrderPlaced {
                order_id,
                note,
                lines,
                quantity,
                count,
                gift,
                comment,
            },
        )
}

fn type_style() -> impl Strategy<Value = TypeStyle> {
    prop_oneof![
        Just(TypeStyle::Name),
        "[a-z]{1,8}(\\.[a-z0-9]{1,8}){0,3}".prop_map(|p| TypeStyle::Prefixed(p.into())),
    ]
}

/// Everything an envelope is built from.
#[derive(Debug, Clone)]
struct Spec {
    id: String,
    source: String,
    style: TypeStyle,
    schema_base: Option<String>,
    time: OffsetDateTime,
    subject: Option<String>,
    /// The cause's id, and the correlation id it carried.
    cause: Option<(String, Option<String>)>,
    correlation: Option<String>,
    trace: Option<(TraceParent, Option<String>)>,
    sequence: Option<String>,
    extensions: Vec<(String, ExtensionValue)>,
    data: OrderPlaced,
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        (
            text(1..24),
            uri_reference(),
            type_style(),
            option::of(absolute_uri()),
            time(),
            option::of(text(1..24)),
        ),
        (
            option::of((text(0..24), option::of(text(0..24)))),
            option::of(text(1..24)),
            option::of((traceparent(), option::of(text(0..32)))),
            option::of(text(1..12)),
            extensions(),
            order(),
        ),
    )
        .prop_map(
            |(
                (id, source, style, schema_base, time, subject),
                (cause, correlation, trace, sequence, extensions, data),
            )| Spec {
                id,
                source,
                style,
                schema_base,
                time,
                subject,
                cause,
                correlation,
                trace,
                sequence,
                extensions,
                data,
            },
        )
}

/// The envelope of a spec, through the public builders only.
fn build(spec: &Spec) -> Envelope<OrderPlaced> {
    let id = spec.id.clone();
    let time = spec.time;
    let mut producer = Producer::new(spec.source.clone())
        .unwrap_or_else(|e| panic!("generated source: {e}"))
        .with_type_style(spec.style.clone())
        .with_clock(move || time)
        .with_ids(move || id.clone());
    if let Some(base) = &spec.schema_base {
        producer = producer
            .with_schema_base(base.clone())
            .unwrap_or_else(|e| panic!("generated schema base: {e}"));
    }
    let data = spec.data.clone();
    let mut envelope = match &spec.cause {
        None => producer.envelope(data),
        Some((cause_id, correlation)) => {
            let mut cause = Cause::new(cause_id);
            if let Some(correlation) = correlation {
                cause = cause.with_correlation_id(correlation);
            }
            producer.caused_by(cause, data)
        }
    };
    if let Some(subject) = &spec.subject {
        envelope = envelope.with_subject(subject.clone()).unwrap();
    }
    if let Some(correlation) = &spec.correlation {
        envelope = envelope.with_correlation_id(correlation.clone()).unwrap();
    }
    if let Some((traceparent, tracestate)) = &spec.trace {
        envelope = envelope.with_trace(traceparent.clone(), tracestate.clone());
    }
    if let Some(sequence) = &spec.sequence {
        envelope = envelope.with_sequence(sequence.clone()).unwrap();
    }
    for (name, value) in &spec.extensions {
        envelope = envelope
            .with_extension(name.clone(), value.clone())
            .unwrap();
    }
    envelope
}

fn options(spec: &Spec) -> DecodeOptions {
    DecodeOptions::default().with_type_style(spec.style.clone())
}

// ---------------------------------------------------------------------------------------
// Comparing envelopes
// ---------------------------------------------------------------------------------------

/// Every attribute, `time` with its offset (`OffsetDateTime`'s `==` compares instants
/// only), the extensions (as binary mode carries them when `canonical`), and the data.
#[derive(Debug, PartialEq)]
struct View<'a> {
    attributes: [Option<&'a str>; 12],
    time: Option<(i128, i32)>,
    version: u32,
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
        version: e.decoded_version(),
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

/// Applies byte edits (replace, insert, delete) at positions chosen by `Index`.
fn damage(mut bytes: Vec<u8>, edits: &[(Index, u8, u8)]) -> Vec<u8> {
    for (at, byte, op) in edits {
        if bytes.is_empty() {
            bytes.push(*byte);
            continue;
        }
        let i = at.index(bytes.len());
        match op % 3 {
            0 => bytes[i] = *byte,
            1 => bytes.insert(i, *byte),
            _ => {
                bytes.remove(i);
            }
        }
    }
    bytes
}

fn header_name() -> impl Strategy<Value = String> {
    let attribute = prop_oneof![
        prop::sample::select(reserved()).prop_map(str::to_owned),
        "[a-zA-Z0-9_-]{0,12}",
    ];
    prop_oneof![
        (
            prop::sample::select(vec!["ce_", "ce-", "CE-", "Ce_", "c"]),
            attribute
        )
            .prop_map(|(prefix, name)| format!("{prefix}{name}")),
        prop::sample::select(vec!["content-type", "Content-Type", "CONTENT-TYPE"])
            .prop_map(str::to_owned),
        text(0..12),
    ]
}

fn header_value() -> impl Strategy<Value = String> {
    prop_oneof![
        text(0..24),
        prop::sample::select(vec![
            "1.0",
            "OrderPlaced",
            "/s",
            "2",
            "application/json",
            "%",
            "%4",
            "%zz",
            "%C3",
            "%C3%A9",
            "%FF%FE",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "2026-11-22T10:15:30.25+01:00",
        ])
        .prop_map(str::to_owned),
    ]
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    /// Structured mode: encode → decode is the identity, and `check` accepts the JSON.
    #[test]
    fn structured_encode_decode_is_the_identity(spec in spec()) {
        let envelope = build(&spec);
        let options = options(&spec);
        let json = envelope.to_json().unwrap();

        let summary = check(&json, &options);
        prop_assert!(summary.is_ok(), "check refused {}: {:?}", String::from_utf8_lossy(&json), summary);
        let summary = summary.unwrap();
        prop_assert_eq!(
            (summary.id.as_str(), summary.source.as_str(), summary.ty.as_str(), summary.version),
            (envelope.id(), envelope.source(), envelope.ty(), Some(OrderPlaced::VERSION))
        );

        let decoded = Envelope::<OrderPlaced>::from_json(&json, &options);
        prop_assert!(decoded.is_ok(), "{:?} for {}", decoded.err(), String::from_utf8_lossy(&json));
        let decoded = decoded.unwrap();
        prop_assert_eq!(&decoded, &envelope);
        prop_assert_eq!(view(&decoded, false), view(&envelope, false));
        prop_assert_eq!(decoded.to_json().unwrap(), json);
    }

    /// Binary mode, every binding: known attributes come back exactly (typed), extension
    /// values as their canonical strings; encoding the decoded envelope again gives the
    /// same headers and body, and its structured form passes `check`.
    #[test]
    fn binary_encode_decode_preserves_everything(spec in spec()) {
        let envelope = build(&spec);
        let options = options(&spec);
        for binding in BINDINGS {
            let (headers, body) = to_binary(&envelope, binding).unwrap();
            let decoded = from_binary::<OrderPlaced, _, _>(&headers, &body, binding, &options);
            prop_assert!(decoded.is_ok(), "{:?}: {:?} for {:?}", binding, decoded.err(), headers);
            let decoded = decoded.unwrap();
            prop_assert_eq!(view(&decoded, true), view(&envelope, true), "{:?}", binding);
            prop_assert_eq!(decoded.time(), envelope.time());
            prop_assert!(
                decoded.extensions().iter().all(|(_, v)| matches!(v, ExtensionValue::String(_))),
                "binary mode carries extension values as strings"
            );
            if envelope.extensions().iter().all(|(_, v)| matches!(v, ExtensionValue::String(_))) {
                prop_assert_eq!(&decoded, &envelope);
            }
            prop_assert_eq!(to_binary(&decoded, binding).unwrap(), (headers, body));
            let json = decoded.to_json().unwrap();
            prop_assert!(check(&json, &options).is_ok());
        }
    }

    /// Decoding arbitrary bytes never panics (structured, and as a binary body).
    #[test]
    fn decoding_arbitrary_bytes_never_panics(bytes in vec(any::<u8>(), 0..512)) {
        let options = DecodeOptions::default();
        let _ = check(&bytes, &options);
        let _ = Envelope::<OrderPlaced>::from_json(&bytes, &options);
        let headers = [("ce_specversion", "1.0"), ("ce-specversion", "1.0")];
        for binding in BINDINGS {
            let _ = from_binary::<OrderPlaced, _, _>(&headers, &bytes, binding, &options);
        }
    }

    /// Decoding a damaged envelope never panics; when it still decodes, it round-trips.
    #[test]
    fn decoding_damaged_envelopes_never_panics(
        spec in spec(),
        edits in vec((any::<Index>(), any::<u8>(), any::<u8>()), 1..8),
    ) {
        let options = options(&spec);
        let json = damage(build(&spec).to_json().unwrap(), &edits);
        let checked = check(&json, &options);
        if let Ok(decoded) = Envelope::<OrderPlaced>::from_json(&json, &options) {
            prop_assert!(checked.is_ok());
            let again = decoded.to_json().unwrap();
            let back = Envelope::<OrderPlaced>::from_json(&again, &options).unwrap();
            prop_assert_eq!(view(&back, false), view(&decoded, false));
        }
    }

    /// Decoding arbitrary headers and bodies never panics, in every binding.
    #[test]
    fn decoding_arbitrary_headers_never_panics(
        headers in vec((header_name(), header_value()), 0..16),
        body in prop_oneof![
            vec(any::<u8>(), 0..64),
            Just(br#"{"order_id":"o","note":"","lines":[],"quantity":1,"count":2,"gift":true}"#.to_vec()),
        ],
    ) {
        let options = DecodeOptions::default();
        for binding in BINDINGS {
            if let Ok(decoded) = from_binary::<OrderPlaced, _, _>(&headers, &body, binding, &options) {
                let (h, b) = to_binary(&decoded, binding).unwrap();
                let back = from_binary::<OrderPlaced, _, _>(&h, &b, binding, &options).unwrap();
                prop_assert_eq!(view(&back, true), view(&decoded, true));
            }
        }
    }
}
