//! The processed-id store in `PostgreSQL` (feature `postgres`), for services whose state
//! lives in a database they share: a handler records the message id in the same
//! transaction as its own state change, so its effect is committed once or not at all.
//!
//! ```no_run
//! use factum::{Event, Inbox};
//! use factum_transport::postgres::{PgStore, sqlx};
//! use factum_transport::{Bus, Delivery, Outcome};
//!
//! #[derive(Debug, Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
//! #[event(key = order_id)]
//! struct OrderPlaced { order_id: String, total_cents: i64 }
//!
//! #[derive(Debug, Inbox)]
//! enum Payment { Placed(OrderPlaced) }
//!
//! async fn charge(
//!     store: &PgStore,
//!     delivery: &Delivery<Payment>,
//! ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
//!     // `None`: this group processed this message before; do nothing.
//!     let Some(mut tx) = store.begin(delivery.group(), delivery.id()).await? else {
//!         return Ok(());
//!     };
//!     let Payment::Placed(order) = delivery.message();
//!     sqlx::query("INSERT INTO charges (order_id, cents) VALUES ($1, $2)")
//!         .bind(&order.order_id)
//!         .bind(order.total_cents)
//!         .execute(&mut *tx)
//!         .await?;
//!     // The charge and the processed id, together. Returning before this (an error,
//!     // a panic, a crash) rolls both back, and the message is delivered again.
//!     tx.commit().await?;
//!     Ok(())
//! }
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let store = PgStore::connect("postgres://app@127.0.0.1/shop").await?;
//! let bus = Bus::embedded("shop.db", factum::Producer::new("/shop")?)?;
//! let payment = bus
//!     .subscribe::<Payment>("payment")
//!     .dedupe(store.clone())
//!     .start(move |delivery| {
//!         let store = store.clone();
//!         async move { Outcome::from(charge(&store, &delivery).await) }
//!     })
//!     .await?;
//! # Ok(()) }
//! ```

use std::fmt;

pub use sqlx;
use sqlx::postgres::{PgPool, Postgres};
use sqlx::{Executor as _, Transaction};

use crate::Error;
use crate::backend::BoxFuture;
use crate::dedupe::ProcessedStore;

/// The table this store keeps, created by [`PgStore::connect`] and
/// [`PgStore::with_pool`] if it is missing. Put it in your own migrations instead if
/// you prefer: it is idempotent.
pub const MIGRATION: &str = "CREATE TABLE IF NOT EXISTS factum_processed (
    consumer TEXT NOT NULL,
    id TEXT NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, id)
)";

/// Processed ids in `PostgreSQL` (table `factum_processed`, see [`MIGRATION`]), through
/// a `sqlx` pool that the handlers' own queries may share. Cheap to clone.
///
/// As a consumer's [dedupe store](crate::Consumer::dedupe) it skips every message whose
/// id is recorded; a handler that calls [`begin`](Self::begin) records the id in its
/// own transaction, so the record and the effect are committed together.
#[derive(Clone)]
pub struct PgStore {
    pool: PgPool,
}

impl fmt::Debug for PgStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PgStore").finish_non_exhaustive()
    }
}

fn pg_error(operation: &'static str) -> impl Fn(sqlx::Error) -> Error {
    move |err| Error::Postgres {
        operation,
        message: err.to_string(),
    }
}

impl PgStore {
    /// Connects to the database at `url` (`postgres://user:password@host:port/db`)
    /// with a pool of `sqlx`'s default options, and creates the table if it is missing.
    /// A server that does not answer is waited for up to the pool's acquire timeout
    /// (30 s); [`with_pool`](Self::with_pool) takes a pool with other options.
    ///
    /// # Errors
    ///
    /// When the server cannot be reached or refuses the login, or the table cannot be
    /// created.
    pub async fn connect(url: &str) -> Result<Self, Error> {
        let pool = PgPool::connect(url).await.map_err(pg_error("connect"))?;
        Self::with_pool(pool).await
    }

    /// A store over a pool you already have, creating the table if it is missing (the
    /// pool's role needs no `CREATE` privilege when it exists).
    ///
    /// # Errors
    ///
    /// When the server fails, or the table is missing and cannot be created.
    pub async fn with_pool(pool: PgPool) -> Result<Self, Error> {
        // A role that may use the table but not create tables (the DBA ran
        // `MIGRATION`) must not be refused: `CREATE ... IF NOT EXISTS` checks the
        // privilege first.
        let exists: bool = sqlx::query_scalar("SELECT to_regclass('factum_processed') IS NOT NULL")
            .fetch_one(&pool)
            .await
            .map_err(pg_error("look for the processed-id table"))?;
        if exists {
            return Ok(PgStore { pool });
        }
        let mut tx = pool
            .begin()
            .await
            .map_err(pg_error("begin a transaction"))?;
        // Two services starting at once would race on `CREATE TABLE IF NOT EXISTS`
        // (a duplicate key in `pg_type`): one waits for the other here.
        tx.execute("SELECT pg_advisory_xact_lock(hashtext('factum_processed'))")
            .await
            .map_err(pg_error("lock the processed-id table's creation"))?;
        tx.execute(MIGRATION)
            .await
            .map_err(pg_error("create the processed-id table"))?;
        tx.commit()
            .await
            .map_err(pg_error("create the processed-id table"))?;
        Ok(PgStore { pool })
    }

    /// The pool (for the handlers' own queries).
    #[must_use]
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// Begins a transaction that records that `group` processed message `id`, for the
    /// handler to add its own state change to and [`commit`](Transaction::commit).
    /// `None` if the id was recorded before: the handler's effect has happened, and it
    /// should do nothing.
    ///
    /// Until the transaction ends, another consumer beginning the same id waits, then
    /// gets `None` if this one committed, or the transaction if it rolled back (dropping
    /// the transaction without committing rolls it back).
    ///
    /// # Errors
    ///
    /// When the server fails; then nothing is recorded.
    pub async fn begin(
        &self,
        group: &str,
        id: &str,
    ) -> Result<Option<Transaction<'static, Postgres>>, Error> {
        let mut tx = self
            .pool
            .begin()
            .await
            .map_err(pg_error("begin a transaction"))?;
        let recorded = sqlx::query(INSERT)
            .bind(group)
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(pg_error("record a processed id"))?
            .rows_affected();
        if recorded == 0 {
            tx.rollback().await.map_err(pg_error("end a transaction"))?;
            return Ok(None);
        }
        Ok(Some(tx))
    }
}

const INSERT: &str =
    "INSERT INTO factum_processed (consumer, id) VALUES ($1, $2) ON CONFLICT DO NOTHING";

impl ProcessedStore for PgStore {
    fn contains<'a>(&'a self, group: &'a str, id: &'a str) -> BoxFuture<'a, Result<bool, Error>> {
        Box::pin(async move {
            sqlx::query_scalar::<_, bool>(
                "SELECT EXISTS (SELECT 1 FROM factum_processed WHERE consumer = $1 AND id = $2)",
            )
            .bind(group)
            .bind(id)
            .fetch_one(&self.pool)
            .await
            .map_err(pg_error("read a processed id"))
        })
    }

    fn insert<'a>(&'a self, group: &'a str, id: &'a str) -> BoxFuture<'a, Result<(), Error>> {
        Box::pin(async move {
            sqlx::query(INSERT)
                .bind(group)
                .bind(id)
                .execute(&self.pool)
                .await
                .map(drop)
                .map_err(pg_error("record a processed id"))
        })
    }
}
