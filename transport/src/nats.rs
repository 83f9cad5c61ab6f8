//! NATS `JetStream`, the distributed transport: one stream (`FACTUM`) over the subjects of
//! events, commands and dead letters; `Nats-Msg-Id` is the message id, so the server
//! drops a duplicate publish; a consumer group is a durable pull consumer that resumes
//! from its ack floor, and a group added later reads the whole retained stream; a dead
//! letter is published on `factum.dead.…` and the original terminated (`Term`); queries
//! are core NATS requests answered by a queue group.

use std::time::Duration;

use async_nats::HeaderMap;
use async_nats::header::{HeaderName, HeaderValue};
use async_nats::jetstream::consumer::{AckPolicy, DeliverPolicy, pull};
use async_nats::jetstream::message::AckKind;
use async_nats::jetstream::stream::{self, StorageType};
use async_nats::jetstream::{self, Context};
use futures_util::StreamExt as _;

use crate::backend::{
    Appended, Backend, BoxFuture, GroupSpec, Headers, Incoming, Outgoing, Reply, Request, Requests,
    Settle, Subscription,
};
use crate::trace::{TRACEPARENT, TRACESTATE};
use crate::{Bus, ContentMode, Error, dead_letter, subject};

/// The name of the stream factum creates.
pub const STREAM: &str = "FACTUM";

/// A connection to a NATS server with `JetStream`.
#[derive(Clone, Debug)]
pub struct Nats {
    client: async_nats::Client,
    jetstream: Context,
    stream: stream::Stream,
}

fn nats_error(operation: &'static str) -> impl Fn(&dyn std::fmt::Display) -> Error {
    move |err| Error::Nats {
        operation,
        message: err.to_string(),
    }
}

impl Nats {
    /// Connects to `url` and creates the `FACTUM` stream (file storage, 2 minute
    /// duplicate window) if it does not exist.
    ///
    /// # Errors
    ///
    /// When the server cannot be reached, or has no `JetStream`.
    pub async fn connect(url: &str) -> Result<Self, Error> {
        let client = async_nats::connect(url)
            .await
            .map_err(|e| nats_error("connect")(&e))?;
        let jetstream = jetstream::new(client.clone());
        let stream = jetstream
            .get_or_create_stream(stream::Config {
                name: STREAM.to_owned(),
                subjects: vec![
                    format!("{}.event.>", subject::ROOT),
                    format!("{}.command.>", subject::ROOT),
                    format!("{}.dead.>", subject::ROOT),
                ],
                storage: StorageType::File,
                duplicate_window: Duration::from_mins(2),
                ..stream::Config::default()
            })
            .await
            .map_err(|e| nats_error("create the stream")(&e))?;
        Ok(Nats {
            client,
            jetstream,
            stream,
        })
    }

    /// Removes every message of the stream (and so every position past them): for
    /// demos and tests that start from an empty log.
    ///
    /// # Errors
    ///
    /// When the server refuses.
    pub async fn purge(&self) -> Result<(), Error> {
        self.stream
            .purge()
            .await
            .map(drop)
            .map_err(|e| nats_error("purge the stream")(&e))
    }
}

/// A [`Bus`] over NATS `JetStream` at `url`.
///
/// # Errors
///
/// As [`Nats::connect`].
pub async fn connect(url: &str, producer: factum::Producer) -> Result<Bus, Error> {
    Ok(Bus::new(Nats::connect(url).await?, producer))
}

/// The header names factum writes, made once: a message's map takes them without an
/// allocation per name.
static NAMES: [HeaderName; 22] = [
    HeaderName::from_static("ce-specversion"),
    HeaderName::from_static("ce-id"),
    HeaderName::from_static("ce-source"),
    HeaderName::from_static("ce-type"),
    HeaderName::from_static("ce-time"),
    HeaderName::from_static("ce-subject"),
    HeaderName::from_static("ce-dataschema"),
    HeaderName::from_static("ce-dataversion"),
    HeaderName::from_static("ce-partitionkey"),
    HeaderName::from_static("ce-correlationid"),
    HeaderName::from_static("ce-causationid"),
    HeaderName::from_static("ce-traceparent"),
    HeaderName::from_static("ce-tracestate"),
    HeaderName::from_static("ce-sequence"),
    HeaderName::from_static("content-type"),
    HeaderName::from_static(TRACEPARENT),
    HeaderName::from_static(TRACESTATE),
    HeaderName::from_static(dead_letter::REASON),
    HeaderName::from_static(dead_letter::ATTEMPTS),
    HeaderName::from_static(dead_letter::GROUP),
    HeaderName::from_static(dead_letter::SUBJECT),
    HeaderName::from_static(dead_letter::ID),
];

fn invalid_header(what: &str, name: &str) -> Error {
    Error::Nats {
        operation: "publish",
        message: format!(
            "the header {what} `{}` is not valid on NATS (no control characters, `:` or spaces in a name, no line breaks in a value)",
            name.escape_debug()
        ),
    }
}

/// The client's header map of `headers` (and `Nats-Msg-Id` = `id`, if given); an
/// invalid name or value is an error, where the client's own conversions would panic.
fn header_map(headers: Headers, id: Option<String>) -> Result<HeaderMap, Error> {
    let mut map = HeaderMap::new();
    // Which of `NAMES` the map has: the first value of one is inserted (one hash lookup),
    // a second one appended (two).
    let mut seen = 0u32;
    for (name, value) in headers {
        let value = header_value(value)?;
        match NAMES
            .iter()
            .position(|known| AsRef::<str>::as_ref(known) == name)
        {
            Some(i) if seen & (1 << i) == 0 => {
                seen |= 1 << i;
                map.insert(NAMES[i].clone(), value);
            }
            Some(i) => map.append(NAMES[i].clone(), value),
            None => map.append(
                HeaderName::try_from(name.as_str()).map_err(|_| invalid_header("name", &name))?,
                value,
            ),
        }
    }
    if let Some(id) = id {
        map.insert(async_nats::header::NATS_MESSAGE_ID, header_value(id)?);
    }
    Ok(map)
}

fn header_value(value: String) -> Result<HeaderValue, Error> {
    // memchr's vector search: a byte at a time, the check cost 350 instructions per
    // header and message, more than the client's own conversion.
    if memchr::memchr2(b'\r', b'\n', value.as_bytes()).is_some() {
        return Err(invalid_header("value", &value));
    }
    Ok(HeaderValue::from(value))
}

fn headers_of(map: Option<&HeaderMap>) -> Headers {
    let Some(map) = map else {
        return Headers::new();
    };
    let mut headers = Headers::with_capacity(map.len());
    for (name, values) in map.iter() {
        let name: &str = name.as_ref();
        for value in values {
            headers.push((name.to_owned(), value.as_str().to_owned()));
        }
    }
    headers
}

impl Backend for Nats {
    fn append(&self, message: Outgoing) -> BoxFuture<'_, Result<Appended, Error>> {
        Box::pin(async move {
            let headers = header_map(message.headers, Some(message.id))?;
            let ack = self
                .jetstream
                .publish_with_headers(message.subject, headers, message.body.into())
                .await
                .map_err(|e| nats_error("publish")(&e))?
                .await
                .map_err(|e| nats_error("publish")(&e))?;
            Ok(if ack.duplicate {
                Appended::Duplicate
            } else {
                Appended::Stored(ack.sequence)
            })
        })
    }

    fn subscribe(&self, spec: GroupSpec) -> BoxFuture<'_, Result<Box<dyn Subscription>, Error>> {
        Box::pin(async move {
            let durable = subject::durable_name(&spec.group);
            let config = pull::Config {
                durable_name: Some(durable.clone()),
                filter_subjects: spec.filters,
                ack_policy: AckPolicy::Explicit,
                ack_wait: spec.ack_wait,
                deliver_policy: DeliverPolicy::All,
                max_deliver: -1,
                ..pull::Config::default()
            };
            let consumer = match self.stream.get_consumer::<pull::Config>(&durable).await {
                // An upgraded consumer may read more types: keep its position, update its filter.
                Ok(existing)
                    if existing.cached_info().config.filter_subjects != config.filter_subjects =>
                {
                    self.stream
                        .update_consumer(config)
                        .await
                        .map_err(|e| nats_error("update a consumer")(&e))?
                }
                Ok(existing) => existing,
                Err(_) => self
                    .stream
                    .get_or_create_consumer(&durable, config)
                    .await
                    .map_err(|e| nats_error("create a consumer")(&e))?,
            };
            Ok(Box::new(NatsGroup {
                consumer,
                messages: None,
            }) as Box<dyn Subscription>)
        })
    }

    fn request(
        &self,
        subject: String,
        headers: Headers,
        body: Vec<u8>,
        timeout: Duration,
    ) -> BoxFuture<'_, Result<(Headers, Vec<u8>), Error>> {
        Box::pin(async move {
            let request = async_nats::Request::new()
                .headers(header_map(headers, None)?)
                .payload(body.into())
                .timeout(Some(timeout));
            match self.client.send_request(subject.clone(), request).await {
                Ok(answer) => Ok((headers_of(answer.headers.as_ref()), answer.payload.to_vec())),
                Err(err) => Err(match err.kind() {
                    async_nats::RequestErrorKind::NoResponders => Error::NoResponder { subject },
                    async_nats::RequestErrorKind::TimedOut => Error::Timeout { subject },
                    _ => nats_error("send a request")(&err),
                }),
            }
        })
    }

    /// Structured: three headers instead of eleven (BENCHMARKS.md, "Transport
    /// throughput").
    fn content_mode(&self) -> ContentMode {
        ContentMode::Structured
    }

    fn serve(
        &self,
        subject: String,
        group: String,
    ) -> BoxFuture<'_, Result<Box<dyn Requests>, Error>> {
        Box::pin(async move {
            let subscriber = self
                .client
                .queue_subscribe(subject, subject::durable_name(&group))
                .await
                .map_err(|e| nats_error("subscribe to requests")(&e))?;
            // A round trip on the same connection: once the server answers a request sent
            // after the subscription, it has registered the subscription (a flush only
            // writes the client's buffer), so a request right after `answer` finds it.
            self.jetstream
                .get_stream(STREAM)
                .await
                .map_err(|e| nats_error("subscribe to requests")(&e))?;
            Ok(Box::new(NatsRequests {
                client: self.client.clone(),
                subscriber,
            }) as Box<dyn Requests>)
        })
    }
}

struct NatsGroup {
    consumer: jetstream::consumer::Consumer<pull::Config>,
    /// The pull stream, opened again when it ends (a server restart).
    messages: Option<pull::Stream>,
}

impl NatsGroup {
    /// Opens the pull stream. A future of its own, boxed when called: the client's
    /// future is large, and kept inside [`next`](Subscription::next)'s it made every
    /// delivery's boxed future large too (1.7 k instructions per message in `malloc`).
    fn open(&mut self) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(async move {
            let messages = self
                .consumer
                .messages()
                .await
                .map_err(|e| nats_error("read a consumer")(&e))?;
            self.messages = Some(messages);
            Ok(())
        })
    }
}

impl Subscription for NatsGroup {
    fn next(&mut self) -> BoxFuture<'_, Result<Incoming, Error>> {
        Box::pin(async move {
            let mut message = loop {
                if self.messages.is_none() {
                    self.open().await?;
                }
                let Some(messages) = self.messages.as_mut() else {
                    continue;
                };
                match messages.next().await {
                    Some(Ok(message)) => break message,
                    Some(Err(err)) => {
                        // Missed heartbeats, a reconnect: start a new pull.
                        self.messages = None;
                        return Err(nats_error("receive")(&err));
                    }
                    None => self.messages = None,
                }
            };
            let (sequence, delivered) = match message.reply.as_deref().and_then(position) {
                Some(position) => position,
                None => message
                    .info()
                    .map(|info| {
                        let delivered = u32::try_from(info.delivered).unwrap_or(u32::MAX);
                        (info.stream_sequence, delivered)
                    })
                    .map_err(|e| nats_error("read a delivery's metadata")(&e))?,
            };
            // The client's header map, handed over as it is (not copied into strings).
            let headers = message.message.headers.take().unwrap_or_default();
            Ok(Incoming {
                sequence,
                subject: message.subject.to_string(),
                headers: headers.into(),
                body: message.payload.to_vec(),
                delivered,
                settle: Box::new(NatsSettle(message)),
            })
        })
    }
}

/// The stream sequence and delivery count of a `JetStream` delivery, read from its
/// `$JS.ACK` reply subject (ADR-15: `<stream>.<consumer>.<delivered>.<stream seq>.…`, 7
/// tokens after the prefix, or `<domain>.<account hash>.<stream>.<consumer>.<delivered>.
/// <stream seq>.…`, 9 or more), as the client's `Message::info` reads them: only the two
/// fields factum uses (`info` also parses the other three and makes a timestamp: reading
/// a delivery took 4.1 k instructions per message with it, 2.9 k without; BENCHMARKS.md).
/// `None` for any other form, which `info` then reads.
fn position(reply: &str) -> Option<(u64, u32)> {
    let rest = reply.strip_prefix("$JS.ACK.")?;
    // At most ten tokens, as `info` counts them (later ones are ignored).
    let mut tokens = [""; 10];
    let mut count = 0;
    for (slot, token) in tokens.iter_mut().zip(rest.split('.')) {
        *slot = token;
        count += 1;
    }
    let delivered = match count {
        7 => 2,
        9.. => 4,
        _ => return None,
    };
    let count: u64 = tokens[delivered].parse().ok()?;
    Some((
        tokens[delivered + 1].parse().ok()?,
        u32::try_from(count).unwrap_or(u32::MAX),
    ))
}

struct NatsSettle(jetstream::Message);

impl NatsSettle {
    async fn send(&self, kind: AckKind, operation: &'static str) -> Result<(), Error> {
        self.0
            .ack_with(kind)
            .await
            .map_err(|e| nats_error(operation)(&e))
    }
}

impl Settle for NatsSettle {
    fn ack(&self) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(self.send(AckKind::Ack, "acknowledge"))
    }

    fn nak(&self, delay: Duration) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(self.send(AckKind::Nak(Some(delay)), "ask for a redelivery"))
    }

    fn term(&self) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(self.send(AckKind::Term, "terminate"))
    }

    fn in_progress(&self) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(self.send(AckKind::Progress, "extend the ack wait"))
    }
}

struct NatsRequests {
    client: async_nats::Client,
    subscriber: async_nats::Subscriber,
}

impl Requests for NatsRequests {
    fn next(&mut self) -> BoxFuture<'_, Option<Request>> {
        Box::pin(async move {
            loop {
                let message = self.subscriber.next().await?;
                let Some(reply) = message.reply.clone() else {
                    continue; // not a request: nobody to answer
                };
                return Some(Request {
                    headers: headers_of(message.headers.as_ref()),
                    body: message.payload.to_vec(),
                    reply: Box::new(NatsReply {
                        client: self.client.clone(),
                        subject: reply.to_string(),
                    }),
                });
            }
        })
    }
}

struct NatsReply {
    client: async_nats::Client,
    subject: String,
}

impl Reply for NatsReply {
    fn send(
        self: Box<Self>,
        headers: Headers,
        body: Vec<u8>,
    ) -> BoxFuture<'static, Result<(), Error>> {
        Box::pin(async move {
            self.client
                .publish_with_headers(self.subject, header_map(headers, None)?, body.into())
                .await
                .map_err(|e| nats_error("answer a request")(&e))?;
            self.client
                .flush()
                .await
                .map_err(|e| nats_error("answer a request")(&e))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::position;

    #[test]
    fn a_reply_subject_gives_the_stream_sequence_and_the_delivery_count() {
        // The 7-token form, the 9-token form with domain and account hash, and one with
        // a trailing token.
        assert_eq!(
            position("$JS.ACK.FACTUM.orders.3.1042.77.1764460800000000000.5"),
            Some((1042, 3))
        );
        assert_eq!(
            position("$JS.ACK._.ACCHASH.FACTUM.orders.1.9.9.1764460800000000000.0"),
            Some((9, 1))
        );
        assert_eq!(
            position("$JS.ACK.hub.ACCHASH.FACTUM.orders.2.8.8.1764460800000000000.0.tok"),
            Some((8, 2))
        );
        // Anything else is left to the client's own parser.
        for other in [
            "",
            "_INBOX.abc",
            "$JS.ACK.FACTUM.orders.3.1042",
            "$JS.ACK.FACTUM.orders.x.1042.77.1.5",
            "$JS.ACK.a.b.c.d.e.f.g.h",
        ] {
            assert_eq!(position(other), None, "{other}");
        }
    }
}
