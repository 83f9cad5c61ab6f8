//! Publish and consume throughput of one typed event over NATS `JetStream`, on one server:
//! factum's transport (`factum_transport::nats`, binary and structured mode), raw
//! `async-nats` with one header set at a time (none; `Nats-Msg-Id` alone; the `ce-`
//! headers alone; the minimal `CloudEvents` binary binding with dedupe; everything factum
//! writes), and the `CloudEvents` SDK's NATS binding (`cloudevents::binding::nats`,
//! structured mode, on the async-nats it is written for).
//!
//! The raw ways but the first ("pre-encoded") encode each order's JSON and headers inside
//! the timed loop and decode the JSON when consuming, as any typed publisher and consumer
//! must; the first sends bytes encoded beforehand and consumes them as bytes.
//!
//! Publishing is confirmed: every message's `JetStream` ack is awaited, up to `IN_FLIGHT`
//! at once. Consuming is a durable pull consumer from the start of the stream, every
//! message acked (factum: decoded into its inbox, deduplicated, ordered per key; SDK:
//! `to_event` and the data read into the Rust type).
//!
//! ```sh
//! cargo xtask bench transport            # starts the pinned nats-server itself
//! cargo run --release -p factum-benches --features transport --example transport -- \
//!     nats://127.0.0.1:4222 [N] [ROUNDS] [WAY,WAY,...] [both|publish|consume]
//! ```
//!
//! Prints each round to stderr and the median messages per second of each way over the
//! rounds. Results in BENCHMARKS.md. One run at a time per server: each way purges its
//! stream.
//!
//! The last argument runs one side alone, for counting instructions per message under
//! callgrind: `publish` purges the way's stream and publishes N messages; `consume`
//! reads N messages already in it (a run of `publish` of the same one way before) with
//! a new consumer group, without purging. Only the ways named run then (raw bytes is not
//! added).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use async_nats::jetstream::consumer::{AckPolicy, pull};
use async_nats::jetstream::stream::{self, StorageType};
use cloudevents::binding::nats::{MessageExt as _, NatsCloudEvent};
use cloudevents::{AttributesReader as _, EventBuilder as _, EventBuilderV10};
use factum::{Event, Inbox};
use factum_transport::{Bus, ContentMode, Outcome};
use futures_util::{StreamExt as _, stream as futures_stream};
use serde::{Deserialize, Serialize};

/// Publishes awaiting their ack at once.
const IN_FLIGHT: usize = 256;
/// Partition keys the orders spread over.
const KEYS: usize = 64;

#[derive(Debug, Clone, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(key = order_id)]
struct OrderPlaced {
    order_id: String,
    customer_id: String,
    total_minor: i64,
    currency: String,
    skus: Vec<String>,
}

#[derive(Debug, Inbox)]
enum Orders {
    Placed(OrderPlaced),
}

fn order(i: usize) -> OrderPlaced {
    OrderPlaced {
        order_id: format!("o-{}", i % KEYS),
        customer_id: format!("c-{i}"),
        total_minor: 2500 + i64::try_from(i % 1000).unwrap_or(0),
        currency: "EUR".into(),
        skus: vec!["SKU-1".into(), "SKU-22".into(), "SKU-333".into()],
    }
}

type Result<T> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// Seconds taken to publish, then to consume, `n` messages.
struct Run {
    publish: Duration,
    consume: Duration,
}

/// Which side of a way runs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Phase {
    /// Publish, then consume.
    Both,
    /// Purge and publish only.
    Publish,
    /// Consume what a `Publish` run left, with a new group.
    Consume,
}

impl Phase {
    fn publishes(self) -> bool {
        self != Phase::Consume
    }

    fn consumes(self) -> bool {
        self != Phase::Publish
    }
}

/// This run's part of the raw ways' message ids.
static RUN: std::sync::LazyLock<u32> = std::sync::LazyLock::new(|| {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos() ^ std::process::id())
});

/// Which headers a raw publish carries (placeholder values of the sizes factum writes):
/// varied one at a time, so the wire's, the client's and the server's share of the
/// headers' cost shows apart from factum's own work.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RawHeaders {
    /// No headers: bytes only.
    None,
    /// `Nats-Msg-Id` alone (the server's duplicate check, one short header).
    MsgId,
    /// The `ce-` attributes, `content-type` and `traceparent`, no `Nats-Msg-Id`.
    CloudEvents,
    /// What a correct binary-mode `CloudEvents` binding with server-side dedupe needs:
    /// the four required `ce-` attributes, `content-type` and `Nats-Msg-Id`.
    Minimal,
    /// Everything factum's binary mode writes: `Nats-Msg-Id`, the `ce-` attributes
    /// (with `time`, `dataversion`, `partitionkey`), `content-type`, `traceparent`.
    Factum,
}

fn raw_headers(kind: RawHeaders, i: usize, key: &str) -> Option<async_nats::HeaderMap> {
    // Unique across rounds, ways and runs (the server drops an id it saw in the last
    // two minutes).
    let id = format!("{:08x}-0000-7000-8000-{i:012}", *RUN);
    let mut headers = async_nats::HeaderMap::new();
    let (msg_id, required, extra) = match kind {
        RawHeaders::None => return None,
        RawHeaders::MsgId => (true, false, false),
        RawHeaders::CloudEvents => (false, true, true),
        RawHeaders::Minimal => (true, true, false),
        RawHeaders::Factum => (true, true, true),
    };
    if msg_id {
        headers.insert("Nats-Msg-Id", id.as_str());
    }
    if required {
        headers.insert("ce-specversion", "1.0");
        headers.insert("ce-id", id.as_str());
        headers.insert("ce-source", "/bench");
        headers.insert("ce-type", "OrderPlaced");
        headers.insert("content-type", "application/json");
    }
    if extra {
        headers.insert("ce-time", "2026-11-29T16:00:00.000000Z");
        headers.insert("ce-dataversion", "1");
        headers.insert("ce-partitionkey", key);
        headers.insert(
            "traceparent",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        );
    }
    Some(headers)
}

/// A `JetStream` context on `url` and the file-stored stream `name` over `subjects`, with a
/// two-minute duplicate window.
async fn file_stream(
    url: &str,
    name: &str,
    subjects: &str,
) -> Result<(async_nats::jetstream::Context, stream::Stream)> {
    let client = async_nats::connect(url).await?;
    let js = async_nats::jetstream::new(client);
    let stream = js
        .get_or_create_stream(stream::Config {
            name: name.into(),
            subjects: vec![subjects.into()],
            storage: StorageType::File,
            duplicate_window: Duration::from_mins(2),
            ..stream::Config::default()
        })
        .await?;
    Ok((js, stream))
}

/// Raw `async-nats`: `typed` encodes each order's JSON and headers inside the timed
/// loop and decodes the JSON on consuming (what any typed publisher and consumer does);
/// otherwise the bytes are encoded beforehand and consumed as bytes.
async fn raw_bytes(
    url: &str,
    n: usize,
    round: usize,
    kind: RawHeaders,
    typed: bool,
    phase: Phase,
) -> Result<Run> {
    let (js, stream) = file_stream(url, "BENCH_RAW", "bench.raw.>").await?;
    let first_id = (round * 8 + kind as usize) * n;
    let encode = move |i: usize, o: &OrderPlaced| {
        (
            format!("bench.raw.{}", o.order_id),
            raw_headers(kind, first_id + i, &o.order_id),
            serde_json::to_vec(o).unwrap_or_default(),
        )
    };
    let mut publish = Duration::ZERO;
    if phase.publishes() {
        stream.purge().await?;
        publish = publish_raw(&js, n, typed, encode).await?;
    }
    if !phase.consumes() {
        return Ok(Run {
            publish,
            consume: Duration::ZERO,
        });
    }
    let consumer = stream
        .create_consumer(pull::Config {
            durable_name: Some(format!("raw-{round}-{}-{typed}-{}", kind as u8, *RUN)),
            ack_policy: AckPolicy::Explicit,
            ..pull::Config::default()
        })
        .await?;
    let start = Instant::now();
    let mut messages = consumer.messages().await?;
    let mut seen = 0;
    while seen < n {
        let message = tokio::time::timeout(Duration::from_mins(1), messages.next())
            .await
            .map_err(|_| "no message for 60 s")?
            .ok_or("the stream ended")??;
        if typed {
            let order: OrderPlaced = serde_json::from_slice(&message.payload)?;
            std::hint::black_box(order);
        } else {
            std::hint::black_box(&message.payload);
        }
        message.ack().await?;
        seen += 1;
    }
    Ok(Run {
        publish,
        consume: start.elapsed(),
    })
}

/// Publishes `n` orders, `encode`d inside the timed loop when `typed`, else before it;
/// the time taken.
async fn publish_raw(
    js: &async_nats::jetstream::Context,
    n: usize,
    typed: bool,
    encode: impl Fn(usize, &OrderPlaced) -> (String, Option<async_nats::HeaderMap>, Vec<u8>),
) -> Result<Duration> {
    let orders: Vec<OrderPlaced> = (0..n).map(order).collect();
    let encoded: Vec<_> = if typed {
        Vec::new()
    } else {
        orders
            .iter()
            .enumerate()
            .map(|(i, o)| encode(i, o))
            .collect()
    };
    let start = Instant::now();
    let js2 = js.clone();
    let publish_one =
        move |(subject, headers, body): (String, Option<async_nats::HeaderMap>, Vec<u8>)| {
            let js = js2.clone();
            async move {
                match headers {
                    Some(headers) => {
                        js.publish_with_headers(subject, headers, body.into())
                            .await?
                            .await
                    }
                    None => js.publish(subject, body.into()).await?.await,
                }
                .map(drop)
            }
        };
    if typed {
        futures_stream::iter(orders.into_iter().enumerate())
            .map(|(i, o)| publish_one(encode(i, &o)))
            .buffer_unordered(IN_FLIGHT)
            .try_for_each_ok()
            .await?;
    } else {
        futures_stream::iter(encoded)
            .map(publish_one)
            .buffer_unordered(IN_FLIGHT)
            .try_for_each_ok()
            .await?;
    }
    Ok(start.elapsed())
}

async fn sdk(url: &str, n: usize, round: usize, phase: Phase) -> Result<Run> {
    use async_nats_042 as nats;
    let client = nats::connect(url).await?;
    let js = nats::jetstream::new(client);
    let stream = js
        .get_or_create_stream(nats::jetstream::stream::Config {
            name: "BENCH_SDK".into(),
            subjects: vec!["bench.sdk.>".into()],
            storage: nats::jetstream::stream::StorageType::File,
            ..Default::default()
        })
        .await?;
    let mut publish = Duration::ZERO;
    if phase.publishes() {
        stream.purge().await?;
        publish = publish_sdk(&js, n).await?;
    }
    if !phase.consumes() {
        return Ok(Run {
            publish,
            consume: Duration::ZERO,
        });
    }
    let consumer = stream
        .create_consumer(nats::jetstream::consumer::pull::Config {
            durable_name: Some(format!("sdk-{round}-{}", *RUN)),
            ack_policy: nats::jetstream::consumer::AckPolicy::Explicit,
            ..Default::default()
        })
        .await?;
    let start = Instant::now();
    let mut messages = consumer.messages().await?;
    let mut seen = 0;
    while seen < n {
        let message = messages.next().await.ok_or("the stream ended")??;
        let event = message.message.to_event()?;
        let data = match event.data() {
            Some(cloudevents::Data::Json(value)) => value.clone(),
            Some(cloudevents::Data::String(text)) => serde_json::from_str(text)?,
            Some(cloudevents::Data::Binary(bytes)) => serde_json::from_slice(bytes)?,
            None => return Err("an event without data".into()),
        };
        if event.ty() != "OrderPlaced" {
            return Err("an unexpected type".into());
        }
        let order: OrderPlaced = serde_json::from_value(data)?;
        std::hint::black_box(order);
        message.ack().await?;
        seen += 1;
    }
    Ok(Run {
        publish,
        consume: start.elapsed(),
    })
}

/// Publishes `n` orders through the SDK's binding; the time taken.
async fn publish_sdk(js: &async_nats_042::jetstream::Context, n: usize) -> Result<Duration> {
    let orders: Vec<OrderPlaced> = (0..n).map(order).collect();
    let start = Instant::now();
    let js2 = js.clone();
    futures_stream::iter(orders)
        .map(|o| {
            let js = js2.clone();
            async move {
                let subject = format!("bench.sdk.{}", o.order_id);
                let event = EventBuilderV10::new()
                    .id(uuid_like())
                    .ty("OrderPlaced")
                    .source("/bench")
                    .time(chrono::Utc::now())
                    .extension("dataversion", "1")
                    .extension("partitionkey", o.order_id.clone())
                    .data("application/json", serde_json::to_value(&o)?)
                    .build()?;
                let payload = NatsCloudEvent::from_event(event)?.payload;
                js.publish(subject, payload.into()).await?.await?;
                Ok::<(), Box<dyn std::error::Error + Send + Sync>>(())
            }
        })
        .buffer_unordered(IN_FLIGHT)
        .try_for_each_ok()
        .await?;
    Ok(start.elapsed())
}

/// A structured-mode `CloudEvent` of an order as the floor writes and reads it: the
/// attributes factum writes (its strings borrowed from the payload when read), the data
/// decoded straight into the type.
#[derive(Serialize, Deserialize)]
struct FloorEnvelope<'a> {
    specversion: &'a str,
    id: &'a str,
    source: &'a str,
    #[serde(rename = "type")]
    ty: &'a str,
    time: &'a str,
    datacontenttype: &'a str,
    partitionkey: &'a str,
    dataversion: u32,
    data: OrderPlaced,
}

/// The floor: the cheapest correct typed consumer built on raw async-nats, with what
/// the issue requires on the wire. Publishing: a structured `CloudEvent` with
/// `Nats-Msg-Id` (server-side dedupe) and `traceparent` (the hop's trace context).
/// Consuming: the envelope and its data decoded in one serde pass borrowing the
/// payload, the id checked against and recorded in an in-memory set (idempotency),
/// `traceparent` read, then acked. No per-key lanes, spans, retries or dead letters.
/// With `content_type`, also the `content-type` header that marks structured mode in the
/// current NATS binding (factum's structured mode sends it; without it a message is
/// binary-mode).
async fn raw_floor(
    url: &str,
    n: usize,
    round: usize,
    phase: Phase,
    content_type: bool,
) -> Result<Run> {
    let (js, stream) = file_stream(url, "BENCH_FLOOR", "bench.floor.>").await?;
    let mut publish = Duration::ZERO;
    if phase.publishes() {
        stream.purge().await?;
        let first_id = (round * 2 + usize::from(content_type)) * n;
        let orders: Vec<OrderPlaced> = (0..n).map(order).collect();
        let start = Instant::now();
        futures_stream::iter(orders.into_iter().enumerate())
            .map(|(i, o)| {
                let js = js.clone();
                async move {
                    let id = format!("{:08x}-0000-7000-8000-{:012}", *RUN, first_id + i);
                    let subject = format!("bench.floor.{}", o.order_id);
                    let key = o.order_id.clone();
                    let body = serde_json::to_vec(&FloorEnvelope {
                        specversion: "1.0",
                        id: &id,
                        source: "/bench",
                        ty: "OrderPlaced",
                        time: "2026-11-29T16:00:00.000000Z",
                        datacontenttype: "application/json",
                        partitionkey: &key,
                        dataversion: 1,
                        data: o,
                    })?;
                    let mut headers = async_nats::HeaderMap::new();
                    headers.insert("Nats-Msg-Id", id);
                    headers.insert(
                        "traceparent",
                        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                    );
                    if content_type {
                        headers.insert("content-type", "application/cloudevents+json");
                    }
                    js.publish_with_headers(subject, headers, body.into())
                        .await?
                        .await?;
                    Ok::<(), Box<dyn std::error::Error + Send + Sync>>(())
                }
            })
            .buffer_unordered(IN_FLIGHT)
            .try_for_each_ok()
            .await?;
        publish = start.elapsed();
    }
    if !phase.consumes() {
        return Ok(Run {
            publish,
            consume: Duration::ZERO,
        });
    }
    let consumer = stream
        .create_consumer(pull::Config {
            durable_name: Some(format!("floor-{round}-{content_type}-{}", *RUN)),
            ack_policy: AckPolicy::Explicit,
            ..pull::Config::default()
        })
        .await?;
    let start = Instant::now();
    let mut processed = std::collections::HashSet::<String>::new();
    let mut messages = consumer.messages().await?;
    let mut seen = 0;
    while seen < n {
        let message = tokio::time::timeout(Duration::from_mins(1), messages.next())
            .await
            .map_err(|_| "no message for 60 s")?
            .ok_or("the stream ended")??;
        let envelope: FloorEnvelope<'_> = serde_json::from_slice(&message.payload)?;
        if envelope.specversion != "1.0" || envelope.ty != "OrderPlaced" {
            return Err("not an OrderPlaced CloudEvent".into());
        }
        let traceparent = message
            .headers
            .as_ref()
            .and_then(|h| h.get("traceparent"))
            .map(async_nats::HeaderValue::as_str);
        std::hint::black_box(traceparent);
        if !processed.contains(envelope.id) {
            std::hint::black_box(&envelope.data);
            processed.insert(envelope.id.to_owned());
        }
        message.ack().await?;
        seen += 1;
    }
    Ok(Run {
        publish,
        consume: start.elapsed(),
    })
}

/// An id as unique as the SDK's users make them (a counter and the process id).
fn uuid_like() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!(
        "{:08x}-{:016x}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

async fn factum(url: &str, n: usize, round: usize, mode: ContentMode, phase: Phase) -> Result<Run> {
    let nats = factum_transport::nats::Nats::connect(url).await?;
    if phase.publishes() {
        nats.purge().await?;
    }
    let bus = Bus::new(nats, factum::Producer::new("/bench")?).with_content_mode(mode);
    let mut publish = Duration::ZERO;
    if phase.publishes() {
        let orders: Vec<OrderPlaced> = (0..n).map(order).collect();
        let start = Instant::now();
        futures_stream::iter(orders)
            .map(|o| {
                let bus = bus.clone();
                async move { bus.publish(o).await.map(drop) }
            })
            .buffer_unordered(IN_FLIGHT)
            .try_for_each_ok()
            .await?;
        publish = start.elapsed();
    }
    if !phase.consumes() {
        return Ok(Run {
            publish,
            consume: Duration::ZERO,
        });
    }

    let seen = Arc::new(AtomicUsize::new(0));
    let (done_tx, done_rx) = tokio::sync::oneshot::channel();
    let done_tx = Arc::new(std::sync::Mutex::new(Some(done_tx)));
    let start = Instant::now();
    let counter = Arc::clone(&seen);
    let running = bus
        .subscribe::<Orders>(format!("factum-{round}-{mode:?}-{}", *RUN))
        .concurrency(KEYS)
        .start(move |delivery| {
            let Orders::Placed(order) = delivery.message();
            std::hint::black_box(order);
            if counter.fetch_add(1, Ordering::Relaxed) + 1 == n
                && let Some(tx) = done_tx.lock().ok().and_then(|mut tx| tx.take())
            {
                let _ = tx.send(());
            }
            std::future::ready(Outcome::Done)
        })
        .await?;
    tokio::time::timeout(Duration::from_mins(10), done_rx).await??;
    let consume = start.elapsed();
    running.stop().await;
    Ok(Run { publish, consume })
}

trait TryForEachOk {
    async fn try_for_each_ok(self) -> Result<()>;
}

impl<S, E> TryForEachOk for S
where
    S: futures_util::Stream<Item = std::result::Result<(), E>> + Unpin,
    E: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    async fn try_for_each_ok(mut self) -> Result<()> {
        while let Some(result) = self.next().await {
            result.map_err(Into::into)?;
        }
        Ok(())
    }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// The ways measured, in the order of every round.
const WAYS: [&str; 11] = [
    "raw bytes (pre-encoded)",
    "raw, JSON per message",
    "raw + Nats-Msg-Id",
    "raw + ce- headers, no msg id",
    "raw + minimal CE binding",
    "raw + factum's headers",
    "factum-transport (binary)",
    "factum-transport (structured)",
    "cloudevents-sdk NATS binding",
    "raw floor (id, trace, dedupe)",
    "raw floor + content-type",
];

async fn run_way(way: usize, url: &str, n: usize, round: usize, phase: Phase) -> Result<Run> {
    let raw = |kind, typed| raw_bytes(url, n, round, kind, typed, phase);
    match way {
        0 => raw(RawHeaders::None, false).await,
        1 => raw(RawHeaders::None, true).await,
        2 => raw(RawHeaders::MsgId, true).await,
        3 => raw(RawHeaders::CloudEvents, true).await,
        4 => raw(RawHeaders::Minimal, true).await,
        5 => raw(RawHeaders::Factum, true).await,
        6 => factum(url, n, round, ContentMode::Binary, phase).await,
        7 => factum(url, n, round, ContentMode::Structured, phase).await,
        8 => sdk(url, n, round, phase).await,
        9 => raw_floor(url, n, round, phase, false).await,
        _ => raw_floor(url, n, round, phase, true).await,
    }
}

#[tokio::main]
async fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: transport <nats-url> [N] [ROUNDS] [WAY,WAY,...] [both|publish|consume]";
    let url = args.next().ok_or(usage)?;
    let n: usize = args.next().map_or(Ok(20_000), |a| a.parse())?;
    let rounds: usize = args.next().map_or(Ok(5), |a| a.parse())?;
    // Raw bytes (way 0) always runs: the others are reported against it.
    let mut ways: Vec<usize> = match args.next() {
        Some(list) => list
            .split(',')
            .map(str::parse)
            .collect::<std::result::Result<_, _>>()?,
        None => (0..WAYS.len()).collect(),
    };
    let phase = match args.next().as_deref() {
        None | Some("both") => Phase::Both,
        Some("publish") => Phase::Publish,
        Some("consume") => Phase::Consume,
        Some(_) => return Err(usage.into()),
    };
    if ways.iter().any(|&w| w >= WAYS.len()) {
        return Err(usage.into());
    }
    if phase == Phase::Both && !ways.contains(&0) {
        ways.insert(0, 0);
    }
    let mut rates: Vec<(Vec<f64>, Vec<f64>)> = vec![Default::default(); ways.len()];
    for round in 0..rounds {
        // The same order in every round; the median hides a slow round.
        for (&way, rate) in ways.iter().zip(rates.iter_mut()) {
            let run = run_way(way, &url, n, round, phase).await?;
            #[allow(clippy::cast_precision_loss)]
            let per_second = |d: Duration| n as f64 / d.as_secs_f64();
            rate.0.push(per_second(run.publish));
            rate.1.push(per_second(run.consume));
            eprintln!(
                "round {round}: {:<30} publish {:>8.0}/s  consume {:>8.0}/s",
                WAYS[way],
                per_second(run.publish),
                per_second(run.consume)
            );
        }
    }
    if phase != Phase::Both {
        return Ok(());
    }
    let raw_publish = median(rates[0].0.clone());
    let raw_consume = median(rates[0].1.clone());
    println!(
        "{n} messages, {rounds} rounds, {IN_FLIGHT} publishes in flight, {KEYS} keys (medians):"
    );
    println!(
        "{:<30} {:>12} {:>8} {:>12} {:>8}",
        "", "publish/s", "vs raw", "consume/s", "vs raw"
    );
    for (&way, (publish, consume)) in ways.iter().zip(rates) {
        let (publish, consume) = (median(publish), median(consume));
        println!(
            "{:<30} {publish:>12.0} {:>7.2}x {consume:>12.0} {:>7.2}x",
            WAYS[way],
            publish / raw_publish,
            consume / raw_consume
        );
    }
    Ok(())
}
