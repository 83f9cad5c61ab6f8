//! Building envelopes: the producer, its clock and id source, and causality.

use std::fmt;
use std::sync::Arc;

use time::OffsetDateTime;

use super::error::AttributeError;
use super::{Envelope, Slot, TraceParent, TypeStyle, validate};
use crate::Event;

/// Where envelope `time` comes from. Implemented by [`SystemClock`] and by every
/// `Fn() -> OffsetDateTime`, so a test or a replay can fix it.
pub trait Clock: Send + Sync {
    /// The current time.
    fn now(&self) -> OffsetDateTime;
}

impl<F: Fn() -> OffsetDateTime + Send + Sync> Clock for F {
    fn now(&self) -> OffsetDateTime {
        self()
    }
}

/// The system clock, in UTC: the default [`Clock`].
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }
}

/// Where envelope ids come from. Implemented by [`UuidV7`] and by every `Fn() -> String`.
/// An id source returns a non-empty id, unique for its `source`; when it returns an empty
/// string the producer uses a UUIDv7 instead.
pub trait IdSource: Send + Sync {
    /// A new id.
    fn next_id(&self) -> String;
}

impl<F: Fn() -> String + Send + Sync> IdSource for F {
    fn next_id(&self) -> String {
        self()
    }
}

/// UUIDv7 ids (unique and ordered by time): the default [`IdSource`].
#[derive(Debug, Clone, Copy, Default)]
pub struct UuidV7;

impl IdSource for UuidV7 {
    fn next_id(&self) -> String {
        uuid::Uuid::now_v7().to_string()
    }
}

/// Builds envelopes for one `source`: ids, time, `type`, `dataschema`, partition key, and
/// causality.
///
/// ```
/// use factum::envelope::{Producer, TypeStyle};
/// use factum::Event;
/// use std::sync::atomic::{AtomicU64, Ordering};
///
/// #[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
/// #[event(version = 2, key = order_id)]
/// struct OrderPlaced { order_id: String }
/// #[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
/// struct PaymentCaptured { order_id: String }
///
/// let next = AtomicU64::new(1);
/// let producer = Producer::new("https://shop.example/checkout")?
///     .with_type_style(TypeStyle::Prefixed("com.example".into()))
///     .with_schema_base("https://shop.example/schemas")?
///     .with_clock(|| time::OffsetDateTime::UNIX_EPOCH)
///     .with_ids(move || format!("evt-{}", next.fetch_add(1, Ordering::Relaxed)));
///
/// let placed = producer.envelope(OrderPlaced { order_id: "o-1".into() });
/// assert_eq!(placed.id(), "evt-1");
/// assert_eq!(placed.ty(), "com.example.OrderPlaced");
/// assert_eq!(placed.dataschema(), Some("https://shop.example/schemas/OrderPlaced/v2.schema.json"));
/// assert_eq!(placed.partition_key(), Some("o-1"));
///
/// let paid = producer.caused_by(&placed, PaymentCaptured { order_id: "o-1".into() });
/// assert_eq!(paid.causation_id(), Some("evt-1"));
/// assert_eq!(paid.correlation_id(), Some("evt-1"));
/// # Ok::<(), factum::envelope::AttributeError>(())
/// ```
#[derive(Clone)]
pub struct Producer {
    source: String,
    type_style: TypeStyle,
    schema_base: Option<String>,
    clock: Arc<dyn Clock>,
    ids: Arc<dyn IdSource>,
}

impl fmt::Debug for Producer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Producer")
            .field("source", &self.source)
            .field("type_style", &self.type_style)
            .field("schema_base", &self.schema_base)
            .finish_non_exhaustive()
    }
}

impl Producer {
    /// A producer for `source`, a URI-reference that names this producer
    /// (`/checkout`, `https://shop.example/checkout`, `urn:…`), with [`TypeStyle::Name`],
    /// no `dataschema`, the [`SystemClock`] and [`UuidV7`] ids.
    ///
    /// # Errors
    ///
    /// A `source` that is not a URI-reference.
    pub fn new(source: impl Into<String>) -> Result<Self, AttributeError> {
        let source = source.into();
        if let Some(problem) = validate::uri_problem(&source, false) {
            return Err(AttributeError::new(
                "source",
                format!("`{source}` is not a URI-reference: {problem}"),
            ));
        }
        Ok(Producer {
            source,
            type_style: TypeStyle::Name,
            schema_base: None,
            clock: Arc::new(SystemClock),
            ids: Arc::new(UuidV7),
        })
    }

    /// How wire names become `type`.
    #[must_use]
    pub fn with_type_style(mut self, style: TypeStyle) -> Self {
        self.type_style = style;
        self
    }

    /// Sets `dataschema` on every envelope to `<base>/<name>/v<version>.schema.json`, the
    /// layout of the contracts folder.
    ///
    /// # Errors
    ///
    /// A base that is not an absolute URI.
    pub fn with_schema_base(mut self, base: impl Into<String>) -> Result<Self, AttributeError> {
        let base = base.into();
        if let Some(problem) = validate::uri_problem(&base, true) {
            return Err(AttributeError::new(
                "dataschema",
                format!("schema base `{base}` is not a URI: {problem}"),
            ));
        }
        self.schema_base = Some(base.trim_end_matches('/').to_owned());
        Ok(self)
    }

    /// The clock for `time`.
    #[must_use]
    pub fn with_clock(mut self, clock: impl Clock + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// The source of ids.
    #[must_use]
    pub fn with_ids(mut self, ids: impl IdSource + 'static) -> Self {
        self.ids = Arc::new(ids);
        self
    }

    /// `source`.
    #[must_use]
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The envelope of `event`: a new id, the current time, and the attributes the event
    /// and this producer determine.
    #[must_use]
    pub fn envelope<E: Event>(&self, event: E) -> Envelope<E> {
        let mut id = self.ids.next_id();
        if id.is_empty() {
            id = uuid::Uuid::now_v7().to_string();
        }
        let dataschema = self.schema_base.as_ref().map(|base| {
            let mut url = format!("{base}/");
            percent_encode_segment(&mut url, E::NAME);
            url.push_str("/v");
            url.push_str(&E::VERSION.to_string());
            url.push_str(".schema.json");
            url
        });
        Envelope::build(
            &id,
            &self.source,
            &self.type_style.type_of(E::NAME),
            self.clock.now(),
            dataschema.as_deref(),
            event,
        )
    }

    /// The envelope of `event`, caused by `parent`: its `causationid` is the parent's id,
    /// its `correlationid` the parent's correlation id (or the parent's id when it had
    /// none; an empty id is taken as none), and it carries the parent's `traceparent`
    /// and `tracestate` unchanged (factum does not start spans; a tracer that does sets
    /// its own with [`Envelope::with_trace`]).
    #[must_use]
    pub fn caused_by<'p, E: Event>(&self, parent: impl Into<Cause<'p>>, event: E) -> Envelope<E> {
        let parent = parent.into();
        let mut envelope = self.envelope(event);
        // An empty id is no id: `causationid` and `correlationid` must not be empty, so
        // an envelope carrying `""` would encode and then fail to decode.
        let id = Some(parent.id).filter(|id| !id.is_empty());
        envelope.texts.set(Slot::CausationId, id);
        envelope.texts.set(
            Slot::CorrelationId,
            parent.correlation_id.filter(|id| !id.is_empty()).or(id),
        );
        envelope.traceparent = parent.traceparent.cloned();
        envelope.texts.set(Slot::TraceState, parent.tracestate);
        envelope
    }
}

fn percent_encode_segment(out: &mut String, s: &str) {
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            validate::push_percent(out, b);
        }
    }
}

/// What a caused envelope takes from its cause: an [`Envelope`] of any event, or the
/// context of a message factum did not decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cause<'a> {
    id: &'a str,
    correlation_id: Option<&'a str>,
    traceparent: Option<&'a TraceParent>,
    tracestate: Option<&'a str>,
}

impl<'a> Cause<'a> {
    /// A cause with id `id` (a message id, a request id) and nothing else.
    #[must_use]
    pub fn new(id: &'a str) -> Self {
        Cause {
            id,
            correlation_id: None,
            traceparent: None,
            tracestate: None,
        }
    }

    /// The correlation id the cause carried.
    #[must_use]
    pub fn with_correlation_id(mut self, id: &'a str) -> Self {
        self.correlation_id = Some(id);
        self
    }

    /// The trace context the cause carried.
    #[must_use]
    pub fn with_trace(mut self, traceparent: &'a TraceParent, tracestate: Option<&'a str>) -> Self {
        self.traceparent = Some(traceparent);
        self.tracestate = tracestate;
        self
    }
}

impl<'a, P> From<&'a Envelope<P>> for Cause<'a> {
    fn from(parent: &'a Envelope<P>) -> Self {
        Cause {
            id: parent.id(),
            correlation_id: parent.correlation_id(),
            traceparent: parent.traceparent(),
            tracestate: parent.tracestate(),
        }
    }
}
