//! The fast path of [`Envelope::from_json`]: one pass over the usual CloudEvent, with no
//! intermediate attribute table.
//!
//! It reads an object whose attribute values are strings without escapes (and
//! `dataversion` a plain integer, extensions strings, small integers or booleans), and
//! decodes `data` where it stands when `dataversion` came before it (as factum writes
//! it), so the data is parsed once. Anything else, and every error, is `None`: the general
//! path ([`parse::parse`](super::parse::parse), then validation) then decodes the input to the same envelope
//! or finds its exact error. This path only ever returns what that one returns (a
//! differential test in this module checks it on many inputs).

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::extensions::{ExtensionValue, Extensions};
use super::json::{Value, plain_string_end, plain_value, skip_plain_value, skip_whitespace};
use super::model::Envelope;
use super::names::{self, DATA_CONTENT_TYPE, at, known_index};
use super::options::DecodeOptions;
use super::raw::SCAN_LIMIT;
use super::texts::Texts;
use super::trace::TraceParent;
use super::validate;
use crate::Versioned;
use crate::version::DataText;

/// `"name":` for each of [`names::KNOWN`], in its order.
const MEMBER_STARTS: [&str; names::KNOWN.len()] = {
    macro_rules! starts {
        ($($name:literal),*) => { [$(concat!("\"", $name, "\":")),*] };
    }
    names::known_attributes!(starts)
};

/// `text` (already checked to be within the size limit) as an envelope of `E`, or
/// `None` to leave it to the general path.
pub(super) fn decode<E: Versioned>(text: &str, options: &DecodeOptions) -> Option<Envelope<E>> {
    let b = text.as_bytes();
    let mut known: [Option<&str>; names::KNOWN.len()] = [None; names::KNOWN.len()];
    let mut version: Option<u32> = None;
    // The data, decoded in place, or its text when `dataversion` came after it.
    let mut data: Option<(u32, E)> = None;
    let mut data_text: Option<&str> = None;
    // Where `data` is in `text`.
    let mut hole = 0..0;
    let mut extensions = Vec::new();

    let mut i = skip_whitespace(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_whitespace(b, i + 1);
    // The known attribute expected next: factum writes them in the order of `KNOWN`.
    let mut expected = 0;
    loop {
        // The expected member's start, `"name":`, compared at once; else any key
        // without escapes, then `:`.
        let (k, key) = if let Some(start) = MEMBER_STARTS.get(expected)
            && b.get(i..)
                .is_some_and(|rest| rest.starts_with(start.as_bytes()))
        {
            i = skip_whitespace(b, i + start.len());
            (Some(expected), names::KNOWN[expected])
        } else {
            let (key, next) = member_key(text, i)?;
            i = next;
            (known_index(key), key)
        };
        if let Some(k) = k {
            i = known_value(&mut known, &mut version, k, text, i)?;
            expected = k + 1;
        } else if key == "data" {
            if data.is_some() || data_text.is_some() || b.get(i) == Some(&b'n') {
                return None;
            }
            let rest = text.get(i..)?;
            if let Some(v) = version.or(options.assumed_version) {
                let mut input = DataText::prefix(rest);
                data = Some((v, E::decode_text(v, &mut input).ok()?));
                hole = i..i + input.end();
                i = hole.end;
            } else {
                let end = skip_plain_value(b, i, 0)?;
                data_text = Some(text.get(i..end)?);
                hole = i..end;
                i = end;
            }
        } else {
            i = extension(&mut extensions, key, text, i)?;
        }
        i = skip_whitespace(b, i);
        match b.get(i) {
            Some(b',') => i = skip_whitespace(b, i + 1),
            Some(b'}') => break,
            _ => return None,
        }
    }
    if skip_whitespace(b, i + 1) != b.len() {
        return None;
    }

    let attributes = known.iter().flatten().count() + usize::from(version.is_some());
    if attributes + extensions.len() > options.max_attributes || !check(&known, options, E::NAME) {
        return None;
    }
    let time = match known[at::TIME] {
        None => None,
        Some(t) => Some(OffsetDateTime::parse(t, &Rfc3339).ok()?),
    };
    // The version as the general path takes it: the attribute, else the assumed one
    // (which the data was decoded as if `dataversion` came after it).
    let version = version.or(options.assumed_version)?;
    let data = match (data, data_text) {
        (Some((v, data)), _) if v == version => data,
        (None, Some(text)) => E::decode_version(version, text).ok()?,
        _ => return None,
    };
    let texts = Texts::from_input(
        text,
        hole,
        [
            known[at::ID],
            known[at::SOURCE],
            known[at::TYPE],
            known[at::DATACONTENTTYPE],
            known[at::DATASCHEMA].filter(|_| version == E::VERSION),
            known[at::SUBJECT],
            known[at::PARTITIONKEY],
            known[at::CORRELATIONID],
            known[at::CAUSATIONID],
            known[at::TRACESTATE],
            known[at::SEQUENCE],
        ],
    );
    Some(Envelope {
        texts,
        time,
        traceparent: known[at::TRACEPARENT].map(TraceParent::from_valid),
        decoded_version: version,
        extensions: Extensions(extensions),
        data,
    })
}

/// The key of the member at `i` (a string without escapes), and the index of its value.
fn member_key(text: &str, i: usize) -> Option<(&str, usize)> {
    let b = text.as_bytes();
    if b.get(i) != Some(&b'"') {
        return None;
    }
    let end = plain_string_end(b, i + 1)?;
    let key = text.get(i + 1..end)?;
    let i = skip_whitespace(b, end + 1);
    if b.get(i) != Some(&b':') {
        return None;
    }
    Some((key, skip_whitespace(b, i + 1)))
}

/// Reads the value of known attribute `k` at `i` (a string, or `dataversion`'s
/// integer); the index after it.
fn known_value<'a>(
    known: &mut [Option<&'a str>; names::KNOWN.len()],
    version: &mut Option<u32>,
    k: usize,
    text: &'a str,
    i: usize,
) -> Option<usize> {
    let b = text.as_bytes();
    if known[k].is_some() || (k == at::DATAVERSION && version.is_some()) {
        return None;
    }
    if k == at::DATAVERSION {
        let (Value::Int(n), next) = plain_value(text, i)? else {
            return None;
        };
        *version = Some(u32::try_from(n).ok().filter(|&n| n >= 1)?);
        Some(next)
    } else {
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let end = plain_string_end(b, i + 1)?;
        known[k] = Some(text.get(i + 1..end)?);
        Some(end + 1)
    }
}

/// Reads the value of extension `key` at `i` into `extensions`; the index after it.
fn extension(
    extensions: &mut Vec<(String, ExtensionValue)>,
    key: &str,
    text: &str,
    i: usize,
) -> Option<usize> {
    // `data_base64` is left to the general path.
    if key == "data_base64" || validate::extension_name_problem(key).is_some() {
        return None;
    }
    let (value, next) = plain_value(text, i)?;
    let value = match value {
        Value::Null => return Some(next),
        Value::Str(s) => ExtensionValue::String(s.into_owned()),
        Value::Int(n) => ExtensionValue::Integer(n),
        Value::Bool(v) => ExtensionValue::Boolean(v),
        _ => return None,
    };
    // Many extensions (and a duplicate) are left to the general path, which finds
    // duplicates with a set: here a scan of at most `SCAN_LIMIT`.
    if extensions.len() == SCAN_LIMIT || extensions.iter().any(|(n, _)| n == key) {
        return None;
    }
    extensions.push((key.to_owned(), value));
    Some(next)
}

/// The checks of the general path but `time`'s, as yes or no, for an event named `name`.
fn check(known: &[Option<&str>; names::KNOWN.len()], options: &DecodeOptions, name: &str) -> bool {
    let (Some("1.0"), Some(id), Some(source), Some(ty)) = (
        known[at::SPECVERSION],
        known[at::ID],
        known[at::SOURCE],
        known[at::TYPE],
    ) else {
        return false;
    };
    let non_empty = |k: usize| known[k].is_none_or(|s| !s.is_empty());
    if id.is_empty()
        || ty.is_empty()
        || validate::uri_problem(source, false).is_some()
        || !options.type_style.matches(ty, name)
        || ![
            at::DATACONTENTTYPE,
            at::DATASCHEMA,
            at::SUBJECT,
            at::PARTITIONKEY,
            at::CORRELATIONID,
            at::CAUSATIONID,
            at::SEQUENCE,
        ]
        .into_iter()
        .all(non_empty)
    {
        return false;
    }
    if let Some(ct) = known[at::DATACONTENTTYPE]
        && ct != DATA_CONTENT_TYPE
        && (validate::media_type_problem(ct).is_some() || !validate::is_json_media_type(ct))
    {
        return false;
    }
    if let Some(schema) = known[at::DATASCHEMA]
        && validate::uri_problem(schema, true).is_some()
    {
        return false;
    }
    if let Some(t) = known[at::TRACEPARENT]
        && validate::traceparent_problem(t).is_some()
    {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use serde::{Deserialize, Serialize};

    use super::*;
    use crate::envelope::DecodeError;
    use crate::message::MessageKind;
    use crate::version::{DataError, decode_exact, unsupported, upcast};
    use crate::{Event, Message};

    /// Two versions of an event, implemented by hand as the derive would (this crate
    /// cannot use its own derives).
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct PlacedV1 {
        order_id: String,
        total: f64,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct Placed {
        order_id: String,
        total_minor: i64,
        #[serde(default)]
        lines: Vec<u32>,
    }

    impl From<PlacedV1> for Placed {
        #[allow(clippy::cast_possible_truncation)]
        fn from(v1: PlacedV1) -> Self {
            Placed {
                order_id: v1.order_id,
                total_minor: (v1.total * 100.0) as i64,
                lines: Vec::new(),
            }
        }
    }

    macro_rules! event {
        ($ty:ty, $version:expr) => {
            impl Message for $ty {
                const NAME: &'static str = "OrderPlaced";
                const KIND: MessageKind = MessageKind::Event;
                const VERSION: u32 = $version;
                const KEY: Option<&'static str> = Some("order_id");
                const VARIANTS: &'static [&'static str] = &[];
                fn partition_key(&self) -> Option<Cow<'_, str>> {
                    Some(Cow::Borrowed(&self.order_id))
                }
                fn variant_name(&self) -> Option<&'static str> {
                    None
                }
            }
            impl Event for $ty {}
        };
    }
    event!(PlacedV1, 1);
    event!(Placed, 2);

    impl Versioned for PlacedV1 {
        const OLDEST_VERSION: u32 = 1;
        fn decode_text(version: u32, data: &mut DataText<'_>) -> Result<Self, DataError> {
            if version == 1 {
                decode_exact(data)
            } else {
                Err(unsupported::<Self>(version))
            }
        }
    }

    impl Versioned for Placed {
        const OLDEST_VERSION: u32 = 1;
        fn decode_text(version: u32, data: &mut DataText<'_>) -> Result<Self, DataError> {
            if version == 2 {
                decode_exact(data)
            } else if version == 1 {
                PlacedV1::decode_text(version, data).map(upcast::<PlacedV1, Self>)
            } else {
                Err(unsupported::<Self>(version))
            }
        }
    }

    /// The general path alone.
    fn general(text: &str, options: &DecodeOptions) -> Result<Envelope<Placed>, DecodeError> {
        Envelope::<Placed>::from_json_general(text.as_bytes(), options)
    }

    /// Where the fast path returns an envelope, the general path returns the same one.
    fn assert_agrees(text: &str, options: &DecodeOptions) -> bool {
        let Some(fast) = decode::<Placed>(text, options) else {
            return false;
        };
        assert_eq!(Ok(&fast), general(text, options).as_ref(), "{text:?}");
        true
    }

    const FULL: &str = concat!(
        r#"{"specversion":"1.0","id":"0190b3a2-0000-7000-8000-000000000002","#,
        r#""source":"/checkout/orders","type":"OrderPlaced","time":"2026-11-22T10:15:30.25Z","#,
        r#""datacontenttype":"application/json","#,
        r#""dataschema":"https://c.example.com/OrderPlaced/v2.schema.json","#,
        r#""subject":"orders/o-1","partitionkey":"o-1","correlationid":"c-1","#,
        r#""causationid":"0190b3a2-0000-7000-8000-000000000001","#,
        r#""traceparent":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01","#,
        r#""tracestate":"v=1","sequence":"42","dataversion":2,"#,
        r#""flag":true,"n":-12,"none":null,"ext":"x","#,
        r#""data":{"order_id":"o-1","total_minor":2500,"lines":[1,2]}}"#
    );

    /// Variations on `FULL`: attributes moved, removed, duplicated, retyped.
    fn variations() -> Vec<String> {
        let mut cases = vec![
            FULL.to_owned(),
            FULL.replace(r#""dataversion":2,"#, "")
                .replace(r#""data":"#, r#""dataversion":2,"data":"#),
            // `data` before `dataversion`, as other SDKs write it.
            FULL.replace(r#""dataversion":2,"#, "")
                .strip_suffix('}')
                .map(|s| format!(r#"{s},"dataversion":2}}"#))
                .unwrap(),
            FULL.replace(r#""dataversion":2"#, r#""dataversion":1"#)
                .replace(r#""total_minor":2500"#, r#""total":25.5"#),
            FULL.replace(r#""dataversion":2"#, r#""dataversion":"2""#),
            FULL.replace(r#""dataversion":2"#, r#""dataversion":3"#),
            FULL.replace(r#""dataversion":2"#, r#""dataversion":0"#),
            FULL.replace(r#""dataversion":2,"#, ""),
            FULL.replace(
                "application/json",
                "application/cloudevents+json; charset=utf-8",
            ),
            FULL.replace("application/json", "text/plain"),
            FULL.replace(r#""type":"OrderPlaced""#, r#""type":"OrderShipped""#),
            FULL.replace(
                r#""type":"OrderPlaced""#,
                r#""type":"com.example.OrderPlaced""#,
            ),
            FULL.replace(r#""ext":"x""#, r#""ext":"x","ext":"y""#),
            FULL.replace(r#""ext":"x""#, r#""ext":"x","Ext":"y""#),
            FULL.replace(r#""ext":"x""#, r#""ext":1.5"#),
            FULL.replace(r#""ext":"x""#, r#""data_base64":"AA==""#),
            FULL.replace(r#""subject":"orders/o-1""#, r#""subject":"""#),
            FULL.replace(r#""tracestate":"v=1""#, r#""tracestate":"""#),
            FULL.replace(r#""id":"0190"#, r#""id":"","x":"0190"#),
            FULL.replace(
                r#""subject":"orders/o-1""#,
                r#""subject":"orders/o-1","subject":"b""#,
            ),
            FULL.replace(r#""data":{"#, r#""data":null,"d":{"#),
            FULL.replace(r#""sequence":"42""#, r#""sequence":42"#),
            FULL.replace("2026-11-22T10:15:30.25Z", "2026-11-22T10:15:30.25+01:00"),
            FULL.replace("2026-11-22T10:15:30.25Z", "2026-11-22 10:15:30Z"),
        ];
        // Every byte replaced by interesting ones, and every prefix.
        let interesting = [
            b' ', b'"', b'\\', b'{', b'}', b',', b':', b'0', b'1', b'-', b'.', b'n', b'x', b'%',
            b'/', 0x01,
        ];
        cases.extend(super::super::mutations::mutations(FULL, &interesting));
        cases
    }

    #[test]
    fn the_fast_path_returns_what_the_general_path_returns() {
        let styles = [
            DecodeOptions::default(),
            DecodeOptions::default().with_assumed_version(1),
            DecodeOptions::default().with_assumed_version(2),
            DecodeOptions::default()
                .with_type_style(super::super::TypeStyle::Prefixed("com.example".into())),
        ];
        let mut fast = 0;
        let cases = variations();
        for options in &styles {
            for case in &cases {
                fast += usize::from(assert_agrees(case, options));
            }
        }
        // The usual shapes take the fast path.
        for case in &cases[..4] {
            assert!(decode::<Placed>(case, &styles[0]).is_some(), "{case}");
        }
        assert!(fast > 1000, "{fast} of {}", cases.len() * styles.len());
    }

    #[test]
    fn member_starts_name_the_known_attributes() {
        for (start, name) in MEMBER_STARTS.iter().zip(names::KNOWN) {
            assert_eq!(*start, format!("\"{name}\":"));
        }
    }

    #[test]
    fn data_decoded_in_place_ends_where_the_value_ends() {
        for data in [
            r#"{"order_id":"o","total_minor":1}"#,
            r#" { "order_id" : "o" , "total_minor" : 1 } "#,
        ] {
            for rest in ["}", ",\"x\":1}", "   }"] {
                let text = format!("{data}{rest}");
                let mut input = DataText::prefix(&text);
                let placed = Placed::decode_text(2, &mut input).unwrap();
                assert_eq!(placed.total_minor, 1);
                assert_eq!(
                    &text[input.end()..].trim_start(),
                    &rest.trim_start(),
                    "{text}"
                );
            }
        }
    }
}
