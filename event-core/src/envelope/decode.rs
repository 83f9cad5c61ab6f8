//! Decoding a structured-mode CloudEvent into an [`Envelope`] of a Rust type, or
//! checking one without a type ([`check`]).

use std::borrow::Cow;
use std::fmt;

use super::error::{AttributeError, DecodeError};
use super::extensions::Extensions;
use super::model::Envelope;
use super::options::DecodeOptions;
use super::raw::Attributes;
use super::texts::Texts;
use super::trace::TraceParent;
use super::{fast, parse, validate};
use crate::Versioned;

impl<E: Versioned> Envelope<E> {
    /// Decodes a structured-mode CloudEvent of event `E`, upcasting older versions.
    ///
    /// # Errors
    ///
    /// Every way the input can be wrong is a [`DecodeError`] variant; none panics.
    pub fn from_json(bytes: &[u8], options: &DecodeOptions) -> Result<Self, DecodeError> {
        if bytes.len() <= options.max_size
            && let Ok(text) = std::str::from_utf8(bytes)
            && let Some(envelope) = fast::decode::<fast::OneEvent<E>>(text, options)
        {
            return Ok(envelope);
        }
        let attributes = parse::parse(bytes, options)?.validate()?;
        Self::decode_attributes(attributes, options)
    }

    /// [`from_json`](Self::from_json) without its fast path: the general parser alone,
    /// for the fuzz target, which checks that both give the same result. Not public API.
    ///
    /// # Errors
    ///
    /// As [`from_json`](Self::from_json).
    #[doc(hidden)]
    pub fn from_json_general(bytes: &[u8], options: &DecodeOptions) -> Result<Self, DecodeError> {
        let attributes = parse::parse(bytes, options)?.validate()?;
        Self::decode_attributes(attributes, options)
    }

    pub(super) fn decode_attributes(
        a: Attributes<'_>,
        options: &DecodeOptions,
    ) -> Result<Self, DecodeError> {
        if !options.type_style.matches(&a.ty, E::NAME) {
            return Err(DecodeError::UnknownType {
                found: a.ty.into_owned(),
                expected: options.type_style.type_of(E::NAME).into_owned(),
            });
        }
        let (text, version) = data_and_version(&a, options)?;
        let data = E::decode_version(version, text)?;
        Ok(Self::from_attributes(a, version, E::VERSION, data))
    }
}

/// The JSON text of an event's data and the version it was written as, once the
/// attributes say the data is JSON.
pub(super) fn data_and_version<'a>(
    a: &Attributes<'a>,
    options: &DecodeOptions,
) -> Result<(&'a str, u32), DecodeError> {
    if let Some(ct) = &a.datacontenttype
        && !validate::is_json_media_type(ct)
    {
        return Err(AttributeError::new(
            "datacontenttype",
            format!("factum events carry JSON data, found `{ct}`"),
        )
        .into());
    }
    if a.data_base64.is_some() {
        return Err(AttributeError::new(
            "data_base64",
            "factum events carry JSON data under `data`",
        )
        .into());
    }
    let text = a.data.ok_or(DecodeError::Missing { attribute: "data" })?;
    let version = a
        .version
        .or(options.assumed_version)
        .ok_or(DecodeError::Missing {
            attribute: "dataversion",
        })?;
    Ok((text, version))
}

/// What [`check`] found in a valid CloudEvent.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Summary {
    /// `type`.
    pub ty: String,
    /// `id`.
    pub id: String,
    /// `source`.
    pub source: String,
    /// `dataversion`, if present.
    pub version: Option<u32>,
    /// `datacontenttype`, if present.
    pub datacontenttype: Option<String>,
    /// The size of the data as carried: its JSON text under `data`, or the base64 text
    /// under `data_base64`; 0 without data.
    pub data_size: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} id={} source={}", self.ty, self.id, self.source)?;
        match self.version {
            Some(v) => write!(f, " version={v}")?,
            None => f.write_str(" version=none")?,
        }
        write!(f, " data={} bytes", self.data_size)
    }
}

/// Validates a structured-mode CloudEvent without a Rust type for its data: the
/// attributes as CloudEvents 1.0 and factum define them, and that `data` is JSON.
///
/// ```
/// use factum::envelope::{check, DecodeOptions};
/// let json = br#"{"specversion":"1.0","id":"1","source":"/s","type":"OrderPlaced","dataversion":2,"data":{"a":1}}"#;
/// let summary = check(json, &DecodeOptions::default())?;
/// assert_eq!(summary.to_string(), "OrderPlaced id=1 source=/s version=2 data=7 bytes");
/// let err = check(br#"{"specversion":"1.0","id":"","source":"/s","type":"T"}"#, &DecodeOptions::default());
/// assert_eq!(err.unwrap_err().to_string(), "not a CloudEvent: invalid attribute `id`: must not be empty");
/// # Ok::<(), factum::envelope::DecodeError>(())
/// ```
///
/// # Errors
///
/// The first problem found, as a [`DecodeError`].
pub fn check(bytes: &[u8], options: &DecodeOptions) -> Result<Summary, DecodeError> {
    let a = parse::parse(bytes, options)?.validate()?;
    let data_size = a
        .data
        .map(str::len)
        .or(a.data_base64.as_deref().map(str::len))
        .unwrap_or(0);
    Ok(Summary {
        ty: a.ty.into_owned(),
        id: a.id.into_owned(),
        source: a.source.into_owned(),
        version: a.version,
        datacontenttype: a.datacontenttype.map(Cow::into_owned),
        data_size,
    })
}

impl<E> Envelope<E> {
    /// An envelope from validated attributes and decoded data.
    pub(super) fn from_attributes(
        a: Attributes<'_>,
        version: u32,
        own_version: u32,
        data: E,
    ) -> Self {
        let texts = Texts::new(
            [
                Some(&a.id),
                Some(&a.source),
                Some(&a.ty),
                a.datacontenttype.as_deref(),
                a.dataschema.as_deref().filter(|_| version == own_version),
                a.subject.as_deref(),
                a.partitionkey.as_deref(),
                a.correlationid.as_deref(),
                a.causationid.as_deref(),
                a.tracestate.as_deref(),
                a.sequence.as_deref(),
            ],
            0,
        );
        Envelope {
            texts,
            time: a.time,
            traceparent: a.traceparent.as_deref().map(TraceParent::from_valid),
            decoded_version: version,
            extensions: Extensions(a.extensions),
            data,
        }
    }
}
