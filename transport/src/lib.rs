//! # factum-transport
//!
//! factum's typed messages, carried: events are **published** (every consumer group
//! that reads the type gets each one), commands are **sent** (to their one handler
//! group), queries are **requested** (one handler answers, with a typed response).
//! Publishing a command, or sending an event, does not compile.
//!
//! Two transports with the same API and semantics: [`Embedded`] (a `SQLite` file, no
//! server; the default for a single process, tests and demos) and NATS `JetStream`
//! (`Nats`, with the `nats` feature).
//!
//! Consumers get at-least-once delivery made idempotent (a [dedupe store](dedupe) of
//! processed ids: in memory, in the embedded file, or in `PostgreSQL` with the `postgres`
//! feature), order per partition key with different keys in parallel
//! ([`ordering`]), redelivery with backoff ([`RetryPolicy`]), [dead letters](dead_letter)
//! with the reason and attempt count, resumption from their acknowledged position, and
//! a `tracing` span per publish and per handling joined by the W3C trace context
//! ([`trace`]).
//!
//! ```
//! use factum::{Event, Inbox};
//! use factum_transport::{Bus, Embedded, Outcome};
//!
//! #[derive(Debug, Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
//! #[event(key = order_id)]
//! struct OrderPlaced { order_id: String, total_cents: u64 }
//!
//! #[derive(Debug, Inbox)]
//! enum Billing { Placed(OrderPlaced) }
//!
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
//! let bus = Bus::new(Embedded::in_memory()?, factum::Producer::new("/shop")?);
//! let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
//! let billing = bus
//!     .subscribe::<Billing>("billing")
//!     .start(move |delivery| {
//!         let tx = tx.clone();
//!         async move {
//!             let Billing::Placed(order) = delivery.message();
//!             tx.send(order.total_cents).unwrap();
//!             Outcome::Done
//!         }
//!     })
//!     .await?;
//! bus.publish(OrderPlaced { order_id: "o-1".into(), total_cents: 1250 }).await?;
//! assert_eq!(rx.recv().await, Some(1250));
//! billing.stop().await;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! # }).unwrap();
//! ```

#![deny(missing_docs)]

pub mod backend;
pub mod consumer;
pub mod dead_letter;
pub mod dedupe;
mod embedded;
mod error;
#[cfg(feature = "nats")]
pub mod nats;
pub mod ordering;
#[cfg(feature = "postgres")]
pub mod postgres;
pub mod publish;
mod received;
mod request;
pub mod retry;
pub mod subject;
pub mod trace;

use std::sync::Arc;
use std::time::Duration;

use factum::{Command, Inbox, InboxGroup, MessageKind, Producer};
use serde::de::DeserializeOwned;

pub use consumer::{Consumer, Delivery, Exact, Outcome, Running};
pub use dead_letter::DeadLetter;
pub use embedded::Embedded;
pub use error::Error;
pub use publish::{ContentMode, Published};
pub use retry::RetryPolicy;

use backend::Backend;
use dedupe::{MemoryStore, ProcessedStore};

/// The entry point: a transport, the producer that makes envelopes, and the default
/// dedupe store of its consumers. Cheap to clone.
#[derive(Clone)]
pub struct Bus {
    pub(crate) backend: Arc<dyn Backend>,
    pub(crate) producer: Producer,
    pub(crate) store: Arc<dyn ProcessedStore>,
    pub(crate) mode: ContentMode,
    pub(crate) request_timeout: Duration,
}

impl std::fmt::Debug for Bus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bus")
            .field("producer", &self.producer)
            .field("mode", &self.mode)
            .finish_non_exhaustive()
    }
}

impl Bus {
    /// A bus over `backend`, making envelopes with `producer`; its consumers record
    /// processed ids in memory until [`with_store`](Self::with_store) says otherwise.
    pub fn new(backend: impl Backend + 'static, producer: Producer) -> Self {
        let mode = backend.content_mode();
        Bus {
            backend: Arc::new(backend),
            producer,
            store: Arc::new(MemoryStore::new()),
            mode,
            request_timeout: Duration::from_secs(5),
        }
    }

    /// The embedded transport in the file at `path`, with its processed ids in the
    /// same file.
    ///
    /// # Errors
    ///
    /// When the file cannot be opened.
    pub fn embedded(path: impl AsRef<std::path::Path>, producer: Producer) -> Result<Self, Error> {
        let embedded = Embedded::open(path)?;
        let store = embedded.store()?;
        Ok(Bus::new(embedded, producer).with_store(store))
    }

    /// The default dedupe store of this bus's consumers.
    #[must_use]
    pub fn with_store(mut self, store: impl ProcessedStore + 'static) -> Self {
        self.store = Arc::new(store);
        self
    }

    /// How envelopes travel (default: the transport's, [`Backend::content_mode`]:
    /// structured on NATS, binary on the embedded transport). Consumers read both.
    #[must_use]
    pub fn with_content_mode(mut self, mode: ContentMode) -> Self {
        self.mode = mode;
        self
    }

    /// The transport itself (to append raw messages: a replay, a test).
    #[must_use]
    pub fn backend(&self) -> &dyn Backend {
        &*self.backend
    }

    /// The producer that makes this bus's envelopes (for
    /// [`caused_by`](Producer::caused_by)).
    #[must_use]
    pub fn producer(&self) -> &Producer {
        &self.producer
    }

    /// A consumer group `group` of the events of inbox `I` (`#[derive(factum::Inbox)]`):
    /// every group gets every event, from the start of the log the first time, then from
    /// its acknowledged position.
    #[must_use]
    pub fn subscribe<I: Inbox + Send + 'static>(&self, group: impl Into<String>) -> Consumer<I> {
        let filters = I::NAMES
            .iter()
            .map(|name| subject::every(MessageKind::Event, name))
            .collect();
        Consumer::new(
            self.clone(),
            group.into(),
            filters,
            Box::new(consumer::ViaInbox::<I, I>::new(|inbox| inbox)),
        )
    }

    /// The consumer group of inbox `I` declared with `#[inbox(group = "...")]`, the one
    /// the contract files list as its receiver: [`subscribe`](Self::subscribe) under
    /// that group. An inbox without a declared group does not compile here.
    ///
    /// ```
    /// # use factum::{Event, Inbox};
    /// # #[derive(Debug, Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    /// # struct OrderPlaced { order_id: String }
    /// #[derive(Debug, Inbox)]
    /// #[inbox(group = "billing")]
    /// enum BillingInbox { Placed(OrderPlaced) }
    ///
    /// # fn f(bus: &factum_transport::Bus) {
    /// let billing = bus.inbox::<BillingInbox>(); // the group "billing"
    /// # }
    /// ```
    #[must_use]
    pub fn inbox<I: InboxGroup + Send + 'static>(&self) -> Consumer<I> {
        self.subscribe(I::GROUP)
    }

    /// The handler group of command `C` (`<name>-handler`): each command goes to one of
    /// its consumers.
    #[must_use]
    pub fn handle<C: Command + DeserializeOwned + Send + 'static>(&self) -> Consumer<C> {
        Consumer::new(
            self.clone(),
            format!("{}-handler", C::NAME),
            vec![subject::every(MessageKind::Command, C::NAME)],
            Box::new(consumer::ViaInbox::<Exact<C>, C>::new(|exact| exact.0)),
        )
    }

    /// A consumer of the dead letters of consumer group `group` (its own group is
    /// `<group>-dead-letters`).
    #[must_use]
    pub fn dead_letters(&self, group: &str) -> Consumer<DeadLetter> {
        Consumer::new(
            self.clone(),
            format!("{group}-dead-letters"),
            vec![subject::dead_letters_of(group)],
            Box::new(dead_letter::Reader),
        )
    }
}
