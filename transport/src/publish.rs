//! The producer side: events are published (every consumer group gets them), commands
//! are sent (one handler group gets them); each message travels in its `CloudEvents`
//! envelope on the subject of its type and partition key, inside a `factum.publish` span.

use std::future::Future;

use factum::envelope::{Binding, Envelope, to_binary};
use factum::{Command, Event, Message};
use serde::Serialize;
use tracing::Instrument as _;

use crate::backend::{Appended, Outgoing};
use crate::trace::{SpanContext, TRACEPARENT, TRACESTATE};
use crate::{Bus, Error, subject};

/// How the envelope travels (the `CloudEvents` NATS binding's two content modes).
/// Consumers read both, whatever their bus sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ContentMode {
    /// Attributes as `ce-` headers, the data as the body (the embedded transport's
    /// default).
    #[default]
    Binary,
    /// The whole envelope as the body (`application/cloudevents+json`), beside
    /// `Nats-Msg-Id` and `traceparent`: NATS' default, as in the `CloudEvents` SDKs'
    /// NATS binding. Fewer headers cost less on NATS, whose client keeps every header in
    /// a hash map with an allocation per name and value (BENCHMARKS.md).
    Structured,
}

/// A message the transport accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// The message id.
    pub id: String,
    /// The subject it went to.
    pub subject: String,
    /// Whether the transport had this id already and dropped this copy.
    pub duplicate: bool,
}

impl Bus {
    /// Publishes `event` to every consumer group that reads its type.
    ///
    /// # Errors
    ///
    /// When it cannot be encoded or the transport refuses it.
    pub fn publish<E: Event + Serialize>(
        &self,
        event: E,
    ) -> impl Future<Output = Result<Published, Error>> + Send + '_ {
        self.append(self.prepare(self.producer.envelope(event)))
    }

    /// Publishes an event already in its envelope (made by
    /// [`Producer::caused_by`](factum::Producer::caused_by), say); publishing the same
    /// envelope twice stores it once.
    ///
    /// # Errors
    ///
    /// As [`publish`](Self::publish).
    pub fn publish_envelope<E: Event + Serialize>(
        &self,
        envelope: Envelope<E>,
    ) -> impl Future<Output = Result<Published, Error>> + Send + '_ {
        self.append(self.prepare(envelope))
    }

    /// Sends `command` to its one handler group.
    ///
    /// # Errors
    ///
    /// As [`publish`](Self::publish).
    pub fn send<C: Command + Serialize>(
        &self,
        command: C,
    ) -> impl Future<Output = Result<Published, Error>> + Send + '_ {
        self.append(self.prepare(self.producer.envelope(command)))
    }

    /// Sends a command already in its envelope.
    ///
    /// # Errors
    ///
    /// As [`publish`](Self::publish).
    pub fn send_envelope<C: Command + Serialize>(
        &self,
        envelope: Envelope<C>,
    ) -> impl Future<Output = Result<Published, Error>> + Send + '_ {
        self.append(self.prepare(envelope))
    }

    /// The message that carries `envelope`, and the span of its publishing.
    fn prepare<M: Message + Serialize>(
        &self,
        envelope: Envelope<M>,
    ) -> Result<(Outgoing, tracing::Span), Error> {
        // The origin's context travels in the envelope; a message without one starts a trace.
        let origin = envelope
            .traceparent()
            .and_then(|t| SpanContext::parse(t.as_str()));
        let (origin, envelope) = if let Some(origin) = origin {
            (origin, envelope)
        } else {
            let origin = SpanContext::root();
            let state = envelope.tracestate().map(str::to_owned);
            let envelope = envelope.with_trace(origin.to_attribute(), state);
            (origin, envelope)
        };
        let hop = origin.child();
        let subject = subject::message(M::KIND, M::NAME, envelope.partition_key());
        let span = tracing::info_span!(
            "factum.publish",
            subject = %subject,
            message.id = %envelope.id(),
            trace_id = %hop.trace_id(),
            span_id = %hop.span_id(),
            parent_span_id = %origin.span_id(),
        );
        let (mut headers, body) = match self.mode {
            ContentMode::Binary => to_binary(&envelope, Binding::Nats)?,
            ContentMode::Structured => (
                vec![(
                    "content-type".to_owned(),
                    factum::envelope::STRUCTURED_CONTENT_TYPE.to_owned(),
                )],
                envelope.to_json()?,
            ),
        };
        headers.push((TRACEPARENT.to_owned(), hop.to_traceparent()));
        if let Some(state) = envelope.tracestate() {
            headers.push((TRACESTATE.to_owned(), state.to_owned()));
        }
        let message = Outgoing {
            subject,
            id: envelope.id().to_owned(),
            headers,
            body,
        };
        Ok((message, span))
    }

    async fn append(
        &self,
        prepared: Result<(Outgoing, tracing::Span), Error>,
    ) -> Result<Published, Error> {
        let (message, span) = prepared?;
        let (id, subject) = (message.id.clone(), message.subject.clone());
        let appended = self.backend.append(message).instrument(span).await?;
        Ok(Published {
            id,
            subject,
            duplicate: appended == Appended::Duplicate,
        })
    }
}
