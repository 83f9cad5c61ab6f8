//! Building envelopes: the producer, its clock and id source, and causality.

use std::fmt;
use std::sync::Arc;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use time::OffsetDateTime;

use super::error::AttributeError;
use super::extensions::Extensions;
use super::model::Envelope;
use super::names::DATA_CONTENT_TYPE;
use super::options::TypeStyle;
use super::texts::{Slot, Texts};
use super::trace::TraceParent;
use super::validate;
use crate::{Event, Message};

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

/// UUIDv7 ids (unique and ordered by time): the default [`IdSource`], made by the
/// `uuid` crate (`Uuid::now_v7`).
///
/// An id is the Unix time in milliseconds, a 42-bit counter seeded with random bits each
/// millisecond and incremented within it (RFC 9562, section 6.2, method 1), and 32 random
/// bits. The ids of one process are unique and strictly increasing (one counter for the
/// whole process). The random bits come from a per-thread generator seeded by the
/// operating system (`rand`'s `ThreadRng`, through `uuid`'s `fast-rng`), not from a system
/// call per id. That generator is not reseeded when a process forks: a child draws its
/// parent's random bits until it reseeds (every 64 KiB of output), so a process that
/// forks should make ids in only one of the two, or give the child its own [`IdSource`].
#[derive(Debug, Clone, Copy, Default)]
pub struct UuidV7;

impl UuidV7 {
    /// A new id, written in `buf` (no allocation).
    pub(crate) fn write(buf: &mut [u8; 36]) -> &str {
        uuid::Uuid::now_v7().hyphenated().encode_lower(buf)
    }
}

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
///
/// // Commands and queries travel in the same envelope.
/// #[derive(factum::Command, serde::Serialize, schemars::JsonSchema)]
/// #[command(key = order_id)]
/// struct ReserveStock { order_id: String }
/// let reserve = producer.caused_by(&placed, ReserveStock { order_id: "o-1".into() });
/// assert_eq!((reserve.ty(), reserve.causation_id()), ("com.example.ReserveStock", Some("evt-1")));
/// assert!(reserve.to_json_string()?.ends_with(r#""data":{"order_id":"o-1"}}"#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct Producer {
    source: String,
    type_style: TypeStyle,
    schema_base: Option<String>,
    clock: Arc<dyn Clock>,
    /// `None`: [`UuidV7`], written without an allocation.
    ids: Option<Arc<dyn IdSource>>,
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
            ids: None,
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
        self.ids = Some(Arc::new(ids));
        self
    }

    /// `source`.
    #[must_use]
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The envelope of `message` (an event, a command or a query): a new id, the current
    /// time, and the attributes the message and this producer determine. Which kind may
    /// go where is the transport's to enforce (events are published, commands sent).
    #[must_use]
    pub fn envelope<M: Message>(&self, message: M) -> Envelope<M> {
        let mut buf = [0u8; 36];
        let given = self.ids.as_ref().map(|ids| ids.next_id());
        let id = match &given {
            Some(id) if !id.is_empty() => id.as_str(),
            _ => UuidV7::write(&mut buf),
        };
        Envelope::build(
            id,
            &self.source,
            &self.type_style.type_of(M::NAME),
            self.clock.now(),
            self.schema_base.as_deref(),
            message,
        )
    }

    /// During a migration window across a breaking change, the envelope of `event` and
    /// of a copy of it as an older version of the same event (`downcast`, e.g.
    /// `|v2| OrderPlacedV1::from(v2.clone())` or an explicit mapping), with the same `id`,
    /// `source`, `type` and `time`: consumers not yet upgraded read the copy, upgraded
    /// ones read either and skip the other by id. Publish both; see
    /// [rolling deploys](crate::Versioned#rolling-deploys-across-a-breaking-change) for the
    /// deploy order. A copy of another event or of a version that is not older is a
    /// compile error.
    ///
    /// ```
    /// use factum::{Event, Producer};
    /// use serde::{Deserialize, Serialize};
    ///
    /// #[derive(Debug, Event, Serialize, Deserialize, schemars::JsonSchema)]
    /// #[event(name = "OrderPlaced", version = 1)]
    /// struct OrderPlacedV1 { order_id: String }
    ///
    /// #[derive(Debug, Event, Serialize, Deserialize, schemars::JsonSchema)]
    /// #[event(version = 2, upcast_from = OrderPlacedV1)]
    /// struct OrderPlaced { order_id: String, currency: String }
    ///
    /// impl From<OrderPlacedV1> for OrderPlaced {
    ///     fn from(v1: OrderPlacedV1) -> Self { Self { order_id: v1.order_id, currency: "EUR".into() } }
    /// }
    ///
    /// let producer = Producer::new("/checkout")?;
    /// let event = OrderPlaced { order_id: "o-1".into(), currency: "EUR".into() };
    /// let (v2, v1) = producer.envelope_pair(event, |e| OrderPlacedV1 { order_id: e.order_id.clone() });
    /// assert_eq!(v2.id(), v1.id());
    /// assert!(String::from_utf8(v2.to_json()?)?.contains(r#""dataversion":2"#));
    /// assert!(String::from_utf8(v1.to_json()?)?.contains(r#""dataversion":1"#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn envelope_pair<E: Event, Old: Event>(
        &self,
        event: E,
        downcast: impl FnOnce(&E) -> Old,
    ) -> (Envelope<E>, Envelope<Old>) {
        const { crate::version::check_downcast::<E, Old>() };
        let copy = downcast(&event);
        let new = self.envelope(event);
        let old = Envelope::build(
            new.id(),
            &self.source,
            &self.type_style.type_of(Old::NAME),
            new.time().unwrap_or_else(|| self.clock.now()),
            self.schema_base.as_deref(),
            copy,
        );
        (new, old)
    }

    /// The envelope of `message`, caused by `parent`: its `causationid` is the parent's id,
    /// its `correlationid` the parent's correlation id (or the parent's id when it had
    /// none; an empty id is taken as none), and it carries the parent's `traceparent`
    /// and `tracestate` unchanged (factum does not start spans; a tracer that does sets
    /// its own with [`Envelope::with_trace`]).
    #[must_use]
    pub fn caused_by<'p, M: Message>(
        &self,
        parent: impl Into<Cause<'p>>,
        message: M,
    ) -> Envelope<M> {
        let parent = parent.into();
        let mut envelope = self.envelope(message);
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

/// What a path segment percent-encodes: all but the unreserved characters of RFC 3986.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// What a caused envelope takes from its cause: an [`Envelope`] of any message, or the
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
                    buf.extend(utf8_percent_encode(E::NAME, SEGMENT));
                    buf.push_str("/v");
                    buf.push_str(itoa::Buffer::new().format(E::VERSION));
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

    #[test]
    fn uuid_v7_ids_are_unique_and_increase_in_every_thread() {
        let ids = |n: usize| (0..n).map(|_| UuidV7.next_id()).collect::<Vec<_>>();
        let threads: Vec<_> = (0..4)
            .map(|_| std::thread::spawn(move || ids(5_000)))
            .collect();
        let mut all = std::collections::HashSet::new();
        for thread in threads {
            let ids = thread.join().unwrap();
            for pair in ids.windows(2) {
                assert!(pair[0] < pair[1], "{} then {}", pair[0], pair[1]);
            }
            for id in ids {
                let uuid = uuid::Uuid::parse_str(&id).unwrap();
                assert_eq!(uuid.get_version_num(), 7);
                assert_eq!(uuid.get_variant(), uuid::Variant::RFC4122);
                assert!(all.insert(id));
            }
        }
        // The time is today's, to the millisecond.
        let millis = |id: &str| {
            let (seconds, nanos) = uuid::Uuid::parse_str(id)
                .unwrap()
                .get_timestamp()
                .unwrap()
                .to_unix();
            u128::from(seconds) * 1000 + u128::from(nanos / 1_000_000)
        };
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis();
        let id = UuidV7.next_id();
        assert!(now.abs_diff(millis(&id)) < 5_000, "{id}");
        let mut buf = [0u8; 36];
        let written = UuidV7::write(&mut buf).to_owned();
        assert!(id < written);
    }
}
