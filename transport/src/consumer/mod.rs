//! Consumers: a group of handlers that reads one or more message types from its
//! acknowledged position on. Events fan out (every group gets every event); a command
//! goes to its one handler group.

mod decode;
mod delivery;
mod run;

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use factum::envelope::DecodeOptions;
use tokio::sync::oneshot;

pub use decode::Exact;
pub(crate) use decode::{Decode, Decoded, ViaInbox};
pub(crate) use delivery::Meta;
pub use delivery::{Delivery, Outcome};

use crate::backend::GroupSpec;
use crate::dedupe::ProcessedStore;
use crate::{Bus, Error, RetryPolicy};

/// A consumer being set up: its group, retries, dedupe store and concurrency; started
/// with a handler by [`start`](Self::start).
pub struct Consumer<M> {
    bus: Bus,
    group: String,
    filters: Vec<String>,
    decoder: Box<dyn Decode<Message = M>>,
    retry: RetryPolicy,
    store: Option<Arc<dyn ProcessedStore>>,
    lanes: usize,
    park_for: Duration,
    ack_wait: Duration,
}

impl<M: Send + 'static> Consumer<M> {
    pub(crate) fn new(
        bus: Bus,
        group: String,
        filters: Vec<String>,
        decoder: Box<dyn Decode<Message = M>>,
    ) -> Self {
        Consumer {
            bus,
            group,
            filters,
            decoder,
            retry: RetryPolicy::default(),
            store: None,
            lanes: 8,
            park_for: Duration::from_mins(5),
            ack_wait: Duration::from_secs(30),
        }
    }

    /// Attempts and backoff before a message is dead-lettered (default:
    /// [`RetryPolicy::default`]).
    #[must_use]
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Where processed ids are recorded (default: the transport's own store; in the
    /// embedded file for the embedded transport, in memory for NATS).
    #[must_use]
    pub fn dedupe(mut self, store: impl ProcessedStore + 'static) -> Self {
        self.store = Some(Arc::new(store));
        self
    }

    /// How many partition keys are handled at once (default 8); one key is always
    /// handled one message at a time.
    #[must_use]
    pub fn concurrency(mut self, lanes: usize) -> Self {
        self.lanes = lanes.max(1);
        self
    }

    /// How long a message of a newer major version than this consumer reads waits
    /// before it is offered again (default 5 minutes); it is never dead-lettered, but
    /// left for an upgraded consumer.
    #[must_use]
    pub fn park_for(mut self, wait: Duration) -> Self {
        self.park_for = wait;
        self
    }

    /// How long a delivery may stay unsettled (a consumer that died) before the
    /// transport delivers it again (default 30 s).
    #[must_use]
    pub fn ack_wait(mut self, wait: Duration) -> Self {
        self.ack_wait = wait;
        self
    }

    /// Starts the consumer: `handler` is called for every message of the group, from
    /// its acknowledged position on.
    ///
    /// # Errors
    ///
    /// When the transport cannot open the group.
    pub async fn start<F, Fut>(self, handler: F) -> Result<Running, Error>
    where
        F: Fn(Delivery<M>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Outcome> + Send + 'static,
    {
        let backend = Arc::clone(&self.bus.backend);
        let subscription = backend
            .subscribe(GroupSpec {
                group: self.group.clone(),
                filters: self.filters,
                ack_wait: self.ack_wait,
            })
            .await?;
        let store = match self.store {
            Some(store) => store,
            None => self.bus.store.clone(),
        };
        let settings = Arc::new(run::Settings {
            group: Arc::from(self.group.as_str()),
            retry: self.retry,
            store,
            lanes: self.lanes,
            park_for: self.park_for,
            options: DecodeOptions::default(),
            decoder: self.decoder,
            handler: Arc::new(move |delivery| Box::pin(handler(delivery))),
            backend,
            stopping: AtomicBool::new(false),
            stopped: tokio::sync::Notify::new(),
        });
        let (stop, stopped) = oneshot::channel();
        let task = tokio::spawn(run::run(subscription, settings, stopped));
        Ok(Running::new(self.group, stop, task))
    }
}

/// A running consumer. [`stop`](Self::stop) it to let it finish the messages it is
/// handling; its position is kept, and a consumer of the same group started later
/// resumes there. Dropping it stops it too, without waiting.
#[derive(Debug)]
pub struct Running {
    group: String,
    stop: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Running {
    pub(crate) fn new(
        group: String,
        stop: oneshot::Sender<()>,
        task: tokio::task::JoinHandle<()>,
    ) -> Self {
        Running {
            group,
            stop: Some(stop),
            task: Some(task),
        }
    }

    /// The group's name.
    #[must_use]
    pub fn group(&self) -> &str {
        &self.group
    }

    /// Stops reading, and waits until the messages being handled are settled.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
