//! What the embedded and the NATS tests share: waiting for deliveries with a deadline,
//! and the per-key order fixture (a handler that records the order each key's messages
//! were handled in, under concurrency and retries, and the check of that order).
#![allow(dead_code)] // each test file uses its part

use std::collections::HashMap;
use std::fmt::Debug;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use factum_transport::{Delivery, Outcome};
use tokio::sync::mpsc;

/// The next item of `rx`, or a panic naming `what` after `within`.
pub async fn recv<T>(rx: &mut mpsc::UnboundedReceiver<T>, what: &str, within: Duration) -> T {
    tokio::time::timeout(within, rx.recv())
        .await
        .unwrap_or_else(|_| panic!("no {what} within {within:?}"))
        .expect("the sender is alive")
}

/// Panics if `rx` gets anything within `wait`.
pub async fn nothing_more<T: Debug>(rx: &mut mpsc::UnboundedReceiver<T>, wait: Duration) {
    if let Ok(item) = tokio::time::timeout(wait, rx.recv()).await {
        panic!("unexpected delivery: {item:?}");
    }
}

/// A handler's future.
pub type Handled = Pin<Box<dyn Future<Output = Outcome> + Send>>;

/// Per-key order under concurrency: what each key's handled messages were, in the
/// order they were handled, and how many keys ran at once at the most.
#[derive(Clone, Default)]
pub struct KeyOrder {
    seen: Arc<Mutex<HashMap<String, Vec<u32>>>>,
    running: Arc<AtomicUsize>,
    peak: Arc<AtomicUsize>,
}

impl KeyOrder {
    /// A handler that takes `(key, n)` from each message (`None`: not this test's, done),
    /// sleeps a little, fails the first attempt of every `fail_every`-th `n` (its retry
    /// must still come before the next message of its key), records it and sends on `done`.
    pub fn handler<M: Send + Sync + 'static>(
        &self,
        key_of: for<'a> fn(&'a M) -> Option<(&'a str, u32)>,
        fail_every: u32,
        done: mpsc::UnboundedSender<()>,
    ) -> impl Fn(Delivery<M>) -> Handled + Send + Sync + 'static {
        let this = self.clone();
        move |d: Delivery<M>| {
            let (this, done) = (this.clone(), done.clone());
            Box::pin(async move {
                let Some((key, n)) = key_of(d.message()) else {
                    return Outcome::Done;
                };
                let key = key.to_owned();
                let now = this.running.fetch_add(1, Ordering::SeqCst) + 1;
                this.peak.fetch_max(now, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(u64::from(n % 3))).await;
                this.running.fetch_sub(1, Ordering::SeqCst);
                if n % fail_every == 0 && d.attempt() == 1 {
                    return Outcome::retry("once");
                }
                this.seen.lock().unwrap().entry(key).or_default().push(n);
                done.send(()).unwrap();
                Outcome::Done
            })
        }
    }

    /// Checks that each of `keys` keys had `0..per_key` handled, in that order.
    pub fn assert_in_order(&self, keys: usize, per_key: u32) {
        let seen = self.seen.lock().unwrap();
        assert_eq!(seen.len(), keys, "keys handled");
        for (key, ns) in seen.iter() {
            assert_eq!(*ns, (0..per_key).collect::<Vec<_>>(), "order of {key}");
        }
    }

    /// How many messages were handled at once at the most.
    pub fn peak(&self) -> usize {
        self.peak.load(Ordering::SeqCst)
    }
}
