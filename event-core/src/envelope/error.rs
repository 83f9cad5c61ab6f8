//! The errors of building, encoding and decoding envelopes.

use std::fmt;

use crate::DataError;

/// An attribute value that CloudEvents does not allow: which attribute, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributeError {
    pub(crate) attribute: String,
    pub(crate) reason: String,
}

impl AttributeError {
    pub(crate) fn new(attribute: impl Into<String>, reason: impl Into<String>) -> Self {
        AttributeError {
            attribute: attribute.into(),
            reason: reason.into(),
        }
    }

    /// The attribute's name (`source`, `traceparent`, an extension's name, ...).
    #[must_use]
    pub fn attribute(&self) -> &str {
        &self.attribute
    }

    /// What is wrong with its value.
    #[must_use]
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for AttributeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid attribute `{}`: {}", self.attribute, self.reason)
    }
}

impl std::error::Error for AttributeError {}

/// A document that is not a valid CloudEvent, or not one of the expected event.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeError {
    /// The input is larger than [`DecodeOptions::max_size`](super::DecodeOptions); it was
    /// refused before parsing.
    TooLarge {
        /// The input's size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The input has more attributes than [`DecodeOptions::max_attributes`](super::DecodeOptions::max_attributes);
    /// the ones past the limit were counted, not kept.
    TooManyAttributes {
        /// How many attributes the input has (`null` ones are absent, and not counted).
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// The input is not JSON.
    NotJson {
        /// Line of the error, from 1.
        line: usize,
        /// Column of the error, from 1.
        column: usize,
        /// What the JSON parser found wrong.
        message: String,
    },
    /// The input is JSON, but not an object.
    NotObject {
        /// The JSON type found: `array`, `string`, ...
        found: &'static str,
    },
    /// A required attribute is absent (or `null`).
    Missing {
        /// The attribute's name.
        attribute: &'static str,
    },
    /// An attribute's JSON value has the wrong type.
    WrongType {
        /// The attribute's name.
        attribute: String,
        /// The type(s) CloudEvents allows there.
        expected: &'static str,
        /// The JSON type found.
        found: &'static str,
    },
    /// An attribute's value is not allowed (empty id, a `source` that is not a
    /// URI-reference, a `time` that is not RFC 3339, a bad `traceparent`, an extension
    /// name that is not a-z0-9, an attribute that appears twice, ...).
    InvalidAttribute(AttributeError),
    /// `specversion` is not `1.0`.
    SpecVersion {
        /// The `specversion` found.
        found: String,
    },
    /// The event's `type` is not the one the decoder expects.
    UnknownType {
        /// The `type` found.
        found: String,
        /// The `type` expected.
        expected: String,
    },
    /// The attributes are valid but the data is not (unsupported version, or data that
    /// does not match the type; see [`DataError`]).
    Data(DataError),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::TooLarge { size, limit } => write!(
                f,
                "input of {size} bytes is over the limit of {limit} bytes; refused before parsing"
            ),
            DecodeError::TooManyAttributes { count, limit } => write!(
                f,
                "input of {count} attributes is over the limit of {limit}; refused"
            ),
            DecodeError::NotJson {
                line,
                column,
                message,
            } => write!(f, "not JSON: {message} at line {line} column {column}"),
            DecodeError::NotObject { found } => write!(
                f,
                "not a CloudEvent: expected a JSON object, found {} {found}",
                article(found)
            ),
            DecodeError::Missing { attribute } => {
                write!(
                    f,
                    "not a CloudEvent: missing required attribute `{attribute}`"
                )
            }
            DecodeError::WrongType {
                attribute,
                expected,
                found,
            } => write!(
                f,
                "not a CloudEvent: attribute `{attribute}` must be {expected}, found {} {found}",
                article(found)
            ),
            DecodeError::InvalidAttribute(err) => write!(f, "not a CloudEvent: {err}"),
            DecodeError::SpecVersion { found } => write!(
                f,
                "unsupported specversion `{found}`: factum reads CloudEvents 1.0"
            ),
            DecodeError::UnknownType { found, expected } => {
                write!(f, "unknown event type `{found}`: expected `{expected}`")
            }
            DecodeError::Data(err) => err.fmt(f),
        }
    }
}

fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

impl DecodeError {
    /// Whether the event is of a version newer than this consumer reads: not broken, but
    /// for an upgraded consumer (see
    /// [rolling deploys](crate::Versioned#rolling-deploys-across-a-breaking-change)).
    #[must_use]
    pub fn is_newer_version(&self) -> bool {
        matches!(self, DecodeError::Data(err) if err.is_newer_version())
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DecodeError::InvalidAttribute(err) => Some(err),
            DecodeError::Data(err) => Some(err),
            _ => None,
        }
    }
}

impl From<AttributeError> for DecodeError {
    fn from(err: AttributeError) -> Self {
        DecodeError::InvalidAttribute(err)
    }
}

impl From<DataError> for DecodeError {
    fn from(err: DataError) -> Self {
        DecodeError::Data(err)
    }
}

/// An envelope that cannot be encoded.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum EncodeError {
    /// The event's `Serialize` implementation failed (a map with non-string keys, a
    /// custom error, ...).
    Data {
        /// The event's wire name.
        name: &'static str,
        /// The serializer's message.
        message: String,
    },
    /// The envelope's `time` has no RFC 3339 form (a year outside 0000-9999, or an
    /// offset with seconds).
    Time {
        /// Why it cannot be formatted.
        message: String,
    },
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EncodeError::Data { name, message } => {
                write!(f, "cannot encode the data of `{name}`: {message}")
            }
            EncodeError::Time { message } => {
                write!(f, "cannot encode attribute `time` as RFC 3339: {message}")
            }
        }
    }
}

impl std::error::Error for EncodeError {}
