//! Parsing a structured CloudEvent or a binary message into attributes, with borrowed
//! strings, and validating them; shared by the typed decoders and by [`check`](super::check).

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::error::{AttributeError, DecodeError};
use super::validate;
use super::{DecodeOptions, ExtensionValue};

/// Calls macro `$then` with the names of the attributes factum knows, in the order they
/// are checked and written: the one list behind [`KNOWN`] and the fast path's member
/// starts.
macro_rules! known_attributes {
    ($then:ident) => {
        $then!(
            "specversion",
            "id",
            "source",
            "type",
            "time",
            "datacontenttype",
            "dataschema",
            "subject",
            "partitionkey",
            "correlationid",
            "causationid",
            "traceparent",
            "tracestate",
            "sequence",
            "dataversion"
        )
    };
}
pub(crate) use known_attributes;

/// The attributes factum knows, in the order they are checked and written.
pub(crate) const KNOWN: [&str; 15] = {
    macro_rules! names {
        ($($name:literal),*) => { [$($name),*] };
    }
    known_attributes!(names)
};

/// Indexes in [`KNOWN`].
pub(crate) mod at {
    pub(crate) const SPECVERSION: usize = 0;
    pub(crate) const ID: usize = 1;
    pub(crate) const SOURCE: usize = 2;
    pub(crate) const TYPE: usize = 3;
    pub(crate) const TIME: usize = 4;
    pub(crate) const DATACONTENTTYPE: usize = 5;
    pub(crate) const DATASCHEMA: usize = 6;
    pub(crate) const SUBJECT: usize = 7;
    pub(crate) const PARTITIONKEY: usize = 8;
    pub(crate) const CORRELATIONID: usize = 9;
    pub(crate) const CAUSATIONID: usize = 10;
    pub(crate) const TRACEPARENT: usize = 11;
    pub(crate) const TRACESTATE: usize = 12;
    pub(crate) const SEQUENCE: usize = 13;
    pub(crate) const DATAVERSION: usize = 14;
}

/// The index of `name` in [`KNOWN`]: picked by length and a byte, then compared once
/// with a constant array (which compiles to a few loads rather than a call).
#[inline]
pub(crate) fn known_index(name: &str) -> Option<usize> {
    fn is<const N: usize>(b: &[u8], known: &[u8; N]) -> bool {
        <&[u8; N]>::try_from(b).is_ok_and(|b| b == known)
    }
    let b = name.as_bytes();
    match (b.len(), *b.first()?) {
        (11, b's') => is(b, b"specversion").then_some(at::SPECVERSION),
        (2, _) => is(b, b"id").then_some(at::ID),
        (6, _) => is(b, b"source").then_some(at::SOURCE),
        (4, b't') if b[1] == b'y' => is(b, b"type").then_some(at::TYPE),
        (4, _) => is(b, b"time").then_some(at::TIME),
        (15, _) => is(b, b"datacontenttype").then_some(at::DATACONTENTTYPE),
        (10, b'd') => is(b, b"dataschema").then_some(at::DATASCHEMA),
        (7, _) => is(b, b"subject").then_some(at::SUBJECT),
        (12, _) => is(b, b"partitionkey").then_some(at::PARTITIONKEY),
        (13, _) => is(b, b"correlationid").then_some(at::CORRELATIONID),
        (11, b'c') => is(b, b"causationid").then_some(at::CAUSATIONID),
        (11, b't') => is(b, b"traceparent").then_some(at::TRACEPARENT),
        (10, _) => is(b, b"tracestate").then_some(at::TRACESTATE),
        (8, _) => is(b, b"sequence").then_some(at::SEQUENCE),
        (11, _) => is(b, b"dataversion").then_some(at::DATAVERSION),
        _ => None,
    }
}

/// Names an extension cannot have: the known attributes and the data members.
pub(crate) fn is_reserved(name: &str) -> bool {
    KNOWN.contains(&name) || name == "data" || name == "data_base64"
}

/// A JSON value as far as attribute decoding cares.
#[derive(Debug)]
pub(crate) enum Value<'a> {
    Null,
    Bool(bool),
    Int(i64),
    BigInt,
    Float,
    Str(Cow<'a, str>),
    Array,
    Object,
}

impl Value<'_> {
    fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Int(_) | Value::BigInt | Value::Float => "number",
            Value::Str(_) => "string",
            Value::Array => "array",
            Value::Object => "object",
        }
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value<'de>, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value<'de>, E> {
        Ok(Value::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value<'de>, E> {
        Ok(i64::try_from(v).map_or(Value::BigInt, Value::Int))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Value<'de>, E> {
        Ok(Value::Float)
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Owned(v)))
    }
    fn visit_unit<E>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value<'de>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Value::Array)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value<'de>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Value::Object)
    }
}

impl<'de> Deserialize<'de> for Value<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

/// An object key, borrowed unless it has escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match d.deserialize_str(ValueVisitor)? {
            Value::Str(s) => Ok(Key(s)),
            other => Err(de::Error::invalid_type(
                de::Unexpected::Other(other.type_name()),
                &"a string",
            )),
        }
    }
}

/// The members of a CloudEvent before validation.
#[derive(Debug, Default)]
pub(crate) struct Raw<'a> {
    known: [Option<Value<'a>>; KNOWN.len()],
    extensions: Vec<(Cow<'a, str>, Value<'a>)>,
    data: Option<&'a str>,
    data_base64: Option<Value<'a>>,
    duplicate: Option<String>,
}

impl<'a> Raw<'a> {
    /// Records one member; `null` is absent (JSON format, section 2.4).
    pub(crate) fn insert(&mut self, name: Cow<'a, str>, value: Value<'a>) {
        if matches!(value, Value::Null) {
            return;
        }
        let slot = if let Some(i) = known_index(&name) {
            &mut self.known[i]
        } else if name == "data_base64" {
            &mut self.data_base64
        } else {
            if self.extensions.iter().any(|(n, _)| *n == name) {
                self.duplicate.get_or_insert_with(|| name.into_owned());
            } else {
                self.extensions.push((name, value));
            }
            return;
        };
        if slot.is_some() {
            self.duplicate.get_or_insert_with(|| name.into_owned());
        } else {
            *slot = Some(value);
        }
    }

    /// Records one binary-mode header. `content-type` and `ce_datacontenttype` both name
    /// the data's media type, and some producers write both (the JavaScript SDK does, in
    /// Kafka binary mode): agreeing values are one attribute, differing ones a duplicate.
    pub(crate) fn insert_header(&mut self, name: Cow<'a, str>, value: Cow<'a, str>) {
        if name == "datacontenttype"
            && matches!(&self.known[at::DATACONTENTTYPE], Some(Value::Str(existing)) if *existing == value)
        {
            return;
        }
        self.insert(name, Value::Str(value));
    }

    /// Records the data's JSON text (structured `data`, or a binary body).
    pub(crate) fn set_data(&mut self, text: &'a str) {
        if self.data.is_some() {
            self.duplicate.get_or_insert_with(|| "data".to_owned());
        } else if text != "null" {
            self.data = Some(text);
        }
    }

    /// Takes known attribute `i` (an index in [`KNOWN`], one of the constants in [`at`]).
    fn take(&mut self, i: usize) -> Option<Value<'a>> {
        self.known[i].take()
    }

    fn string(&mut self, i: usize) -> Result<Option<Cow<'a, str>>, DecodeError> {
        let name = KNOWN[i];
        match self.take(i) {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s)),
            Some(other) => Err(DecodeError::WrongType {
                attribute: name.to_owned(),
                expected: "a string",
                found: other.type_name(),
            }),
        }
    }

    fn required(&mut self, i: usize) -> Result<Cow<'a, str>, DecodeError> {
        let name = KNOWN[i];
        let s = self
            .string(i)?
            .ok_or(DecodeError::Missing { attribute: name })?;
        if s.is_empty() {
            return Err(AttributeError::new(name, "must not be empty").into());
        }
        Ok(s)
    }

    fn non_empty(&mut self, i: usize) -> Result<Option<Cow<'a, str>>, DecodeError> {
        let name = KNOWN[i];
        match self.string(i)? {
            Some(s) if s.is_empty() => Err(AttributeError::new(name, "must not be empty").into()),
            other => Ok(other),
        }
    }

    /// Validates every member, in a fixed order (so the first error is stable).
    pub(crate) fn validate(mut self) -> Result<Attributes<'a>, DecodeError> {
        match self.string(at::SPECVERSION)? {
            None => {
                return Err(DecodeError::Missing {
                    attribute: "specversion",
                });
            }
            Some(v) if v != "1.0" => {
                return Err(DecodeError::SpecVersion {
                    found: v.into_owned(),
                });
            }
            Some(_) => {}
        }
        if let Some(name) = self.duplicate.take() {
            return Err(AttributeError::new(name, "appears more than once").into());
        }
        let id = self.required(at::ID)?;
        let source = self.required(at::SOURCE)?;
        check(&source, "source", "is not a URI-reference", |s| {
            validate::uri_problem(s, false)
        })?;
        let ty = self.required(at::TYPE)?;
        let time = match self.string(at::TIME)? {
            None => None,
            Some(t) => Some(OffsetDateTime::parse(&t, &Rfc3339).map_err(|e| {
                AttributeError::new("time", format!("`{t}` is not an RFC 3339 timestamp: {e}"))
            })?),
        };
        let datacontenttype = self.non_empty(at::DATACONTENTTYPE)?;
        if let Some(ct) = &datacontenttype {
            check(ct, "datacontenttype", "is not a media type", |s| {
                validate::media_type_problem(s).map(str::to_owned)
            })?;
        }
        let dataschema = self.non_empty(at::DATASCHEMA)?;
        if let Some(schema) = &dataschema {
            check(schema, "dataschema", "is not a URI", |s| {
                validate::uri_problem(s, true)
            })?;
        }
        let subject = self.non_empty(at::SUBJECT)?;
        let partitionkey = self.non_empty(at::PARTITIONKEY)?;
        let correlationid = self.non_empty(at::CORRELATIONID)?;
        let causationid = self.non_empty(at::CAUSATIONID)?;
        let traceparent = self.string(at::TRACEPARENT)?;
        if let Some(t) = &traceparent {
            check(t, "traceparent", "is not a W3C traceparent", |s| {
                validate::traceparent_problem(s).map(str::to_owned)
            })?;
        }
        let tracestate = self.string(at::TRACESTATE)?;
        let sequence = self.non_empty(at::SEQUENCE)?;
        let version = self.take(at::DATAVERSION).map(dataversion).transpose()?;
        let extensions = std::mem::take(&mut self.extensions)
            .into_iter()
            .map(|(name, value)| {
                let value = extension_value(&name, value)?;
                Ok((name.into_owned(), value))
            })
            .collect::<Result<Vec<_>, DecodeError>>()?;
        let data_base64 = match self.data_base64 {
            None => None,
            Some(Value::Str(s)) => Some(s),
            Some(other) => {
                return Err(DecodeError::WrongType {
                    attribute: "data_base64".to_owned(),
                    expected: "a string",
                    found: other.type_name(),
                });
            }
        };
        if self.data.is_some() && data_base64.is_some() {
            return Err(AttributeError::new(
                "data_base64",
                "an event has `data` or `data_base64`, not both",
            )
            .into());
        }
        Ok(Attributes {
            id,
            source,
            ty,
            time,
            datacontenttype,
            dataschema,
            subject,
            partitionkey,
            correlationid,
            causationid,
            traceparent,
            tracestate,
            sequence,
            version,
            extensions,
            data: self.data,
            data_base64,
        })
    }
}

/// `Err` with ``"`value` <what>: <problem>"`` when `problem` finds one.
fn check(
    value: &str,
    attribute: &'static str,
    what: &str,
    problem: impl FnOnce(&str) -> Option<String>,
) -> Result<(), AttributeError> {
    match problem(value) {
        None => Ok(()),
        Some(problem) => Err(AttributeError::new(
            attribute,
            format!("`{value}` {what}: {problem}"),
        )),
    }
}

fn dataversion(value: Value<'_>) -> Result<u32, DecodeError> {
    match value {
        Value::Int(n) => version_number(&n.to_string()),
        Value::Str(s) => version_number(&s),
        Value::BigInt => version_number("a number over 2^63"),
        other => Err(DecodeError::WrongType {
            attribute: "dataversion".to_owned(),
            expected: "an integer",
            found: other.type_name(),
        }),
    }
}

fn extension_value(name: &str, value: Value<'_>) -> Result<ExtensionValue, DecodeError> {
    if let Some(problem) = validate::extension_name_problem(name) {
        return Err(AttributeError::new(name, problem).into());
    }
    match value {
        Value::Str(s) => Ok(ExtensionValue::String(s.into_owned())),
        Value::Bool(b) => Ok(ExtensionValue::Boolean(b)),
        Value::Int(n) => Ok(ExtensionValue::Integer(n)),
        Value::BigInt => Err(AttributeError::new(name, "integer out of range").into()),
        Value::Float => Err(AttributeError::new(
            name,
            "a number that is not an integer; attribute values are strings, integers or booleans",
        )
        .into()),
        other @ (Value::Null | Value::Array | Value::Object) => Err(DecodeError::WrongType {
            attribute: name.to_owned(),
            expected: "a string, an integer or a boolean",
            found: other.type_name(),
        }),
    }
}

fn version_number(s: &str) -> Result<u32, DecodeError> {
    match s.parse::<u32>() {
        Ok(n) if n >= 1 && s.bytes().all(|b| b.is_ascii_digit()) => Ok(n),
        _ => Err(AttributeError::new(
            "dataversion",
            format!(
                "expected a version number from 1 to {}, found `{s}`",
                u32::MAX
            ),
        )
        .into()),
    }
}

/// Validated attributes, borrowing from the input where it had no escapes.
#[derive(Debug)]
pub(crate) struct Attributes<'a> {
    pub(crate) id: Cow<'a, str>,
    pub(crate) source: Cow<'a, str>,
    pub(crate) ty: Cow<'a, str>,
    pub(crate) time: Option<OffsetDateTime>,
    pub(crate) datacontenttype: Option<Cow<'a, str>>,
    pub(crate) dataschema: Option<Cow<'a, str>>,
    pub(crate) subject: Option<Cow<'a, str>>,
    pub(crate) partitionkey: Option<Cow<'a, str>>,
    pub(crate) correlationid: Option<Cow<'a, str>>,
    pub(crate) causationid: Option<Cow<'a, str>>,
    pub(crate) traceparent: Option<Cow<'a, str>>,
    pub(crate) tracestate: Option<Cow<'a, str>>,
    pub(crate) sequence: Option<Cow<'a, str>>,
    pub(crate) version: Option<u32>,
    pub(crate) extensions: Vec<(String, ExtensionValue)>,
    pub(crate) data: Option<&'a str>,
    pub(crate) data_base64: Option<Cow<'a, str>>,
}

struct TopVisitor;

impl<'de> Visitor<'de> for TopVisitor {
    /// The members of an object, or the JSON type found instead.
    type Value = Result<Raw<'de>, &'static str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(
        self,
        mut map: A,
    ) -> Result<Result<Raw<'de>, &'static str>, A::Error> {
        let mut raw = Raw::default();
        while let Some(Key(key)) = map.next_key()? {
            if key == "data" {
                let data: &'de RawValue = map.next_value()?;
                raw.set_data(data.get());
            } else {
                raw.insert(key, map.next_value()?);
            }
        }
        Ok(Ok(raw))
    }
    fn visit_seq<A: SeqAccess<'de>>(
        self,
        seq: A,
    ) -> Result<Result<Raw<'de>, &'static str>, A::Error> {
        ValueVisitor.visit_seq(seq).map(|_| Err("array"))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Result<Raw<'de>, &'static str>, E> {
        Ok(Err("boolean"))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Result<Raw<'de>, &'static str>, E> {
        Ok(Err("number"))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Result<Raw<'de>, &'static str>, E> {
        Ok(Err("number"))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Result<Raw<'de>, &'static str>, E> {
        Ok(Err("number"))
    }
    fn visit_str<E>(self, _: &str) -> Result<Result<Raw<'de>, &'static str>, E> {
        Ok(Err("string"))
    }
    fn visit_unit<E>(self) -> Result<Result<Raw<'de>, &'static str>, E> {
        Ok(Err("null"))
    }
}

/// Refuses input over the size limit, then parses a structured CloudEvent.
pub(crate) fn parse<'a>(bytes: &'a [u8], options: &DecodeOptions) -> Result<Raw<'a>, DecodeError> {
    if bytes.len() > options.max_size {
        return Err(DecodeError::TooLarge {
            size: bytes.len(),
            limit: options.max_size,
        });
    }
    // One UTF-8 check of the whole input, then a `str` parser that checks no string again
    // (parsing the bytes checks every string on its own, at several times the cost).
    let text = std::str::from_utf8(bytes).map_err(|e| not_utf8(bytes, &e))?;
    if let Some(raw) = parse_plain(text) {
        return Ok(raw);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let top = de.deserialize_any(TopVisitor).map_err(|e| not_json(&e))?;
    de.end().map_err(|e| not_json(&e))?;
    top.map_err(|found| DecodeError::NotObject { found })
}

/// The fast path of [`parse`], for the usual CloudEvent: an object whose attribute values
/// are strings without escapes, booleans, `null` or small integers, and whose `data` is
/// any JSON value. `None` for anything else (other values, escapes, invalid JSON), which
/// the `serde_json` path then parses, to the same members or to its exact error: this one
/// only ever returns what that path returns.
fn parse_plain(text: &str) -> Option<Raw<'_>> {
    let b = text.as_bytes();
    let mut raw = Raw::default();
    let mut i = skip_whitespace(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_whitespace(b, i + 1);
    if b.get(i) == Some(&b'}') {
        i += 1;
    } else {
        loop {
            if b.get(i) != Some(&b'"') {
                return None;
            }
            let end = plain_string_end(b, i + 1)?;
            let key = text.get(i + 1..end)?;
            i = skip_whitespace(b, end + 1);
            if b.get(i) != Some(&b':') {
                return None;
            }
            i = skip_whitespace(b, i + 1);
            if key == "data" {
                // Any JSON value: skipped here when it is plain, else read as the
                // `serde_json` path reads it.
                let end = if let Some(end) = skip_plain_value(b, i, 0) {
                    end
                } else {
                    let mut values =
                        serde_json::Deserializer::from_str(text.get(i..)?).into_iter::<&RawValue>();
                    values.next()?.ok()?;
                    i + values.byte_offset()
                };
                raw.set_data(text.get(i..end)?);
                i = end;
            } else {
                let (value, next) = plain_value(text, i)?;
                raw.insert(Cow::Borrowed(key), value);
                i = next;
            }
            i = skip_whitespace(b, i);
            match b.get(i) {
                Some(b',') => i = skip_whitespace(b, i + 1),
                Some(b'}') => {
                    i += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    (skip_whitespace(b, i) == b.len()).then_some(raw)
}

/// How deep [`skip_plain_value`] goes before leaving a value to `serde_json`.
const PLAIN_DEPTH: usize = 32;

/// The index after the JSON value at `i`, when it is valid JSON whose strings have no
/// escapes (and not nested deeper than [`PLAIN_DEPTH`]); `None` otherwise, valid or not.
pub(crate) fn skip_plain_value(b: &[u8], i: usize, depth: usize) -> Option<usize> {
    match *b.get(i)? {
        b'"' => plain_string_end(b, i + 1).map(|end| end + 1),
        b'{' if depth < PLAIN_DEPTH => {
            let mut i = skip_whitespace(b, i + 1);
            if b.get(i) == Some(&b'}') {
                return Some(i + 1);
            }
            loop {
                if b.get(i) != Some(&b'"') {
                    return None;
                }
                i = skip_whitespace(b, plain_string_end(b, i + 1)? + 1);
                if b.get(i) != Some(&b':') {
                    return None;
                }
                i = skip_whitespace(b, i + 1);
                i = skip_whitespace(b, skip_plain_value(b, i, depth + 1)?);
                match b.get(i)? {
                    b',' => i = skip_whitespace(b, i + 1),
                    b'}' => return Some(i + 1),
                    _ => return None,
                }
            }
        }
        b'[' if depth < PLAIN_DEPTH => {
            let mut i = skip_whitespace(b, i + 1);
            if b.get(i) == Some(&b']') {
                return Some(i + 1);
            }
            loop {
                i = skip_whitespace(b, skip_plain_value(b, i, depth + 1)?);
                match b.get(i)? {
                    b',' => i = skip_whitespace(b, i + 1),
                    b']' => return Some(i + 1),
                    _ => return None,
                }
            }
        }
        b't' if b[i..].starts_with(b"true") => Some(i + 4),
        b'f' if b[i..].starts_with(b"false") => Some(i + 5),
        b'n' if b[i..].starts_with(b"null") => Some(i + 4),
        b'-' | b'0'..=b'9' => skip_number(b, i),
        _ => None,
    }
}

/// The index after the JSON number at `i`:
/// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
fn skip_number(b: &[u8], mut i: usize) -> Option<usize> {
    let digits = |b: &[u8], i: usize| {
        b.get(i..)
            .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count())
    };
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    match b.get(i)? {
        b'0' => i += 1,
        b'1'..=b'9' => i += digits(b, i),
        _ => return None,
    }
    if b.get(i) == Some(&b'.') {
        let n = digits(b, i + 1);
        if n == 0 {
            return None;
        }
        i += 1 + n;
    }
    if let Some(b'e' | b'E') = b.get(i) {
        i += 1;
        if let Some(b'+' | b'-') = b.get(i) {
            i += 1;
        }
        let n = digits(b, i);
        if n == 0 {
            return None;
        }
        i += n;
    }
    Some(i)
}

/// The index of the first byte at or after `i` that is not JSON whitespace.
#[inline]
pub(crate) fn skip_whitespace(b: &[u8], mut i: usize) -> usize {
    while let Some(b' ' | b'\n' | b'\r' | b'\t') = b.get(i) {
        i += 1;
    }
    i
}

/// The index of the closing quote of a string whose text starts at `i`, when the text has
/// no escape and no control character; `None` otherwise.
#[inline]
pub(crate) fn plain_string_end(b: &[u8], i: usize) -> Option<usize> {
    let end = super::next_escape(b, i);
    (b.get(end) == Some(&b'"')).then_some(end)
}

/// An attribute value at `i` and the index after it: a string without escapes, `true`,
/// `false`, `null`, or an integer of at most 18 digits (which `serde_json` reads as the
/// same `i64`); `None` for anything else.
pub(crate) fn plain_value(text: &str, i: usize) -> Option<(Value<'_>, usize)> {
    let b = text.as_bytes();
    let rest = b.get(i..)?;
    match *rest.first()? {
        b'"' => {
            let end = plain_string_end(b, i + 1)?;
            Some((Value::Str(Cow::Borrowed(text.get(i + 1..end)?)), end + 1))
        }
        b't' if rest.starts_with(b"true") => Some((Value::Bool(true), i + 4)),
        b'f' if rest.starts_with(b"false") => Some((Value::Bool(false), i + 5)),
        b'n' if rest.starts_with(b"null") => Some((Value::Null, i + 4)),
        b'-' | b'0'..=b'9' => {
            let negative = rest[0] == b'-';
            let digits = &rest[usize::from(negative)..];
            let len = digits.iter().take_while(|c| c.is_ascii_digit()).count();
            // No leading zero, no fraction or exponent, and no `-0` (a float to serde_json).
            if len == 0
                || len > 18
                || (len > 1 && digits[0] == b'0')
                || matches!(digits.get(len), Some(b'.' | b'e' | b'E'))
            {
                return None;
            }
            let mut n: i64 = 0;
            for &d in &digits[..len] {
                n = n * 10 + i64::from(d - b'0');
            }
            if negative {
                if n == 0 {
                    return None;
                }
                n = -n;
            }
            Some((Value::Int(n), i + usize::from(negative) + len))
        }
        _ => None,
    }
}

/// Input that is not UTF-8 is not JSON: say where, as the JSON parser would.
#[cold]
fn not_utf8(bytes: &[u8], err: &std::str::Utf8Error) -> DecodeError {
    let before = &bytes[..err.valid_up_to()];
    let line = before.split(|&b| b == b'\n').count();
    let column = 1 + before.len()
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
    DecodeError::NotJson {
        line,
        column,
        message: "invalid unicode code point".to_owned(),
    }
}

#[cold]
fn not_json(err: &serde_json::Error) -> DecodeError {
    let message = err.to_string();
    let message = match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    };
    DecodeError::NotJson {
        line: err.line(),
        column: err.column(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `serde_json` path alone.
    fn parse_slow(text: &str) -> Result<Raw<'_>, DecodeError> {
        let mut de = serde_json::Deserializer::from_str(text);
        let top = de.deserialize_any(TopVisitor).map_err(|e| not_json(&e))?;
        de.end().map_err(|e| not_json(&e))?;
        top.map_err(|found| DecodeError::NotObject { found })
    }

    fn assert_same(text: &str) {
        if let Some(fast) = parse_plain(text) {
            let slow = parse_slow(text);
            assert_eq!(
                format!("{:?}", Ok::<_, DecodeError>(fast)),
                format!("{slow:?}"),
                "{text:?}"
            );
        }
    }

    #[test]
    fn plain_values_are_skipped_as_serde_json_reads_them() {
        let mut cases: Vec<String> = [
            "0",
            "-0",
            "1",
            "-1",
            "01",
            "1.",
            "1.5",
            ".5",
            "1e3",
            "1E+3",
            "1e-3",
            "1e",
            "-",
            "1.5e",
            "123456789012345678901234567890",
            "true",
            "false",
            "null",
            "nul",
            "tru",
            "\"\"",
            "\"a\"",
            "\"a\\\"b\"",
            "[]",
            "[ ]",
            "[1,2]",
            "[1,]",
            "[,1]",
            "{}",
            "{ }",
            "{\"a\":1}",
            "{\"a\":1,}",
            "{\"a\" : [1, {\"b\": null}] }",
            "{\"a\"}",
            "{1:2}",
            "[1 2]",
            "{\"a\":1 \"b\":2}",
            "\"\u{1}\"",
            "[[[[[]]]]]",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        cases.push(format!("{}{}", "[".repeat(40), "]".repeat(40)));
        cases.push(format!("{}{}", "[".repeat(20), "]".repeat(20)));
        for case in &cases {
            // What may follow `data` in an object that the plain parser accepts.
            for suffix in ["", "}", " ,", ",", "\n}"] {
                let text = format!("{case}{suffix}");
                let Some(end) = skip_plain_value(text.as_bytes(), 0, 0) else {
                    continue;
                };
                // Callers go on only at a delimiter (else the whole input goes to
                // `serde_json`): `01` is `0` followed by what is not a delimiter.
                if !matches!(
                    text.as_bytes().get(end),
                    None | Some(b' ' | b'\n' | b',' | b'}')
                ) {
                    continue;
                }
                let mut values = serde_json::Deserializer::from_str(&text).into_iter::<&RawValue>();
                let serde = values.next().and_then(Result::ok).map(RawValue::get);
                assert_eq!(Some(&text[..end]), serde, "{text:?}");
                assert_eq!(end, values.byte_offset(), "{text:?}");
            }
        }
    }

    #[test]
    fn the_plain_parser_reads_what_serde_json_reads() {
        let envelope = concat!(
            r#"{"specversion":"1.0","id":"0190b3a2-0000-7000-8000-000000000002","#,
            r#""source":"/checkout/orders","type":"OrderPlaced","time":"2026-11-22T10:15:30.25Z","#,
            r#""datacontenttype":"application/json","subject":"orders/o-1","dataversion":3,"#,
            r#""flag":true,"off":false,"n":-12,"none":null,"big":123456789012345678,"#,
            r#""data":{"order_id":"o-1","lines":[{"q":1},{"q":2.5e3}],"s":"a\\\"b\\u00e9"}}"#
        );
        let mut cases: Vec<String> = vec![
            envelope.to_owned(),
            "{}".into(),
            " { } ".into(),
            "{\"a\":1,}".into(),
            "{\"a\":1 , \"b\" : \"x\" }\n".into(),
            "{\"data\":null}".into(),
            "{\"data\":1,\"data\":2}".into(),
            "{\"data\":12}".into(),
            "{\"data\":\"s\"}".into(),
            "{\"data\":[1,2]x}".into(),
            "{\"a\":-0}".into(),
            "{\"a\":0}".into(),
            "{\"a\":01}".into(),
            "{\"a\":1.5}".into(),
            "{\"a\":1e3}".into(),
            "{\"a\":9999999999999999999}".into(),
            "{\"a\":\"x\\u0041\"}".into(),
            "{\"a\":truex}".into(),
            "{\"a\":[]}".into(),
            "[]".into(),
            "{\"a\":1}{}".into(),
        ];
        // Every byte of the envelope replaced by interesting ones, and every prefix.
        let interesting = [
            b' ', b'"', b'\\', b'{', b'}', b',', b':', b'0', b'-', b'.', b'e', b'n', b't', b'x',
            b'\n', 0x01,
        ];
        for at in 0..envelope.len() {
            cases.push(envelope[..at].to_owned());
            for &c in &interesting {
                let mut bytes = envelope.as_bytes().to_vec();
                bytes[at] = c;
                if let Ok(s) = String::from_utf8(bytes) {
                    cases.push(s);
                }
                let mut bytes = envelope.as_bytes().to_vec();
                bytes.insert(at, c);
                if let Ok(s) = String::from_utf8(bytes) {
                    cases.push(s);
                }
            }
        }
        let mut fast = 0;
        for case in &cases {
            assert_same(case);
            fast += usize::from(parse_plain(case).is_some());
        }
        assert!(parse_plain(envelope).is_some());
        assert!(fast > 100, "{fast}");
    }

    #[test]
    fn known_index_agrees_with_known() {
        for (i, name) in KNOWN.iter().enumerate() {
            assert_eq!(known_index(name), Some(i), "{name}");
        }
        let constants = [
            (at::SPECVERSION, "specversion"),
            (at::ID, "id"),
            (at::SOURCE, "source"),
            (at::TYPE, "type"),
            (at::TIME, "time"),
            (at::DATACONTENTTYPE, "datacontenttype"),
            (at::DATASCHEMA, "dataschema"),
            (at::SUBJECT, "subject"),
            (at::PARTITIONKEY, "partitionkey"),
            (at::CORRELATIONID, "correlationid"),
            (at::CAUSATIONID, "causationid"),
            (at::TRACEPARENT, "traceparent"),
            (at::TRACESTATE, "tracestate"),
            (at::SEQUENCE, "sequence"),
            (at::DATAVERSION, "dataversion"),
        ];
        for (i, name) in constants {
            assert_eq!(KNOWN[i], name);
        }
        for other in ["data", "data_base64", "", "ID", "types", "comexampleext"] {
            assert_eq!(known_index(other), None, "{other}");
        }
    }
}
