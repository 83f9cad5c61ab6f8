//! CloudEvents 1.0 envelopes: every event travels in an [`Envelope`].
//!
//! A [`Producer`] builds envelopes (id, source, type, time, schema, partition key,
//! causality); an envelope encodes as structured JSON (`application/cloudevents+json`,
//! [`Envelope::to_json`]) or in binary mode for Kafka, HTTP and NATS ([`to_binary`]), and
//! decodes back with typed errors ([`Envelope::from_json`], [`from_binary`],
//! [`DecodeError`]). A consumer that handles several events decodes into its
//! [`Inbox`](crate::Inbox) with [`receive`] / [`receive_binary`], which tell "not one of
//! mine" (`Ok(None)`) from "broken" (`Err`). [`check`] validates any CloudEvent without a
//! Rust type.
//!
//! ## Attributes
//!
//! | attribute | set by | notes |
//! |---|---|---|
//! | `specversion` | always `1.0` | any other value is [`DecodeError::SpecVersion`] |
//! | `id` | the producer's [`IdSource`] | a UUIDv7 by default (unique, time-ordered) |
//! | `source` | the producer, once | a URI-reference (`/checkout`, `https://…`, `urn:…`) |
//! | `type` | the event's wire name, through the producer's [`TypeStyle`] | `OrderPlaced`, or `com.example.OrderPlaced` |
//! | `time` | the producer's [`Clock`] | RFC 3339 |
//! | `datacontenttype` | the producer | `application/json` |
//! | `dataschema` | the producer, with a schema base | `<base>/<name>/v<version>.schema.json` |
//! | `subject` | [`Envelope::with_subject`] | |
//! | `partitionkey` | [`Message::partition_key`] | the Kafka record key with [`kafka_key`]; absent when the key is empty |
//! | `correlationid`, `causationid` | [`Producer::caused_by`] | |
//! | `traceparent`, `tracestate` | [`Producer::caused_by`], [`Envelope::with_trace`] | W3C trace context; `traceparent` is validated |
//! | `sequence` | [`Envelope::with_sequence`] | CloudEvents sequence extension (a string) |
//! | `dataversion` | the event's [`VERSION`](crate::Message::VERSION) | an extension attribute of CloudEvents type Integer: a JSON number in structured mode, its decimal string in binary mode; both forms are read |
//!
//! Other extension attributes are kept, in order, in [`Extensions`], and are written back
//! unchanged. Their names are lowercase letters a-z and digits 0-9 (CloudEvents
//! recommends at most 20 characters; longer names are read). A `null` attribute is
//! absent, as the JSON format specifies. Decoding data of an older version upcasts it to the newest type (see
//! [`Versioned`]); [`Envelope::decoded_version`] tells which version was
//! read, and a `dataschema` naming the old version's schema is dropped.
//!
//! ```
//! use factum::envelope::{DecodeOptions, Envelope, Producer};
//! use factum::Event;
//! use serde::{Deserialize, Serialize};
//!
//! #[derive(Event, Serialize, Deserialize, schemars::JsonSchema, Debug, PartialEq)]
//! #[event(version = 2, key = order_id)]
//! struct OrderPlaced { order_id: String, total: f64 }
//!
//! let producer = Producer::new("/checkout")?;
//! let placed = producer.envelope(OrderPlaced { order_id: "o-1".into(), total: 9.5 });
//! let json = placed.to_json_string()?;
//! assert!(json.contains(r#""type":"OrderPlaced""#));
//! assert!(json.contains(r#""partitionkey":"o-1""#));
//! assert!(json.contains(r#""dataversion":2"#));
//!
//! let decoded = Envelope::<OrderPlaced>::from_json(json.as_bytes(), &DecodeOptions::default())?;
//! assert_eq!(decoded, placed);
//! assert_eq!(decoded.data().order_id, "o-1");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

// "CloudEvents", "UUIDv7", "JavaScript" are names in prose here, not code.
#![allow(clippy::doc_markdown)]

mod binary;
mod decode;
mod error;
mod fast;
mod inbox;
mod producer;
mod validate;

use std::borrow::Cow;
use std::fmt;

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

pub use binary::{Binding, Headers, from_binary, kafka_key, to_binary};
pub use error::{AttributeError, DecodeError, EncodeError};
pub use inbox::{receive, receive_binary};
pub use producer::{Cause, Clock, IdSource, Producer, SystemClock, UuidV7};

use crate::{Message, Versioned};

/// The media type of a structured-mode CloudEvent in JSON.
pub const STRUCTURED_CONTENT_TYPE: &str = "application/cloudevents+json";

/// The attributes factum knows, in the order it writes them (after `specversion`, which
/// comes first): `dataversion` is an Integer, the others are strings. Other members are
/// `data`, `data_base64` and extension attributes.
///
/// ```
/// use factum::envelope::ATTRIBUTES;
/// assert_eq!(ATTRIBUTES[..4], ["specversion", "id", "source", "type"]);
/// assert!(ATTRIBUTES.contains(&"traceparent"));
/// ```
pub const ATTRIBUTES: [&str; 15] = decode::KNOWN;

/// The `datacontenttype` factum writes: event data is JSON.
pub const DATA_CONTENT_TYPE: &str = "application/json";

/// How an event's wire name becomes the CloudEvents `type`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum TypeStyle {
    /// The wire name as it is: `OrderPlaced`.
    #[default]
    Name,
    /// A reverse-DNS prefix, a dot, then the wire name: `Prefixed("com.example")` gives
    /// `com.example.OrderPlaced`.
    Prefixed(Cow<'static, str>),
}

impl TypeStyle {
    /// The `type` of an event with wire name `name`.
    ///
    /// ```
    /// use factum::envelope::TypeStyle;
    /// assert_eq!(TypeStyle::Name.type_of("OrderPlaced"), "OrderPlaced");
    /// let style = TypeStyle::Prefixed("com.example".into());
    /// assert_eq!(style.type_of("OrderPlaced"), "com.example.OrderPlaced");
    /// ```
    #[must_use]
    pub fn type_of(&self, name: &'static str) -> Cow<'static, str> {
        match self {
            TypeStyle::Name => Cow::Borrowed(name),
            TypeStyle::Prefixed(prefix) => Cow::Owned(format!("{prefix}.{name}")),
        }
    }

    /// Whether `ty` is the `type` of an event with wire name `name` (without allocating).
    #[must_use]
    pub fn matches(&self, ty: &str, name: &str) -> bool {
        match self {
            TypeStyle::Name => ty == name,
            TypeStyle::Prefixed(prefix) => ty
                .strip_prefix(&**prefix)
                .and_then(|rest| rest.strip_prefix('.'))
                .is_some_and(|rest| rest == name),
        }
    }
}

/// The value of an extension attribute, as CloudEvents types it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtensionValue {
    /// A string.
    String(String),
    /// An integer (CloudEvents restricts integers to 32 bits; factum reads any that fits
    /// 64 bits).
    Integer(i64),
    /// A boolean.
    Boolean(bool),
}

impl ExtensionValue {
    /// The canonical string form, as binary mode carries it (`42`, `true`).
    #[must_use]
    pub fn to_canonical_string(&self) -> Cow<'_, str> {
        match self {
            ExtensionValue::String(s) => Cow::Borrowed(s),
            ExtensionValue::Integer(n) => Cow::Owned(n.to_string()),
            ExtensionValue::Boolean(b) => Cow::Borrowed(if *b { "true" } else { "false" }),
        }
    }
}

impl From<&str> for ExtensionValue {
    fn from(s: &str) -> Self {
        ExtensionValue::String(s.to_owned())
    }
}

impl From<String> for ExtensionValue {
    fn from(s: String) -> Self {
        ExtensionValue::String(s)
    }
}

impl From<i64> for ExtensionValue {
    fn from(n: i64) -> Self {
        ExtensionValue::Integer(n)
    }
}

impl From<bool> for ExtensionValue {
    fn from(b: bool) -> Self {
        ExtensionValue::Boolean(b)
    }
}

/// Extension attributes factum does not interpret, in the order they were read or added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extensions(Vec<(String, ExtensionValue)>);

impl Extensions {
    /// The value of extension `name`.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&ExtensionValue> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// Sets extension `name`, returning its previous value.
    ///
    /// # Errors
    ///
    /// A name that is not lowercase a-z0-9, or that names an attribute factum sets
    /// itself (`id`, `partitionkey`, `dataversion`, `data`, ...).
    pub fn insert(
        &mut self,
        name: impl Into<String>,
        value: impl Into<ExtensionValue>,
    ) -> Result<Option<ExtensionValue>, AttributeError> {
        let name = name.into();
        if let Some(problem) = validate::extension_name_problem(&name) {
            return Err(AttributeError::new(name, problem));
        }
        if decode::is_reserved(&name) {
            return Err(AttributeError::new(
                name,
                "is an attribute factum sets itself, not an extension",
            ));
        }
        let value = value.into();
        if let Some((_, old)) = self.0.iter_mut().find(|(n, _)| *n == name) {
            return Ok(Some(std::mem::replace(old, value)));
        }
        self.0.push((name, value));
        Ok(None)
    }

    /// Removes extension `name`, returning its value.
    pub fn remove(&mut self, name: &str) -> Option<ExtensionValue> {
        let i = self.0.iter().position(|(n, _)| n == name)?;
        Some(self.0.remove(i).1)
    }

    /// The extensions, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &ExtensionValue)> {
        self.0.iter().map(|(n, v)| (n.as_str(), v))
    }

    /// How many there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A W3C `traceparent` (`00-<trace id>-<parent id>-<flags>`), validated.
#[derive(Clone)]
pub struct TraceParent(TraceText);

/// A `traceparent`'s text: the 55 ASCII bytes of version 00 kept inline (no allocation
/// per envelope), anything else (a later version) on the heap.
#[derive(Clone)]
enum TraceText {
    /// Only ASCII (checked when made, in [`TraceParent::from_valid`]).
    Inline([u8; 55]),
    Heap(Box<str>),
}

impl TraceParent {
    /// A `traceparent` already validated.
    fn from_valid(s: &str) -> Self {
        match <[u8; 55]>::try_from(s.as_bytes()) {
            Ok(bytes) if bytes.is_ascii() => TraceParent(TraceText::Inline(bytes)),
            _ => TraceParent(TraceText::Heap(s.into())),
        }
    }
}

impl fmt::Debug for TraceParent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TraceParent").field(&self.as_str()).finish()
    }
}

impl PartialEq for TraceParent {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for TraceParent {}

impl std::hash::Hash for TraceParent {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl TraceParent {
    /// Validates a `traceparent`.
    ///
    /// ```
    /// use factum::envelope::TraceParent;
    /// assert!(TraceParent::parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").is_ok());
    /// let err = TraceParent::parse("00-xyz").unwrap_err();
    /// assert_eq!(err.attribute(), "traceparent");
    /// ```
    ///
    /// # Errors
    ///
    /// When `s` is not in the W3C trace context format.
    pub fn parse(s: impl Into<String>) -> Result<Self, AttributeError> {
        let s = s.into();
        match validate::traceparent_problem(&s) {
            None => Ok(TraceParent::from_valid(&s)),
            Some(problem) => Err(AttributeError::new(
                "traceparent",
                format!("`{s}` is not a W3C traceparent: {problem}"),
            )),
        }
    }

    /// The header value.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: `Inline` holds only ASCII (`from_valid` checks it), which is UTF-8.
            TraceText::Inline(bytes) => unsafe { std::str::from_utf8_unchecked(bytes) },
            TraceText::Heap(text) => text,
        }
    }
}

impl fmt::Display for TraceParent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How decoding reads envelopes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeOptions {
    max_size: usize,
    type_style: TypeStyle,
    assumed_version: Option<u32>,
}

impl Default for DecodeOptions {
    fn default() -> Self {
        DecodeOptions {
            max_size: DecodeOptions::DEFAULT_MAX_SIZE,
            type_style: TypeStyle::Name,
            assumed_version: None,
        }
    }
}

impl DecodeOptions {
    /// The default size limit: 1 MiB.
    pub const DEFAULT_MAX_SIZE: usize = 1 << 20;

    /// Inputs larger than `bytes` (a structured document; in binary mode the body plus
    /// the header names and values) are refused before parsing.
    #[must_use]
    pub fn with_max_size(mut self, bytes: usize) -> Self {
        self.max_size = bytes;
        self
    }

    /// The [`TypeStyle`] the producer used; the default is [`TypeStyle::Name`].
    #[must_use]
    pub fn with_type_style(mut self, style: TypeStyle) -> Self {
        self.type_style = style;
        self
    }

    /// The version of events that carry no `dataversion` (written by producers other than
    /// factum); without it, such events are [`DecodeError::Missing`].
    #[must_use]
    pub fn with_assumed_version(mut self, version: u32) -> Self {
        self.assumed_version = Some(version);
        self
    }

    /// The size limit in bytes.
    #[must_use]
    pub fn max_size(&self) -> usize {
        self.max_size
    }

    /// The type style.
    #[must_use]
    pub fn type_style(&self) -> &TypeStyle {
        &self.type_style
    }
}

/// A message (an event, a command or a query) in a CloudEvents 1.0 envelope. See the
/// [module docs](self) for the attributes.
///
/// Built by a [`Producer`], encoded with [`to_json`](Self::to_json) or [`to_binary`],
/// decoded with [`from_json`](Self::from_json) or [`from_binary`]:
///
/// ```
/// use factum::envelope::{DecodeError, DecodeOptions, Envelope, Producer};
///
/// #[derive(factum::Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
/// #[event(key = sku)]
/// struct StockDepleted { sku: String }
///
/// let envelope = Producer::new("urn:warehouse:7")?
///     .envelope(StockDepleted { sku: "A-1".into() })
///     .with_subject("shelf/12")?;
/// let json = envelope.to_json()?;
///
/// let read = Envelope::<StockDepleted>::from_json(&json, &DecodeOptions::default())?;
/// assert_eq!((read.source(), read.subject(), read.partition_key()), ("urn:warehouse:7", Some("shelf/12"), Some("A-1")));
/// assert_eq!(read.id(), envelope.id());
///
/// let err = Envelope::<StockDepleted>::from_json(b"{}", &DecodeOptions::default()).err();
/// assert_eq!(err, Some(DecodeError::Missing { attribute: "specversion" }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq)]
pub struct Envelope<E> {
    /// `id`, `source`, `type` and the optional string attributes but `traceparent`, in
    /// one buffer: decoding allocates once for all of them.
    texts: Texts,
    time: Option<OffsetDateTime>,
    traceparent: Option<TraceParent>,
    decoded_version: u32,
    extensions: Extensions,
    data: E,
}

// As `#[derive(Debug)]` printed it when every attribute was a field of its own; the
// texts are shown through their accessors.
#[allow(clippy::missing_fields_in_debug)]
impl<E: fmt::Debug> fmt::Debug for Envelope<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Envelope")
            .field("id", &self.id())
            .field("source", &self.source())
            .field("ty", &self.ty())
            .field("time", &self.time)
            .field("datacontenttype", &self.datacontenttype())
            .field("dataschema", &self.dataschema())
            .field("subject", &self.subject())
            .field("partitionkey", &self.partition_key())
            .field("correlationid", &self.correlation_id())
            .field("causationid", &self.causation_id())
            .field("traceparent", &self.traceparent)
            .field("tracestate", &self.tracestate())
            .field("sequence", &self.sequence())
            .field("decoded_version", &self.decoded_version)
            .field("extensions", &self.extensions)
            .field("data", &self.data)
            .finish()
    }
}

/// A string attribute kept in [`Texts`].
#[derive(Debug, Clone, Copy)]
enum Slot {
    Id,
    Source,
    Ty,
    DataContentType,
    DataSchema,
    Subject,
    PartitionKey,
    CorrelationId,
    CausationId,
    TraceState,
    Sequence,
}

const SLOTS: usize = 11;

/// The string attributes of an envelope in one buffer, each a range of it (`start` is
/// `usize::MAX` for an absent one). Setting an attribute appends its text; the text it
/// replaces stays in the buffer, unused.
#[derive(Clone)]
struct Texts {
    buf: String,
    spans: [(usize, usize); SLOTS],
    /// No text needs escaping in a JSON string.
    plain: bool,
    /// Bytes of `buf` no span covers (replaced texts, and what a decoded input had
    /// between its attribute values).
    dead: usize,
}

impl Texts {
    const ABSENT: (usize, usize) = (usize::MAX, 0);

    /// The texts of `values`, indexed by [`Slot`], in one allocation, with room for
    /// `extra` more bytes.
    fn new(values: [Option<&str>; SLOTS], extra: usize) -> Self {
        let len: usize = values.iter().flatten().map(|v| v.len()).sum();
        let mut texts = Texts {
            buf: String::with_capacity(len + extra),
            spans: [Self::ABSENT; SLOTS],
            plain: values.iter().flatten().all(|v| is_plain(v)),
            dead: 0,
        };
        for (span, value) in texts.spans.iter_mut().zip(values) {
            if let Some(value) = value {
                let start = texts.buf.len();
                texts.buf.push_str(value);
                *span = (start, texts.buf.len());
            }
        }
        texts
    }

    /// The texts of `values`, which are slices of `text` outside `hole` (a structured
    /// envelope and its `data`): one copy of the input without the hole, the spans
    /// pointing into it, when the bytes between the values (attribute names, other
    /// members) waste little; else as [`Texts::new`] copies them. The values need no
    /// escaping (they were read from JSON strings without escapes).
    fn from_input(text: &str, hole: std::ops::Range<usize>, values: [Option<&str>; SLOTS]) -> Self {
        let live: usize = values.iter().flatten().map(|v| v.len()).sum();
        let kept = text.len() - hole.len();
        if kept > 2 * live + 256 {
            return Texts::new(values, 0);
        }
        let mut buf = String::with_capacity(kept);
        buf.push_str(&text[..hole.start]);
        buf.push_str(&text[hole.end..]);
        let base = text.as_ptr().addr();
        let spans = values.map(|value| match value {
            None => Self::ABSENT,
            Some(value) => {
                let start = value.as_ptr().addr() - base;
                let start = if start >= hole.end {
                    start - hole.len()
                } else {
                    start
                };
                (start, start + value.len())
            }
        });
        debug_assert!(values.iter().flatten().all(|v| is_plain(v)));
        Texts {
            buf,
            spans,
            plain: true,
            dead: kept - live,
        }
    }

    #[inline]
    fn get(&self, slot: Slot) -> Option<&str> {
        let (start, end) = self.spans[slot as usize];
        if start == usize::MAX {
            None
        } else {
            self.buf.get(start..end)
        }
    }

    fn set(&mut self, slot: Slot, value: Option<&str>) {
        self.set_with(
            slot,
            value.map(|value| |buf: &mut String| buf.push_str(value)),
        );
    }

    /// Sets `slot` to what `write` appends to the buffer (`None`: absent).
    fn set_with(&mut self, slot: Slot, write: Option<impl FnOnce(&mut String)>) {
        if let Some(old) = self.get(slot) {
            self.dead += old.len();
        }
        self.spans[slot as usize] = match write {
            None => Self::ABSENT,
            Some(write) => {
                let start = self.buf.len();
                write(&mut self.buf);
                self.plain &= is_plain(&self.buf[start..]);
                (start, self.buf.len())
            }
        };
        // Replaced texts stay in the buffer: copy the live ones out when they are
        // outnumbered, so that setting attributes over and over does not grow it.
        let live = self.buf.len() - self.dead;
        if self.buf.len() > 2 * live + 256 {
            *self = Texts::new(ALL_SLOTS.map(|slot| self.get(slot)), 0);
        }
    }
}

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        ALL_SLOTS
            .iter()
            .all(|&slot| self.get(slot) == other.get(slot))
    }
}

const ALL_SLOTS: [Slot; SLOTS] = [
    Slot::Id,
    Slot::Source,
    Slot::Ty,
    Slot::DataContentType,
    Slot::DataSchema,
    Slot::Subject,
    Slot::PartitionKey,
    Slot::CorrelationId,
    Slot::CausationId,
    Slot::TraceState,
    Slot::Sequence,
];

fn non_empty(attribute: &'static str, value: String) -> Result<String, AttributeError> {
    if value.is_empty() {
        Err(AttributeError::new(attribute, "must not be empty"))
    } else {
        Ok(value)
    }
}

impl<E> Envelope<E> {
    /// `id`.
    #[must_use]
    pub fn id(&self) -> &str {
        self.texts.get(Slot::Id).unwrap_or_default()
    }
    /// `source`.
    #[must_use]
    pub fn source(&self) -> &str {
        self.texts.get(Slot::Source).unwrap_or_default()
    }
    /// `type`.
    #[must_use]
    pub fn ty(&self) -> &str {
        self.texts.get(Slot::Ty).unwrap_or_default()
    }
    /// `time`.
    #[must_use]
    pub fn time(&self) -> Option<OffsetDateTime> {
        self.time
    }
    /// `datacontenttype`.
    #[must_use]
    pub fn datacontenttype(&self) -> Option<&str> {
        self.texts.get(Slot::DataContentType)
    }
    /// `dataschema`.
    #[must_use]
    pub fn dataschema(&self) -> Option<&str> {
        self.texts.get(Slot::DataSchema)
    }
    /// `subject`.
    #[must_use]
    pub fn subject(&self) -> Option<&str> {
        self.texts.get(Slot::Subject)
    }
    /// `partitionkey`.
    #[must_use]
    pub fn partition_key(&self) -> Option<&str> {
        self.texts.get(Slot::PartitionKey)
    }
    /// `correlationid`: the id of the envelope that started this chain of causes.
    #[must_use]
    pub fn correlation_id(&self) -> Option<&str> {
        self.texts.get(Slot::CorrelationId)
    }
    /// `causationid`: the id of the envelope that caused this one.
    #[must_use]
    pub fn causation_id(&self) -> Option<&str> {
        self.texts.get(Slot::CausationId)
    }
    /// `traceparent`.
    #[must_use]
    pub fn traceparent(&self) -> Option<&TraceParent> {
        self.traceparent.as_ref()
    }
    /// `tracestate`.
    #[must_use]
    pub fn tracestate(&self) -> Option<&str> {
        self.texts.get(Slot::TraceState)
    }
    /// `sequence`.
    #[must_use]
    pub fn sequence(&self) -> Option<&str> {
        self.texts.get(Slot::Sequence)
    }
    /// The version of the data as it was read: the event's own version for an envelope
    /// built by a producer, an older one when decoding upcast the data.
    #[must_use]
    pub fn decoded_version(&self) -> u32 {
        self.decoded_version
    }
    /// Extension attributes factum does not interpret.
    #[must_use]
    pub fn extensions(&self) -> &Extensions {
        &self.extensions
    }
    /// Extension attributes, to change them.
    pub fn extensions_mut(&mut self) -> &mut Extensions {
        &mut self.extensions
    }
    /// The event.
    #[must_use]
    pub fn data(&self) -> &E {
        &self.data
    }
    /// The event, out of its envelope.
    #[must_use]
    pub fn into_data(self) -> E {
        self.data
    }

    /// Sets `subject`.
    ///
    /// # Errors
    ///
    /// An empty subject.
    pub fn with_subject(mut self, subject: impl Into<String>) -> Result<Self, AttributeError> {
        let subject = non_empty("subject", subject.into())?;
        self.texts.set(Slot::Subject, Some(&subject));
        Ok(self)
    }

    /// Sets `sequence`.
    ///
    /// # Errors
    ///
    /// An empty sequence.
    pub fn with_sequence(mut self, sequence: impl Into<String>) -> Result<Self, AttributeError> {
        let sequence = non_empty("sequence", sequence.into())?;
        self.texts.set(Slot::Sequence, Some(&sequence));
        Ok(self)
    }

    /// Sets `correlationid` (usually set by [`Producer::caused_by`]).
    ///
    /// # Errors
    ///
    /// An empty id.
    pub fn with_correlation_id(mut self, id: impl Into<String>) -> Result<Self, AttributeError> {
        let id = non_empty("correlationid", id.into())?;
        self.texts.set(Slot::CorrelationId, Some(&id));
        Ok(self)
    }

    /// Sets `traceparent` and `tracestate`.
    #[must_use]
    // The signature predates the shared text buffer, which copies `tracestate`.
    #[allow(clippy::needless_pass_by_value)]
    pub fn with_trace(mut self, traceparent: TraceParent, tracestate: Option<String>) -> Self {
        self.traceparent = Some(traceparent);
        self.texts.set(Slot::TraceState, tracestate.as_deref());
        self
    }

    /// Sets `time`.
    #[must_use]
    pub fn with_time(mut self, time: OffsetDateTime) -> Self {
        self.time = Some(time);
        self
    }

    /// Sets an extension attribute (see [`Extensions::insert`]).
    ///
    /// # Errors
    ///
    /// An invalid or reserved name.
    pub fn with_extension(
        mut self,
        name: impl Into<String>,
        value: impl Into<ExtensionValue>,
    ) -> Result<Self, AttributeError> {
        self.extensions.insert(name, value)?;
        Ok(self)
    }

    /// Every attribute but `specversion`, in the order factum writes them: its name,
    /// for factum's own the JSON text that starts its member (`,"id":`), and its value.
    fn for_each_attribute(
        &self,
        version: u32,
        mut f: impl FnMut(&str, Option<&'static str>, Attr<'_>),
    ) -> Result<(), EncodeError> {
        /// The name and its member's start.
        macro_rules! known {
            ($name:literal) => {
                ($name, Some(concat!(",\"", $name, "\":")))
            };
        }
        let (name, member) = known!("id");
        f(name, member, Attr::Str(self.id()));
        let (name, member) = known!("source");
        f(name, member, Attr::Str(self.source()));
        let (name, member) = known!("type");
        f(name, member, Attr::Str(self.ty()));
        if let Some(time) = self.time {
            let (name, member) = known!("time");
            let mut buf = [0u8; UTC_RFC3339_MAX];
            if let Some(text) = utc_rfc3339(time, &mut buf) {
                f(name, member, Attr::Str(text));
            } else {
                let text = time.format(&Rfc3339).map_err(|e| EncodeError::Time {
                    message: e.to_string(),
                })?;
                f(name, member, Attr::Str(&text));
            }
        }
        let optional = [
            (known!("datacontenttype"), self.datacontenttype()),
            (known!("dataschema"), self.dataschema()),
            (known!("subject"), self.subject()),
            (known!("partitionkey"), self.partition_key()),
            (known!("correlationid"), self.correlation_id()),
            (known!("causationid"), self.causation_id()),
            (
                known!("traceparent"),
                self.traceparent.as_ref().map(TraceParent::as_str),
            ),
            (known!("tracestate"), self.tracestate()),
            (known!("sequence"), self.sequence()),
        ];
        for ((name, member), value) in optional {
            if let Some(value) = value {
                f(name, member, Attr::Str(value));
            }
        }
        let (name, member) = known!("dataversion");
        f(name, member, Attr::Int(i64::from(version)));
        for (name, value) in self.extensions.iter() {
            match value {
                ExtensionValue::String(s) => f(name, None, Attr::Str(s)),
                ExtensionValue::Integer(n) => f(name, None, Attr::Int(*n)),
                ExtensionValue::Boolean(b) => f(name, None, Attr::Bool(*b)),
            }
        }
        Ok(())
    }

    /// An envelope from validated attributes and decoded data.
    fn from_attributes(a: decode::Attributes<'_>, version: u32, own_version: u32, data: E) -> Self {
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

/// An attribute value as CloudEvents types it.
#[derive(Clone, Copy)]
enum Attr<'a> {
    Str(&'a str),
    Int(i64),
    Bool(bool),
}

impl<E: Message + serde::Serialize> Envelope<E> {
    /// Encodes the envelope as structured-mode JSON (`application/cloudevents+json`),
    /// with the data as a JSON value under `data`.
    ///
    /// # Errors
    ///
    /// When the event's `Serialize` fails, or `time` has no RFC 3339 form.
    pub fn to_json(&self) -> Result<Vec<u8>, EncodeError> {
        // The attributes' texts, their names (about 300 bytes with `time` and
        // `traceparent`) and a small event's data: an estimate, which keeps a small
        // envelope's buffer within the allocator's fast size classes (a larger event's
        // data grows it).
        let live = self.texts.buf.len() - self.texts.dead;
        let mut out = Vec::with_capacity(live + 512);
        out.extend_from_slice(br#"{"specversion":"1.0""#);
        // Texts known to need no escaping are copied as they are.
        let plain = self.texts.plain;
        self.for_each_attribute(E::VERSION, |name, member, value| {
            if let Some(member) = member {
                out.extend_from_slice(member.as_bytes());
            } else {
                // Extension names need no escaping: they are a-z0-9.
                out.extend_from_slice(b",\"");
                out.extend_from_slice(name.as_bytes());
                out.extend_from_slice(b"\":");
            }
            match value {
                Attr::Str(s) if plain && member.is_some() => {
                    out.reserve(s.len() + 2);
                    out.push(b'"');
                    out.extend_from_slice(s.as_bytes());
                    out.push(b'"');
                }
                Attr::Str(s) => write_json_string(&mut out, s),
                Attr::Int(n) => write_int(&mut out, n),
                Attr::Bool(b) => out.extend_from_slice(if b { b"true" } else { b"false" }),
            }
        })?;
        out.extend_from_slice(br#","data":"#);
        serde_json::to_writer(&mut out, &self.data).map_err(|e| EncodeError::Data {
            name: E::NAME,
            message: e.to_string(),
        })?;
        out.push(b'}');
        Ok(out)
    }

    /// [`to_json`](Self::to_json), as a `String`.
    ///
    /// # Errors
    ///
    /// As [`to_json`](Self::to_json).
    pub fn to_json_string(&self) -> Result<String, EncodeError> {
        let bytes = self.to_json()?;
        // Only UTF-8 was written: JSON strings from `&str`, and serde_json's output.
        String::from_utf8(bytes).map_err(|e| EncodeError::Data {
            name: E::NAME,
            message: e.to_string(),
        })
    }
}

impl<E: Versioned> Envelope<E> {
    /// Decodes a structured-mode CloudEvent of event `E`, upcasting older versions.
    ///
    /// # Errors
    ///
    /// Every way the input can be wrong is a [`DecodeError`] variant; none panics.
    pub fn from_json(bytes: &[u8], options: &DecodeOptions) -> Result<Self, DecodeError> {
        if bytes.len() <= options.max_size
            && let Ok(text) = std::str::from_utf8(bytes)
            && let Some(envelope) = fast::decode(text, options)
        {
            return Ok(envelope);
        }
        let attributes = decode::parse(bytes, options)?.validate()?;
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
        let attributes = decode::parse(bytes, options)?.validate()?;
        Self::decode_attributes(attributes, options)
    }

    fn decode_attributes(
        a: decode::Attributes<'_>,
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
fn data_and_version<'a>(
    a: &decode::Attributes<'a>,
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
    let a = decode::parse(bytes, options)?.validate()?;
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

/// The longest [`utc_rfc3339`] text: `9999-12-31T23:59:59.999999999Z`.
const UTC_RFC3339_MAX: usize = 30;

/// `time` in RFC 3339 as the `time` crate formats it (`Rfc3339`), without allocating,
/// for the usual case: a UTC time in years 0 to 9999. `None` otherwise, for the `time`
/// crate to format (or refuse).
fn utc_rfc3339(time: OffsetDateTime, buf: &mut [u8; UTC_RFC3339_MAX]) -> Option<&str> {
    fn two(buf: &mut [u8], at: usize, n: u8) {
        buf[at] = b'0' + n / 10;
        buf[at + 1] = b'0' + n % 10;
    }
    if !time.offset().is_utc() {
        return None;
    }
    let (year, month, day) = time.to_calendar_date();
    let year = u16::try_from(year).ok().filter(|y| *y < 10_000)?;
    let (hour, minute, second, nanos) = time.to_hms_nano();
    #[allow(clippy::cast_possible_truncation)] // each is below 100
    {
        two(buf, 0, (year / 100) as u8);
        two(buf, 2, (year % 100) as u8);
    }
    buf[4] = b'-';
    two(buf, 5, u8::from(month));
    buf[7] = b'-';
    two(buf, 8, day);
    buf[10] = b'T';
    two(buf, 11, hour);
    buf[13] = b':';
    two(buf, 14, minute);
    buf[16] = b':';
    two(buf, 17, second);
    let mut len = 19;
    let mut nanos = nanos;
    if nanos != 0 {
        buf[19] = b'.';
        for at in (20..29).rev() {
            #[allow(clippy::cast_possible_truncation)] // a digit
            let digit = (nanos % 10) as u8;
            buf[at] = b'0' + digit;
            nanos /= 10;
        }
        // Trailing zeros are dropped: `.25`, not `.250000000`.
        len = 29;
        while buf[len - 1] == b'0' {
            len -= 1;
        }
    }
    buf[len] = b'Z';
    std::str::from_utf8(&buf[..=len]).ok()
}

/// Writes `n` in decimal, without allocating.
fn write_int(out: &mut Vec<u8>, n: i64) {
    if n < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(decimal(n.unsigned_abs(), &mut [0u8; 20]).as_bytes());
}

/// `n` in decimal, written at the end of `digits`.
fn decimal(n: u64, digits: &mut [u8; 20]) -> &str {
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        #[allow(clippy::cast_possible_truncation)] // a digit
        let digit = (rest % 10) as u8;
        digits[at] = b'0' + digit;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    std::str::from_utf8(&digits[at..]).unwrap_or_default()
}

/// What a byte becomes in a JSON string: 0 for itself, `u` for `\u00XX`, else the
/// character after a backslash.
const JSON_ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b'u';
        b += 1;
    }
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table[b'\n' as usize] = b'n';
    table[b'\r' as usize] = b'r';
    table[b'\t' as usize] = b't';
    table
};

/// The bytes of `w` (little-endian) that must be escaped in a JSON string — a control
/// character (below 0x20), `"` or `\` — as their high bits. The lowest bit set is exact
/// (a byte above a match may be flagged falsely, never one below): `0` when there is
/// none, else `trailing_zeros() / 8` is the index of the first.
#[inline]
pub(crate) fn escape_mask(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let control = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    let quote = has_zero(w ^ (ONES * u64::from(b'"')));
    let backslash = has_zero(w ^ (ONES * u64::from(b'\\')));
    control | quote | backslash
}

/// 16 bytes at a time with SSE2, which every x86-64 processor has.
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_max_epu8, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8,
    };

    /// `b` in every lane.
    #[allow(clippy::cast_possible_wrap)] // the byte, as the intrinsics take it
    fn splat(b: u8) -> __m128i {
        // SAFETY: SSE2 is part of x86-64, so every x86-64 processor runs it.
        unsafe { _mm_set1_epi8(b as i8) }
    }

    /// The 16 bytes of `chunk` in a register.
    fn load(chunk: &[u8; 16]) -> __m128i {
        // SAFETY: as `splat`; the unaligned load reads the 16 bytes of `chunk`.
        unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) }
    }

    /// Bit `k` set for the lanes where `v` equals one of `bytes`.
    fn any_of(v: __m128i, bytes: &[u8]) -> u32 {
        // SAFETY: as `splat`.
        let mask = unsafe {
            let mut hits = _mm_cmpeq_epi8(v, splat(bytes[0]));
            for &b in &bytes[1..] {
                hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, splat(b)));
            }
            _mm_movemask_epi8(hits)
        };
        #[allow(clippy::cast_sign_loss)] // 16 mask bits
        let mask = mask as u32;
        mask
    }

    /// Bit `k` set when byte `k` of `chunk` must be escaped in a JSON string: a control
    /// character (below 0x20), `"` or `\`.
    #[inline]
    pub(super) fn escape_mask(chunk: &[u8; 16]) -> u32 {
        let v = load(chunk);
        // SAFETY: as `splat`. Below 0x20: the unsigned maximum with 0x1f is 0x1f.
        let control =
            unsafe { _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, splat(0x1f)), splat(0x1f))) };
        #[allow(clippy::cast_sign_loss)] // 16 mask bits
        let control = control as u32;
        control | any_of(v, b"\"\\")
    }
}

/// The index of the first byte at or after `i` that must be escaped in a JSON string,
/// or `bytes.len()`.
#[inline]
pub(crate) fn next_escape(bytes: &[u8], mut i: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    while let Some(chunk) = bytes
        .get(i..i + 16)
        .and_then(|c| <&[u8; 16]>::try_from(c).ok())
    {
        let mask = sse2::escape_mask(chunk);
        if mask != 0 {
            return i + mask.trailing_zeros() as usize;
        }
        i += 16;
    }
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let mask = escape_mask(u64::from_le_bytes(word));
        if mask != 0 {
            return i + (mask.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if JSON_ESCAPE[usize::from(b)] != 0 {
            return i;
        }
        i += 1;
    }
    bytes.len()
}

/// Whether `s` is written in a JSON string as it is, without escapes.
fn is_plain(s: &str) -> bool {
    next_escape(s.as_bytes(), 0) == s.len()
}

/// Writes `s` as a JSON string.
fn write_json_string(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.reserve(s.len() + 2);
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut start = 0;
    loop {
        let i = next_escape(bytes, start);
        let Some(&b) = bytes.get(i) else { break };
        let escape = JSON_ESCAPE[usize::from(b)];
        out.extend_from_slice(&bytes[start..i]);
        if escape == b'u' {
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 0xf)]);
        } else {
            out.extend_from_slice(&[b'\\', escape]);
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// Used by the producer to build envelopes.
impl<E: Message> Envelope<E> {
    /// With room in the text buffer for what [`Producer::caused_by`] and the builders
    /// usually add (two ids, a trace state, a subject).
    fn build(
        id: &str,
        source: &str,
        ty: &str,
        time: OffsetDateTime,
        schema_base: Option<&str>,
        data: E,
    ) -> Self {
        // An empty key is no key: `partitionkey` must not be empty, so an envelope
        // with `""` would encode and then fail to decode.
        let key = data.partition_key().filter(|key| !key.is_empty());
        let mut texts = Texts::new(
            [
                Some(id),
                Some(source),
                Some(ty),
                Some(DATA_CONTENT_TYPE),
                None,
                None,
                key.as_deref(),
                None,
                None,
                None,
                None,
            ],
            128 + schema_base.map_or(0, |base| base.len() + 3 * E::NAME.len() + 24),
        );
        // `<base>/<name>/v<version>.schema.json`, written in place.
        texts.set_with(
            Slot::DataSchema,
            schema_base.map(|base| {
                |buf: &mut String| {
                    buf.push_str(base);
                    buf.push('/');
                    producer::percent_encode_segment(buf, E::NAME);
                    buf.push_str("/v");
                    buf.push_str(decimal(u64::from(E::VERSION), &mut [0u8; 20]));
                    buf.push_str(".schema.json");
                }
            }),
        );
        drop(key);
        Envelope {
            texts,
            time: Some(time),
            traceparent: None,
            decoded_version: E::VERSION,
            extensions: Extensions::default(),
            data,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-by-byte writer `write_json_string` replaced: its output is kept.
    fn reference_json_string(s: &str) -> String {
        let mut out = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\0'..='\u{1f}' => {
                    use std::fmt::Write as _;
                    write!(out, "\\u{:04x}", u32::from(c)).unwrap();
                }
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }

    #[test]
    fn next_escape_finds_the_first_byte_to_escape() {
        // Every byte at every position of the 16- and 8-byte steps and the tail.
        for b in 0..=255u8 {
            for at in 0..40 {
                let mut bytes = vec![b'a'; 40];
                bytes[at] = b;
                let first = bytes.iter().position(|&c| JSON_ESCAPE[usize::from(c)] != 0);
                for start in [0, 3, at.min(17)] {
                    let expected = first.filter(|&f| f >= start).unwrap_or(bytes.len());
                    assert_eq!(
                        next_escape(&bytes, start),
                        expected,
                        "{b:#04x} at {at} from {start}"
                    );
                }
            }
        }
    }

    #[test]
    fn json_strings_are_written_as_before() {
        let mut cases: Vec<String> = vec![
            String::new(),
            "plain".into(),
            "exactly8".into(),
            "sixteen bytes!!!".into(),
            "a\"b\\c\nd\re\tf\u{1}g\u{1f}h\u{7f}i".into(),
            "ünïcödé and emoji 🎉 \u{2028}".into(),
        ];
        for b in 0u8..0x80 {
            for at in 0..17 {
                let mut s = "x".repeat(at);
                s.push(char::from(b));
                s.push_str("tail-of-the-string");
                cases.push(s);
            }
        }
        for case in cases {
            let mut out = Vec::new();
            write_json_string(&mut out, &case);
            let out = String::from_utf8(out).unwrap();
            assert_eq!(out, reference_json_string(&case), "{case:?}");
            assert_eq!(serde_json::from_str::<String>(&out).unwrap(), case);
        }
    }

    #[test]
    fn utc_times_are_formatted_as_the_time_crate_formats_them() {
        use time::{Date, Month, Time, UtcOffset};
        let mut checked = 0;
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut nanos = vec![0, 1, 10, 250_000_000, 999_999_999, 100_000_000, 120_000_000];
        for _ in 0..200 {
            #[allow(clippy::cast_possible_truncation)]
            nanos.push((next() % 1_000_000_000) as u32);
        }
        for year in [-10_000, -1, 0, 1, 99, 999, 1970, 2026, 9999, 10_000] {
            for (i, &nano) in nanos.iter().enumerate() {
                #[allow(clippy::cast_possible_truncation)]
                let (month, day, h, m, s) = (
                    (next() % 12) as u8 + 1,
                    (next() % 28) as u8 + 1,
                    (next() % 24) as u8,
                    (next() % 60) as u8,
                    (next() % 60) as u8,
                );
                let Ok(date) = Date::from_calendar_date(year, Month::try_from(month).unwrap(), day)
                else {
                    continue;
                };
                let time = Time::from_hms_nano(h, m, s, nano).unwrap();
                let offset = if i % 5 == 4 {
                    UtcOffset::from_hms(-3, -30, 0).unwrap()
                } else {
                    UtcOffset::UTC
                };
                let value = date.with_time(time).assume_offset(offset);
                let mut buf = [0u8; UTC_RFC3339_MAX];
                let expected = value.format(&Rfc3339).ok();
                match utc_rfc3339(value, &mut buf) {
                    Some(text) => {
                        assert_eq!(Some(text.to_owned()), expected, "{value}");
                        checked += 1;
                    }
                    None => assert!(!offset.is_utc() || !(0..10_000).contains(&year), "{value}"),
                }
            }
        }
        assert!(checked > 1000);
    }

    #[test]
    fn replaced_texts_do_not_grow_the_buffer_without_bound() {
        let mut texts = Texts::new(
            [
                Some("id"),
                Some("/source"),
                Some("Type"),
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
            ],
            0,
        );
        for i in 0..10_000 {
            texts.set(Slot::Subject, Some(&format!("subject number {i}")));
            texts.set(Slot::Sequence, (i % 2 == 0).then_some("seq"));
        }
        assert!(texts.buf.len() < 1024, "{}", texts.buf.len());
        assert_eq!(texts.get(Slot::Id), Some("id"));
        assert_eq!(texts.get(Slot::Source), Some("/source"));
        assert_eq!(texts.get(Slot::Ty), Some("Type"));
        assert_eq!(texts.get(Slot::Subject), Some("subject number 9999"));
        assert_eq!(texts.get(Slot::Sequence), None);
        assert_eq!(texts.get(Slot::DataSchema), None);
    }

    #[test]
    fn integers_are_written_in_decimal() {
        for n in [0, 1, 9, 10, 42, -1, -10, 1_234_567_890, i64::MAX, i64::MIN] {
            let mut out = Vec::new();
            write_int(&mut out, n);
            assert_eq!(String::from_utf8(out).unwrap(), n.to_string());
        }
    }
}
