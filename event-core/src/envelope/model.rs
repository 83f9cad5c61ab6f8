//! The [`Envelope`] type: its attributes, their accessors and builders.

use std::fmt;

use time::OffsetDateTime;

use super::error::AttributeError;
use super::extensions::{ExtensionValue, Extensions};
use super::texts::{Slot, Texts};
use super::trace::TraceParent;

/// A message (an event, a command or a query) in a CloudEvents 1.0 envelope. See the
/// [module docs](super) for the attributes.
///
/// Built by a [`Producer`](super::Producer), encoded with [`to_json`](Self::to_json) or
/// [`to_binary`](super::to_binary), decoded with [`from_json`](Self::from_json) or
/// [`from_binary`](super::from_binary):
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
    pub(super) texts: Texts,
    pub(super) time: Option<OffsetDateTime>,
    pub(super) traceparent: Option<TraceParent>,
    pub(super) decoded_version: u32,
    pub(super) extensions: Extensions,
    pub(super) data: E,
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
pub(super) fn non_empty(attribute: &'static str, value: String) -> Result<String, AttributeError> {
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

    /// The envelope's attributes (an envelope of `()`) and its event, apart: a consumer
    /// keeps the attributes beside the event it hands on, without copying them.
    ///
    /// ```
    /// use factum::envelope::Producer;
    /// # #[derive(factum::Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    /// # struct OrderPlaced { order_id: String }
    /// let placed = Producer::new("/checkout")?.envelope(OrderPlaced { order_id: "o-1".into() });
    /// let id = placed.id().to_owned();
    /// let (attributes, event) = placed.into_parts();
    /// assert_eq!(attributes.id(), id);
    /// assert_eq!(event.order_id, "o-1");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn into_parts(self) -> (Envelope<()>, E) {
        let Envelope {
            texts,
            time,
            traceparent,
            decoded_version,
            extensions,
            data,
        } = self;
        let attributes = Envelope {
            texts,
            time,
            traceparent,
            decoded_version,
            extensions,
            data: (),
        };
        (attributes, data)
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

    /// Sets `correlationid` (usually set by [`Producer::caused_by`](super::Producer::caused_by)).
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
}
