//! The seam between factum's typed API and a transport: append to a log, read it through
//! durable consumer groups, acknowledge, and answer requests. Implemented by the embedded
//! `SQLite` log and by NATS `JetStream`; the typed API and the consumer runtime are written
//! once over it.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

pub use crate::received::{Iter as HeaderIter, ReceivedHeaders};
use crate::{ContentMode, Error};

/// A boxed future, as the object-safe transport traits return.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Message headers: (name, value) pairs, in order.
pub type Headers = Vec<(String, String)>;

/// A message to append: its subject, its id (the transport drops a second message with
/// the same id), its headers and its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    /// Where it goes.
    pub subject: String,
    /// The message id (`Nats-Msg-Id` on `JetStream`).
    pub id: String,
    /// Headers: the `CloudEvents` attributes (`ce-…`), `traceparent`, …
    pub headers: Headers,
    /// The body.
    pub body: Vec<u8>,
}

/// What the transport did with an appended message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Appended {
    /// Stored at this position of the log.
    Stored(u64),
    /// A message with the same id was stored before: this one was dropped.
    Duplicate,
}

/// A message delivered to a consumer group, with the means to settle it.
pub struct Incoming {
    /// Its position in the log.
    pub sequence: u64,
    /// Its subject.
    pub subject: String,
    /// Its headers.
    pub headers: ReceivedHeaders,
    /// Its body.
    pub body: Vec<u8>,
    /// How many times it has been delivered to this group, this time included.
    pub delivered: u32,
    /// Settles it.
    pub settle: Box<dyn Settle>,
}

impl Incoming {
    /// The first header named `name` (case-insensitive).
    #[must_use]
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name)
    }
}

/// The first header named `name` (case-insensitive) in `headers`.
#[must_use]
pub fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// How a consumer settles one delivery (`JetStream`'s acknowledgements).
pub trait Settle: Send + Sync {
    /// Done: the group's position may move past it.
    fn ack(&self) -> BoxFuture<'_, Result<(), Error>>;
    /// Deliver it again after `delay`.
    fn nak(&self, delay: Duration) -> BoxFuture<'_, Result<(), Error>>;
    /// Never deliver it again to this group (it was dead-lettered).
    fn term(&self) -> BoxFuture<'_, Result<(), Error>>;
    /// Still working on it: do not redeliver yet.
    fn in_progress(&self) -> BoxFuture<'_, Result<(), Error>>;
}

/// A durable consumer group: the subjects it reads, and its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupSpec {
    /// The group's name; its position is kept under it.
    pub group: String,
    /// Subject filters (NATS wildcards).
    pub filters: Vec<String>,
    /// How long a delivery may stay unsettled before it is delivered again.
    pub ack_wait: Duration,
}

/// The deliveries of one consumer group, from its acknowledged position on.
pub trait Subscription: Send {
    /// The next delivery; waits for one. Cancel-safe: a delivery is not lost when the
    /// future is dropped.
    fn next(&mut self) -> BoxFuture<'_, Result<Incoming, Error>>;
}

/// A request to answer, and the means to answer it.
pub struct Request {
    /// Its headers.
    pub headers: Headers,
    /// Its body.
    pub body: Vec<u8>,
    /// Sends the answer.
    pub reply: Box<dyn Reply>,
}

/// Sends the answer to one request.
pub trait Reply: Send {
    /// Answers with `headers` and `body`.
    fn send(
        self: Box<Self>,
        headers: Headers,
        body: Vec<u8>,
    ) -> BoxFuture<'static, Result<(), Error>>;
}

/// The requests sent to one subject.
pub trait Requests: Send {
    /// The next request; `None` once the transport is closed.
    fn next(&mut self) -> BoxFuture<'_, Option<Request>>;
}

/// A transport: a log with durable consumer groups, and requests with replies.
pub trait Backend: Send + Sync {
    /// Appends a message, dropping it if one with the same id was appended before.
    fn append(&self, message: Outgoing) -> BoxFuture<'_, Result<Appended, Error>>;

    /// Opens the consumer group `spec.group`, created at the start of the log (so a group
    /// added later reads every retained message) or resumed from its acknowledged position.
    fn subscribe(&self, spec: GroupSpec) -> BoxFuture<'_, Result<Box<dyn Subscription>, Error>>;

    /// Sends a request and waits for its answer: (headers, body).
    fn request(
        &self,
        subject: String,
        headers: Headers,
        body: Vec<u8>,
        timeout: Duration,
    ) -> BoxFuture<'_, Result<(Headers, Vec<u8>), Error>>;

    /// Receives the requests sent to `subject` (one handler of the group `group` answers each).
    fn serve(
        &self,
        subject: String,
        group: String,
    ) -> BoxFuture<'_, Result<Box<dyn Requests>, Error>>;

    /// How a [`Bus`](crate::Bus) over this transport sends envelopes unless told
    /// otherwise ([`ContentMode::Binary`] unless the transport says otherwise).
    fn content_mode(&self) -> ContentMode {
        ContentMode::Binary
    }
}
