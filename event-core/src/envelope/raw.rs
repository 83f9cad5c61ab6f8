//! The members of a CloudEvent as read (structured or binary), and their validation
//! into [`Attributes`].

use std::borrow::Cow;
use std::collections::HashSet;

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::error::{AttributeError, DecodeError};
use super::extensions::ExtensionValue;
use super::json::Value;
use super::names::{KNOWN, at, known_index};
use super::validate;

/// Up to this many extensions, a duplicate name is found by comparing with each; past
/// it, with a set (so that reading `n` extensions costs `O(n)`, not `O(n²)`).
pub(super) const SCAN_LIMIT: usize = 16;

/// The members of a CloudEvent before validation.
#[derive(Debug)]
pub(crate) struct Raw<'a> {
    known: [Option<Value<'a>>; KNOWN.len()],
    extensions: Vec<(Cow<'a, str>, Value<'a>)>,
    /// The names in `extensions`, once there are more than [`SCAN_LIMIT`].
    names: Option<HashSet<Cow<'a, str>>>,
    data: Option<&'a str>,
    data_base64: Option<Value<'a>>,
    duplicate: Option<String>,
    /// The attributes read (`null` ones are absent); past `max_attributes`, they are
    /// counted and no longer kept.
    attributes: usize,
    max_attributes: usize,
}

impl<'a> Raw<'a> {
    /// No members yet; at most `max_attributes` attributes are kept.
    pub(crate) fn new(max_attributes: usize) -> Self {
        Raw {
            known: Default::default(),
            extensions: Vec::new(),
            names: None,
            data: None,
            data_base64: None,
            duplicate: None,
            attributes: 0,
            max_attributes,
        }
    }

    /// Records one member; `null` is absent (JSON format, section 2.4).
    pub(crate) fn insert(&mut self, name: Cow<'a, str>, value: Value<'a>) {
        if matches!(value, Value::Null) {
            return;
        }
        if name == "data_base64" {
            if self.data_base64.is_some() {
                self.duplicate.get_or_insert_with(|| name.into_owned());
            } else {
                self.data_base64 = Some(value);
            }
            return;
        }
        self.attributes += 1;
        if self.attributes > self.max_attributes {
            return;
        }
        if let Some(i) = known_index(&name) {
            if self.known[i].is_some() {
                self.duplicate.get_or_insert_with(|| name.into_owned());
            } else {
                self.known[i] = Some(value);
            }
        } else if self.has_extension(&name) {
            self.duplicate.get_or_insert_with(|| name.into_owned());
        } else {
            if let Some(names) = &mut self.names {
                names.insert(name.clone());
            } else if self.extensions.len() == SCAN_LIMIT {
                let mut names: HashSet<Cow<'a, str>> =
                    self.extensions.iter().map(|(n, _)| n.clone()).collect();
                names.insert(name.clone());
                self.names = Some(names);
            }
            self.extensions.push((name, value));
        }
    }

    /// Whether extension `name` was read: a scan of a few, a set of many.
    fn has_extension(&self, name: &str) -> bool {
        match &self.names {
            Some(names) => names.contains(name),
            None => self.extensions.iter().any(|(n, _)| n == name),
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

    /// `data_base64`: a base64 string, and not beside `data`.
    fn data_base64(&mut self) -> Result<Option<Cow<'a, str>>, DecodeError> {
        let data_base64 = match self.data_base64.take() {
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
        if let Some(text) = &data_base64 {
            base64_problem(text)?;
        }
        Ok(data_base64)
    }

    /// Validates every member, in a fixed order (so the first error is stable).
    pub(crate) fn validate(mut self) -> Result<Attributes<'a>, DecodeError> {
        if self.attributes > self.max_attributes {
            return Err(DecodeError::TooManyAttributes {
                count: self.attributes,
                limit: self.max_attributes,
            });
        }
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
        let data_base64 = self.data_base64()?;
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

/// `data_base64` must be base64 (RFC 4648, section 4, with padding), as the JSON format
/// says.
fn base64_problem(text: &str) -> Result<(), AttributeError> {
    use base64::Engine as _;
    match base64::engine::general_purpose::STANDARD.decode(text) {
        Ok(_) => Ok(()),
        Err(err) => Err(AttributeError::new(
            "data_base64",
            format!("is not base64 (RFC 4648 with padding): {err}"),
        )),
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
