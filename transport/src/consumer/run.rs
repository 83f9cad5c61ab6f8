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
use super::delivery::{Delivery, Meta, Outcome};
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
        let decoded = match s.decoder.decode(message, &s.options) {
            Decoded::Message(decoded) => decoded,
            Decoded::NotMine => return message.settle.ack().await,
            Decoded::Newer(reason) => {
                tracing::warn!(group = %s.group, subject = %message.subject, "left for an upgraded consumer: {reason}");
                return message.settle.nak(s.park_for).await;
            }
            Decoded::Broken(reason) => {
                let reason = format!("does not decode: {reason}");
                return Box::pin(dead_letter(s, message, None, reason, attempt)).await;
            }
        };
        if s.store.contains(&s.group, decoded.0.id()).await? {
            tracing::debug!(group = %s.group, id = %decoded.0.id(), "duplicate delivery: already processed");
            return message.settle.ack().await;
        }
        let (id, name, called) = call(s, message, *decoded, attempt);
        let outcome = match called {
            Some(future) => CatchPanic(future).await.ok(),
            None => None,
        }
        .unwrap_or_else(|| Outcome::Retry("the handler panicked".to_owned()));
        match outcome {
            Outcome::Done => {
                s.store.insert(&s.group, &id).await?;
                return message.settle.ack().await;
            }
            // The rare paths' futures are boxed: kept inline, their state (a timer, a
            // dead letter) made every handling's future larger, and so slower to
            // allocate and move.
            Outcome::Retry(reason) if !s.retry.gives_up_after(attempt) => {
                if !Box::pin(wait_to_retry(s, message, &id, attempt, &reason)).await? {
                    // Left unsettled: the next consumer of the group gets it.
                    return Ok(());
                }
                attempt += 1;
            }
            Outcome::Retry(reason) | Outcome::Reject(reason) => {
                return Box::pin(dead_letter(s, message, Some((id, name)), reason, attempt)).await;
            }
        }
    }
}

/// Calls the handler with the delivery of `value` inside its span: the message's id
/// and wire name, and the handler's future, `None` if the call panicked (caught here; a
/// panic while the future is polled is caught by [`CatchPanic`]). A plain function, so
/// that the delivery being built is not part of the handling's future.
fn call<M: Send + 'static>(
    s: &Settings<M>,
    message: &Incoming,
    (meta, value): (Meta, M),
    attempt: u32,
) -> (
    String,
    &'static str,
    Option<tracing::instrument::Instrumented<BoxFuture<'static, Outcome>>>,
) {
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
    let called =
        span.in_scope(|| std::panic::catch_unwind(AssertUnwindSafe(|| (s.handler)(delivery))));
    (id, name, called.ok().map(|future| future.instrument(span)))
}

/// Waits out the backoff before attempt `attempt + 1` of `message`; `false` when the
/// consumer stops meanwhile.
async fn wait_to_retry<M>(
    s: &Settings<M>,
    message: &Incoming,
    id: &str,
    attempt: u32,
    reason: &str,
) -> Result<bool, Error> {
    let delay = s.retry.delay(attempt);
    tracing::info!(group = %s.group, %id, attempt, ?delay, "retrying: {reason}");
    message.settle.in_progress().await?;
    let stopped = s.stopped.notified();
    if s.stopping.load(Ordering::Relaxed) {
        return Ok(false);
    }
    tokio::select! {
        () = tokio::time::sleep(delay) => Ok(true),
        () = stopped => Ok(false),
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
