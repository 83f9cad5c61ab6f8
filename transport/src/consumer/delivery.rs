//! What a handler gets (a [`Delivery`]: the message and its context) and what it says
//! back (an [`Outcome`]).

use std::sync::{Arc, OnceLock};

use factum::envelope::{Cause, Envelope, TraceParent};

use crate::trace::SpanContext;

/// A message delivered to a handler, with its id, key, attempt and trace context.
#[derive(Debug)]
pub struct Delivery<M> {
    pub(crate) message: M,
    pub(crate) meta: Meta,
    pub(crate) attempt: u32,
    pub(crate) group: Arc<str>,
    pub(crate) span: SpanContext,
    /// `span` as the envelope attribute, made when a cause is first asked for.
    pub(crate) traceparent: OnceLock<TraceParent>,
}

/// The envelope attributes a delivery keeps: the decoded envelope itself, its data
/// taken out (nothing copied), or a dead letter's id.
#[derive(Debug, Clone)]
pub(crate) struct Meta {
    /// The message's wire name (its subject's and its dead letter's).
    pub name: &'static str,
    attributes: Attributes,
}

// The large variant is the common one (every message but a dead letter read back).
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
enum Attributes {
    Envelope(Envelope<()>),
    DeadLetter { id: String },
}

impl Meta {
    /// The attributes of a decoded message of wire name `name`.
    pub(crate) fn of_envelope(name: &'static str, envelope: Envelope<()>) -> Self {
        Meta {
            name,
            attributes: Attributes::Envelope(envelope),
        }
    }

    /// A dead letter's: its id, and no other attribute.
    pub(crate) fn of_dead_letter(id: String) -> Self {
        Meta {
            name: DEAD_LETTER,
            attributes: Attributes::DeadLetter { id },
        }
    }

    fn envelope(&self) -> Option<&Envelope<()>> {
        match &self.attributes {
            Attributes::Envelope(envelope) => Some(envelope),
            Attributes::DeadLetter { .. } => None,
        }
    }

    pub(crate) fn id(&self) -> &str {
        match &self.attributes {
            Attributes::Envelope(envelope) => envelope.id(),
            Attributes::DeadLetter { id } => id,
        }
    }

    pub(crate) fn ty(&self) -> &str {
        self.envelope().map_or(DEAD_LETTER, Envelope::ty)
    }

    pub(crate) fn partition_key(&self) -> Option<&str> {
        self.envelope().and_then(Envelope::partition_key)
    }

    pub(crate) fn correlation_id(&self) -> Option<&str> {
        self.envelope().and_then(Envelope::correlation_id)
    }

    pub(crate) fn traceparent(&self) -> Option<&str> {
        self.envelope()
            .and_then(Envelope::traceparent)
            .map(TraceParent::as_str)
    }

    pub(crate) fn tracestate(&self) -> Option<&str> {
        self.envelope().and_then(Envelope::tracestate)
    }
}

/// The wire name and type of a dead letter read as a message.
const DEAD_LETTER: &str = "factum.DeadLetter";

impl<M> Delivery<M> {
    /// A delivery whose handling is a child of the hop `traceparent` (the transport
    /// header), else of the envelope's, else the start of a trace.
    pub(crate) fn new(
        message: M,
        meta: Meta,
        attempt: u32,
        group: Arc<str>,
        hop: Option<&str>,
    ) -> (Self, SpanContext) {
        let hop = hop
            .or(meta.traceparent())
            .and_then(SpanContext::parse)
            .unwrap_or_else(SpanContext::root);
        let span = hop.child();
        let delivery = Delivery {
            message,
            meta,
            attempt,
            group,
            traceparent: OnceLock::new(),
            span,
        };
        (delivery, hop)
    }

    /// The message.
    pub fn message(&self) -> &M {
        &self.message
    }

    /// The message, taken out.
    pub fn into_message(self) -> M {
        self.message
    }

    /// The message id (`id`): the key of idempotency.
    pub fn id(&self) -> &str {
        self.meta.id()
    }

    /// The `CloudEvents` `type`.
    pub fn ty(&self) -> &str {
        self.meta.ty()
    }

    /// The partition key, if the message has one.
    pub fn partition_key(&self) -> Option<&str> {
        self.meta.partition_key()
    }

    /// Which attempt this is, from 1 (redeliveries after a crash count too).
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// The consumer group handling it.
    pub fn group(&self) -> &str {
        &self.group
    }

    /// The trace context of this handling (a child of the hop that delivered it).
    pub fn span_context(&self) -> &SpanContext {
        &self.span
    }

    /// The cause of messages this handler publishes: `causationid` is this message's
    /// id, `correlationid` carries on, and the trace continues from this handling
    /// (`Producer::caused_by(delivery.cause(), event)`).
    pub fn cause(&self) -> Cause<'_> {
        let traceparent = self.traceparent.get_or_init(|| self.span.to_attribute());
        let mut cause = Cause::new(self.meta.id()).with_trace(traceparent, self.meta.tracestate());
        if let Some(correlation) = self.meta.correlation_id() {
            cause = cause.with_correlation_id(correlation);
        }
        cause
    }
}

/// What a handler made of a delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Handled: the group moves past it, and its id is recorded as processed.
    Done,
    /// Failed for now (a service down, a timeout): tried again after a backoff, and
    /// dead-lettered after the last attempt of the [`RetryPolicy`](crate::RetryPolicy).
    /// A handler that panics (in its call or its future) counts as this.
    Retry(String),
    /// Failed for good (invalid for this service): dead-lettered at once.
    Reject(String),
}

impl Outcome {
    /// [`Outcome::Retry`] with a reason.
    pub fn retry(reason: impl Into<String>) -> Self {
        Outcome::Retry(reason.into())
    }

    /// [`Outcome::Reject`] with a reason.
    pub fn reject(reason: impl Into<String>) -> Self {
        Outcome::Reject(reason.into())
    }
}

impl<T, E: std::fmt::Display> From<Result<T, E>> for Outcome {
    /// `Ok` is [`Outcome::Done`]; an error is retried.
    fn from(result: Result<T, E>) -> Self {
        match result {
            Ok(_) => Outcome::Done,
            Err(err) => Outcome::Retry(err.to_string()),
        }
    }
}
