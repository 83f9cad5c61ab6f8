//! The consumer loop: deliveries are dispatched to key lanes; each is decoded, checked
//! against the dedupe store, handled inside a span, and settled: acknowledged, retried
//! with backoff, left for an upgraded consumer, or dead-lettered.
//!
//! One task reads and handles: a delivery whose lane is idle starts being handled at
//! once (no channel, no second task); one whose lane is busy waits in the lane's queue
//! until the message before it is settled. Lanes run concurrently (their handlings are
//! polled together), one message at a time each.

use std::collections::VecDeque;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use factum::envelope::DecodeOptions;
use futures_util::StreamExt as _;
use futures_util::stream::FuturesUnordered;
use tracing::Instrument as _;

use super::decode::{Decode, Decoded};
use super::delivery::{Delivery, Outcome};
use crate::backend::{Backend, BoxFuture, Incoming, Subscription};
use crate::dead_letter::DeadLetter;
use crate::dedupe::ProcessedStore;
use crate::trace::TRACEPARENT;
use crate::{Error, RetryPolicy, ordering};

/// A handler, boxed.
pub(crate) type HandlerFn<M> =
    Arc<dyn Fn(Delivery<M>) -> BoxFuture<'static, Outcome> + Send + Sync>;

/// Everything a consumer's lanes share.
pub(crate) struct Settings<M> {
    pub group: Arc<str>,
    pub retry: RetryPolicy,
    pub store: Arc<dyn ProcessedStore>,
    pub lanes: usize,
    pub park_for: Duration,
    pub options: DecodeOptions,
    pub decoder: Box<dyn Decode<Message = M>>,
    pub handler: HandlerFn<M>,
    pub backend: Arc<dyn Backend>,
    pub stopping: AtomicBool,
    /// Wakes the lanes waiting to retry when the consumer stops.
    pub stopped: tokio::sync::Notify,
}

/// Deliveries waiting per lane before the consumer stops reading more.
const QUEUED_PER_LANE: usize = 16;

/// Reads deliveries until `stop` fires, then waits for the lanes to finish the message
/// each is handling (the rest stay unsettled and are delivered again).
pub(crate) async fn run<M: Send + 'static>(
    subscription: Box<dyn Subscription>,
    settings: Arc<Settings<M>>,
    mut stop: tokio::sync::oneshot::Receiver<()>,
) {
    let lanes = settings.lanes;
    // Per lane: whether a message of it is being handled, and the ones waiting behind it.
    let mut busy = vec![false; lanes];
    let mut waiting: Vec<VecDeque<Incoming>> = (0..lanes).map(|_| VecDeque::new()).collect();
    let mut queued = 0;
    let mut handling = FuturesUnordered::new();
    // The subscription while no read is in progress; the read in progress, which owns it
    // and is kept across turns of the loop (never dropped half-way); the pause after a
    // failed read.
    let mut idle = Some(subscription);
    let mut reading = None;
    let mut pause: Option<Pin<Box<tokio::time::Sleep>>> = None;
    loop {
        if pause.is_none()
            && queued < lanes * QUEUED_PER_LANE
            && let Some(mut subscription) = idle.take()
        {
            reading = Some(Box::pin(async move {
                let read = subscription.next().await;
                (subscription, read)
            }));
        }
        tokio::select! {
            biased;
            _ = &mut stop => break,
            Some::<usize>(lane) = handling.next(), if !handling.is_empty() => {
                match waiting[lane].pop_front() {
                    Some(next) => {
                        queued -= 1;
                        handling.push(handle_in(Arc::clone(&settings), next, lane));
                    }
                    None => busy[lane] = false,
                }
            }
            () = pending_or(pause.as_mut()), if pause.is_some() => {
                pause = None;
            }
            (subscription, read) = pending_or(reading.as_mut()), if reading.is_some() => {
                reading = None;
                idle = Some(subscription);
                match read {
                    Ok(message) => {
                        let lane = ordering::lane(&message.subject, message.sequence, lanes);
                        if busy[lane] {
                            waiting[lane].push_back(message);
                            queued += 1;
                        } else {
                            busy[lane] = true;
                            handling.push(handle_in(Arc::clone(&settings), message, lane));
                        }
                    }
                    Err(err) => {
                        tracing::error!(group = %settings.group, "cannot read deliveries: {err}");
                        pause = Some(Box::pin(tokio::time::sleep(Duration::from_millis(200))));
                    }
                }
            }
        }
    }
    settings.stopping.store(true, Ordering::Relaxed);
    settings.stopped.notify_waiters();
    // The messages being handled are settled; the waiting ones stay unsettled.
    while handling.next().await.is_some() {}
    drop((reading, idle));
}

/// What `future` gives, if there is one; else never.
async fn pending_or<F: Future + Unpin>(future: Option<&mut F>) -> F::Output {
    match future {
        Some(future) => future.await,
        None => std::future::pending().await,
    }
}

/// Handles `message` of `lane`; returns the lane.
async fn handle_in<M: Send + 'static>(
    settings: Arc<Settings<M>>,
    message: Incoming,
    lane: usize,
) -> usize {
    if let Err(err) = handle(&settings, &message).await {
        // Left unsettled: the transport delivers it again.
        tracing::error!(group = %settings.group, subject = %message.subject, "{err}");
    }
    lane
}

/// Handles one delivery to the end: settled, or an error (then left unsettled).
async fn handle<M: Send + 'static>(s: &Settings<M>, message: &Incoming) -> Result<(), Error> {
    let mut attempt = message.delivered.max(1);
    loop {
        let (meta, value) = match s.decoder.decode(message, &s.options) {
            Decoded::Message(meta, value) => (meta, value),
            Decoded::NotMine => return message.settle.ack().await,
            Decoded::Newer(reason) => {
                tracing::warn!(group = %s.group, subject = %message.subject, "left for an upgraded consumer: {reason}");
                return message.settle.nak(s.park_for).await;
            }
            Decoded::Broken(reason) => {
                let reason = format!("does not decode: {reason}");
                return dead_letter(s, message, None, reason, attempt).await;
            }
        };
        if s.store.contains(&s.group, meta.id()).await? {
            tracing::debug!(group = %s.group, id = %meta.id(), "duplicate delivery: already processed");
            return message.settle.ack().await;
        }
        let (id, name) = (meta.id().to_owned(), meta.name);
        let (delivery, hop) = Delivery::new(
            value,
            meta,
            attempt,
            Arc::clone(&s.group),
            message.header(TRACEPARENT),
        );
        let context = delivery.span_context();
        let span = tracing::info_span!(
            "factum.handle",
            group = %s.group,
            message.id = %id,
            message.type = %delivery.ty(),
            attempt,
            trace_id = %context.trace_id(),
            span_id = %context.span_id(),
            parent_span_id = %hop.span_id(),
        );
        // A panicking handler is a failed attempt: caught where it is called and where
        // its future is polled (no task per message).
        let called =
            span.in_scope(|| std::panic::catch_unwind(AssertUnwindSafe(|| (s.handler)(delivery))));
        let outcome = match called {
            Ok(future) => CatchPanic(future.instrument(span)).await.ok(),
            Err(_) => None,
        }
        .unwrap_or_else(|| Outcome::Retry("the handler panicked".to_owned()));
        match outcome {
            Outcome::Done => {
                s.store.insert(&s.group, &id).await?;
                return message.settle.ack().await;
            }
            Outcome::Retry(reason) if !s.retry.gives_up_after(attempt) => {
                let delay = s.retry.delay(attempt);
                tracing::info!(group = %s.group, %id, attempt, ?delay, "retrying: {reason}");
                message.settle.in_progress().await?;
                let stopped = s.stopped.notified();
                if s.stopping.load(Ordering::Relaxed) {
                    // Left unsettled: the next consumer of the group gets it.
                    return Ok(());
                }
                tokio::select! {
                    () = tokio::time::sleep(delay) => {}
                    () = stopped => return Ok(()),
                }
                attempt += 1;
            }
            Outcome::Retry(reason) | Outcome::Reject(reason) => {
                return dead_letter(s, message, Some((id, name)), reason, attempt).await;
            }
        }
    }
}

/// A future whose panic is caught and returned as `Err(())`, as a task's `JoinError`
/// would be, without spawning a task per handler call.
struct CatchPanic<F>(F);

impl<F: Future + Unpin> Future for CatchPanic<F> {
    type Output = Result<F::Output, ()>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let inner = &mut self.0;
        match std::panic::catch_unwind(AssertUnwindSafe(|| Pin::new(inner).poll(cx))) {
            Ok(Poll::Ready(value)) => Poll::Ready(Ok(value)),
            Ok(Poll::Pending) => Poll::Pending,
            Err(_) => Poll::Ready(Err(())),
        }
    }
}

/// Appends the dead letter of `message` (whose id and wire name are `decoded`, when it
/// decoded), then terminates it for this group.
async fn dead_letter<M>(
    s: &Settings<M>,
    message: &Incoming,
    decoded: Option<(String, &'static str)>,
    reason: String,
    attempts: u32,
) -> Result<(), Error> {
    tracing::warn!(group = %s.group, subject = %message.subject, attempts, "dead-lettered: {reason}");
    let (id, name) = decoded.unzip();
    let letter = DeadLetter::of(message, &s.group, id, reason, attempts);
    s.backend
        .append(letter.to_outgoing(message.sequence, name))
        .await?;
    message.settle.term().await
}
