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

use std::marker::PhantomData;

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
use crate::version::DataText;
use crate::{Inbox, Versioned};

/// `"name":` for each of [`names::KNOWN`], in its order.
const MEMBER_STARTS: [&str; names::KNOWN.len()] = {
    macro_rules! starts {
        ($($name:literal),*) => { [$(concat!("\"", $name, "\":")),*] };
    }
    names::known_attributes!(starts)
};

/// What the fast path decodes `data` into: one event type ([`OneEvent`], for
/// [`Envelope::from_json`]) or a consumer's inbox ([`InboxOf`], for
/// [`receive`](super::receive)).
pub(super) trait Target {
    /// The decoded data.
    type Data;
    /// The newest version of the event `ty` names, if this target reads it.
    fn newest(ty: &str, options: &DecodeOptions) -> Option<u32>;
    /// The data at the start of `input`, written as `version` of the event `ty` (the
    /// type, if read before the data), its end recorded in `input`.
    fn decode_at(
        ty: Option<&str>,
        version: u32,
        input: &mut DataText<'_>,
        options: &DecodeOptions,
    ) -> InPlace<Self::Data>;
    /// The data `text` of event `ty`, written as `version`.
    fn decode_text(
        ty: &str,
        version: u32,
        text: &str,
        options: &DecodeOptions,
    ) -> Option<Self::Data>;
}

/// What decoding data where it stands gave.
pub(super) enum InPlace<T> {
    Decoded(T),
    /// It does not decode (the general path says why).
    Broken,
    /// It cannot be decoded in place: scan it first, then decode it with
    /// [`Target::decode_text`].
    Scan,
}

/// The one event type `E`.
pub(super) struct OneEvent<E>(PhantomData<E>);

impl<E: Versioned> Target for OneEvent<E> {
    type Data = E;

    fn newest(ty: &str, options: &DecodeOptions) -> Option<u32> {
        options
            .type_style
            .matches(ty, E::NAME)
            .then_some(E::VERSION)
    }

    fn decode_at(
        _: Option<&str>,
        version: u32,
        input: &mut DataText<'_>,
        _: &DecodeOptions,
    ) -> InPlace<E> {
        match E::decode_text(version, input) {
            Ok(data) => InPlace::Decoded(data),
            Err(_) => InPlace::Broken,
        }
    }

    fn decode_text(_: &str, version: u32, text: &str, _: &DecodeOptions) -> Option<E> {
        E::decode_version(version, text).ok()
    }
}

/// The events of the inbox `I`: decoded in place when the type came before the data
/// (as factum writes it) and the inbox can (a derived one), else scanned first.
pub(super) struct InboxOf<I>(PhantomData<I>);

impl<I: Inbox> InboxOf<I> {
    fn index(ty: &str, options: &DecodeOptions) -> Option<usize> {
        I::NAMES
            .iter()
            .position(|name| options.type_style.matches(ty, name))
    }
}

impl<I: Inbox> Target for InboxOf<I> {
    type Data = I;

    fn newest(ty: &str, options: &DecodeOptions) -> Option<u32> {
        Self::index(ty, options).map(|i| I::VERSIONS[i])
    }

    fn decode_at(
        ty: Option<&str>,
        version: u32,
        input: &mut DataText<'_>,
        options: &DecodeOptions,
    ) -> InPlace<I> {
        let Some(ty) = ty else {
            return InPlace::Scan;
        };
        // Not one of the inbox's types: the general path says so.
        let Some(index) = Self::index(ty, options) else {
            return InPlace::Broken;
        };
        match I::decode_event_at(I::NAMES[index], version, input) {
            Some(Ok(Some(data))) => InPlace::Decoded(data),
            Some(_) => InPlace::Broken,
            None => InPlace::Scan,
        }
    }

    fn decode_text(ty: &str, version: u32, text: &str, options: &DecodeOptions) -> Option<I> {
        let name = I::NAMES[Self::index(ty, options)?];
        I::decode_event(name, version, text).ok().flatten()
    }
}

/// `text` (already checked to be within the size limit) as an envelope of `T`'s data,
/// or `None` to leave it to the general path (which also tells "not one of `T`'s
/// types" apart).
pub(super) fn decode<T: Target>(text: &str, options: &DecodeOptions) -> Option<Envelope<T::Data>> {
    let b = text.as_bytes();
    let mut known: [Option<&str>; names::KNOWN.len()] = [None; names::KNOWN.len()];
    let mut version: Option<u32> = None;
    // The data, decoded in place, or its text when `dataversion` came after it.
    let mut data: Option<(u32, T::Data)> = None;
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
            let (v, mut input) = (
                version.or(options.assumed_version),
                DataText::prefix(text.get(i..)?),
            );
            match v.map_or(InPlace::Scan, |v| {
                T::decode_at(known[at::TYPE], v, &mut input, options)
            }) {
                InPlace::Decoded(decoded) => data = Some((v?, decoded)),
                InPlace::Broken => return None,
                InPlace::Scan => data_text = Some(text.get(i..skip_plain_value(b, i, 0)?)?),
            }
            hole = i..i + data_text.map_or_else(|| input.end(), str::len);
            i = hole.end;
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
    if attributes + extensions.len() > options.max_attributes || !check(&known) {
        return None;
    }
    let ty = known[at::TYPE]?;
    let newest = T::newest(ty, options)?;
    let time = match known[at::TIME] {
        None => None,
        Some(t) => Some(OffsetDateTime::parse(t, &Rfc3339).ok()?),
    };
    // The version as the general path takes it: the attribute, else the assumed one
    // (which the data was decoded as if `dataversion` came after it).
    let version = version.or(options.assumed_version)?;
    let data = match (data, data_text) {
        (Some((v, data)), _) if v == version => data,
        (None, Some(text)) => T::decode_text(ty, version, text, options)?,
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
            known[at::DATASCHEMA].filter(|_| version == newest),
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

/// The checks of the general path but `time`'s and the type's, as yes or no.
fn check(known: &[Option<&str>; names::KNOWN.len()]) -> bool {
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
        let Some(fast) = decode::<OneEvent<Placed>>(text, options) else {
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
            assert!(
                decode::<OneEvent<Placed>>(case, &styles[0]).is_some(),
                "{case}"
            );
        }
        assert!(fast > 1000, "{fast} of {}", cases.len() * styles.len());
    }

    /// An inbox of `Placed` and a second event, implemented by hand as the derive would.
    #[derive(Debug, PartialEq)]
    enum Orders {
        Placed(Placed),
        Cancelled(String),
    }

    impl crate::Inbox for Orders {
        const NAMES: &'static [&'static str] = &["OrderPlaced", "OrderCancelled"];
        const VERSIONS: &'static [u32] = &[2, 1];

        fn decode_event(name: &str, version: u32, data: &str) -> Result<Option<Self>, DataError> {
            match name {
                "OrderPlaced" => {
                    Placed::decode_version(version, data).map(|p| Some(Orders::Placed(p)))
                }
                "OrderCancelled" if version == 1 => serde_json::from_str(data)
                    .map(|id| Some(Orders::Cancelled(id)))
                    .map_err(|err| DataError::Invalid {
                        name: "OrderCancelled",
                        version,
                        path: ".".to_owned(),
                        message: err.to_string(),
                    }),
                "OrderCancelled" => Err(unsupported::<Placed>(version)),
                _ => Ok(None),
            }
        }

        // `OrderPlaced` in place, as the derive writes it; `OrderCancelled` scanned first.
        fn decode_event_at(
            name: &str,
            version: u32,
            data: &mut DataText<'_>,
        ) -> Option<Result<Option<Self>, DataError>> {
            (name == "OrderPlaced")
                .then(|| Placed::decode_text(version, data).map(|p| Some(Orders::Placed(p))))
        }

        fn event_name(&self) -> &'static str {
            match self {
                Orders::Placed(_) => "OrderPlaced",
                Orders::Cancelled(_) => "OrderCancelled",
            }
        }
    }

    #[test]
    fn the_fast_path_receives_what_the_general_path_receives() {
        let options = [
            DecodeOptions::default(),
            DecodeOptions::default().with_assumed_version(1),
        ];
        let mut cases = variations();
        cases.push(
            FULL.replace(r#""type":"OrderPlaced""#, r#""type":"OrderCancelled""#)
                .replace(r#""dataversion":2"#, r#""dataversion":1"#)
                .replace(
                    r#"{"order_id":"o-1","total_minor":2500,"lines":[1,2]}"#,
                    r#""o-1""#,
                ),
        );
        let mut fast = 0;
        for options in &options {
            for case in &cases {
                let general =
                    super::super::inbox::receive_general::<Orders>(case.as_bytes(), options);
                if let Some(envelope) = decode::<InboxOf<Orders>>(case, options) {
                    assert_eq!(
                        Ok(Some(&envelope)),
                        general.as_ref().map(Option::as_ref),
                        "{case}"
                    );
                    fast += 1;
                }
            }
        }
        let cancelled = cases.last().unwrap();
        let received = decode::<InboxOf<Orders>>(cancelled, &options[0]).unwrap();
        assert_eq!(received.data(), &Orders::Cancelled("o-1".into()));
        for case in &cases[..4] {
            assert!(
                decode::<InboxOf<Orders>>(case, &options[0]).is_some(),
                "{case}"
            );
        }
        assert!(fast > 500, "{fast} of {}", cases.len() * options.len());
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
