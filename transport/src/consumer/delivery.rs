//! What a handler gets (a [`Delivery`]: the message and its context) and what it says
//! back (an [`Outcome`]).

use std::sync::{Arc, OnceLock};

use factum::envelope::{Cause, TraceParent};

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

/// The envelope attributes a delivery keeps.
#[derive(Debug, Clone)]
pub(crate) struct Meta {
    pub id: String,
    /// The message's wire name (its subject's and its dead letter's).
    pub name: &'static str,
    pub ty: String,
    pub partition_key: Option<String>,
    pub correlation_id: Option<String>,
    pub traceparent: Option<String>,
    pub tracestate: Option<String>,
}

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
            .or(meta.traceparent.as_deref())
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
        &self.meta.id
    }

    /// The `CloudEvents` `type`.
    pub fn ty(&self) -> &str {
        &self.meta.ty
    }

    /// The partition key, if the message has one.
    pub fn partition_key(&self) -> Option<&str> {
        self.meta.partition_key.as_deref()
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
        let mut cause =
            Cause::new(&self.meta.id).with_trace(traceparent, self.meta.tracestate.as_deref());
        if let Some(correlation) = &self.meta.correlation_id {
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
