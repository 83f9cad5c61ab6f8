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

/// The attributes factum knows, in the order they are checked and written.
pub(crate) const KNOWN: [&str; 15] = [
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
    "dataversion",
];

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
        let slot = if let Some(i) = KNOWN.iter().position(|k| *k == name) {
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
            && let Some(i) = KNOWN.iter().position(|k| *k == "datacontenttype")
            && matches!(&self.known[i], Some(Value::Str(existing)) if *existing == value)
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

    fn take(&mut self, name: &'static str) -> Option<Value<'a>> {
        let i = KNOWN.iter().position(|k| *k == name)?;
        self.known[i].take()
    }

    fn string(&mut self, name: &'static str) -> Result<Option<Cow<'a, str>>, DecodeError> {
        match self.take(name) {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s)),
            Some(other) => Err(DecodeError::WrongType {
                attribute: name.to_owned(),
                expected: "a string",
                found: other.type_name(),
            }),
        }
    }

    fn required(&mut self, name: &'static str) -> Result<Cow<'a, str>, DecodeError> {
        let s = self
            .string(name)?
            .ok_or(DecodeError::Missing { attribute: name })?;
        if s.is_empty() {
            return Err(AttributeError::new(name, "must not be empty").into());
        }
        Ok(s)
    }

    fn non_empty(&mut self, name: &'static str) -> Result<Option<Cow<'a, str>>, DecodeError> {
        match self.string(name)? {
            Some(s) if s.is_empty() => Err(AttributeError::new(name, "must not be empty").into()),
            other => Ok(other),
        }
    }

    /// Validates every member, in a fixed order (so the first error is stable).
    pub(crate) fn validate(mut self) -> Result<Attributes<'a>, DecodeError> {
        match self.string("specversion")? {
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
        let id = self.required("id")?;
        let source = self.required("source")?;
        check(&source, "source", "is not a URI-reference", |s| {
            validate::uri_problem(s, false)
        })?;
        let ty = self.required("type")?;
        let time = match self.string("time")? {
            None => None,
            Some(t) => Some(OffsetDateTime::parse(&t, &Rfc3339).map_err(|e| {
                AttributeError::new("time", format!("`{t}` is not an RFC 3339 timestamp: {e}"))
            })?),
        };
        let datacontenttype = self.non_empty("datacontenttype")?;
        if let Some(ct) = &datacontenttype {
            check(ct, "datacontenttype", "is not a media type", |s| {
                validate::media_type_problem(s).map(str::to_owned)
            })?;
        }
        let dataschema = self.non_empty("dataschema")?;
        if let Some(schema) = &dataschema {
            check(schema, "dataschema", "is not a URI", |s| {
                validate::uri_problem(s, true)
            })?;
        }
        let subject = self.non_empty("subject")?;
        let partitionkey = self.non_empty("partitionkey")?;
        let correlationid = self.non_empty("correlationid")?;
        let causationid = self.non_empty("causationid")?;
        let traceparent = self.string("traceparent")?;
        if let Some(t) = &traceparent {
            check(t, "traceparent", "is not a W3C traceparent", |s| {
                validate::traceparent_problem(s).map(str::to_owned)
            })?;
        }
        let tracestate = self.string("tracestate")?;
        let sequence = self.non_empty("sequence")?;
        let version = self.take("dataversion").map(dataversion).transpose()?;
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

/// `Err` with "`value` <what>: <problem>" when `problem` finds one.
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
    let mut de = serde_json::Deserializer::from_str(text);
    let top = de.deserialize_any(TopVisitor).map_err(|e| not_json(&e))?;
    de.end().map_err(|e| not_json(&e))?;
    top.map_err(|found| DecodeError::NotObject { found })
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
