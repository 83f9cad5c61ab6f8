//! The consumer loop: deliveries are dispatched to key lanes; each is decoded, checked
//! against the dedupe store, handled inside a span, and settled: acknowledged, retried
//! with backoff, left for an upgraded consumer, or dead-lettered.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use factum::envelope::DecodeOptions;
use tokio::sync::mpsc;
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

/// Reads deliveries until `stop` fires, then waits for the lanes to finish the message
/// each is handling (the rest stay unsettled and are delivered again).
pub(crate) async fn run<M: Send + 'static>(
    mut subscription: Box<dyn Subscription>,
    settings: Arc<Settings<M>>,
    mut stop: tokio::sync::oneshot::Receiver<()>,
) {
    let mut senders = Vec::with_capacity(settings.lanes);
    let mut lanes = tokio::task::JoinSet::new();
    for _ in 0..settings.lanes {
        let (tx, mut rx) = mpsc::channel::<Incoming>(16);
        senders.push(tx);
        let settings = Arc::clone(&settings);
        lanes.spawn(async move {
            while let Some(message) = rx.recv().await {
                if settings.stopping.load(Ordering::Relaxed) {
                    break;
                }
                if let Err(err) = handle(&settings, &message).await {
                    // Left unsettled: the transport delivers it again.
                    tracing::error!(group = %settings.group, subject = %message.subject, "{err}");
                }
            }
        });
    }
    loop {
        let message = tokio::select! {
            biased;
            _ = &mut stop => break,
            next = subscription.next() => next,
        };
        match message {
            Ok(message) => {
                let lane = ordering::lane(&message.subject, message.sequence, senders.len());
                tokio::select! {
                    biased;
                    _ = &mut stop => break,
                    sent = senders[lane].send(message) => if sent.is_err() { break },
                }
            }
            Err(err) => {
                tracing::error!(group = %settings.group, "cannot read deliveries: {err}");
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
    settings.stopping.store(true, Ordering::Relaxed);
    settings.stopped.notify_waiters();
    drop(senders);
    while lanes.join_next().await.is_some() {}
    drop(subscription);
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
                return dead_letter(s, message, format!("does not decode: {reason}"), attempt)
                    .await;
            }
        };
        if s.store.contains(&s.group, &meta.id).await? {
            tracing::debug!(group = %s.group, id = %meta.id, "duplicate delivery: already processed");
            return message.settle.ack().await;
        }
        let id = meta.id.clone();
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
                return dead_letter(s, message, reason, attempt).await;
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

/// Appends the dead letter of `message`, then terminates it for this group.
async fn dead_letter<M>(
    s: &Settings<M>,
    message: &Incoming,
    reason: String,
    attempts: u32,
) -> Result<(), Error> {
    tracing::warn!(group = %s.group, subject = %message.subject, attempts, "dead-lettered: {reason}");
    let letter = DeadLetter::of(message, &s.group, reason, attempts);
    s.backend
        .append(letter.to_outgoing(message.sequence))
        .await?;
    message.settle.term().await
}
