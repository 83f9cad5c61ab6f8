//! The dedupe store: which message ids a consumer group has processed, so that a
//! message delivered twice has its effect once. In memory, or in a `SQLite` file, or in
//! `PostgreSQL` (`postgres::PgStore`, feature `postgres`), where a handler can record the
//! id in the same transaction as its own state change.

use std::collections::HashSet;
use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OptionalExtension, Transaction};

use crate::Error;
use crate::backend::BoxFuture;

/// Records the message ids each consumer group has processed.
///
/// Asynchronous, so that a store may live in a database server (`postgres::PgStore`,
/// feature `postgres`); the in-process stores answer at once.
pub trait ProcessedStore: Send + Sync {
    /// Whether `group` has processed message `id`.
    ///
    /// # Errors
    ///
    /// When the store cannot be read.
    fn contains<'a>(&'a self, group: &'a str, id: &'a str) -> BoxFuture<'a, Result<bool, Error>>;

    /// Records that `group` processed message `id` (nothing happens if it was recorded
    /// before).
    ///
    /// # Errors
    ///
    /// When the store cannot be written.
    fn insert<'a>(&'a self, group: &'a str, id: &'a str) -> BoxFuture<'a, Result<(), Error>>;
}

/// Processed ids in memory: lost when the process ends.
#[derive(Debug, Default, Clone)]
pub struct MemoryStore {
    ids: Arc<Mutex<HashSet<(String, String)>>>,
}

impl MemoryStore {
    /// An empty store.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }
}

impl ProcessedStore for MemoryStore {
    fn contains<'a>(&'a self, group: &'a str, id: &'a str) -> BoxFuture<'a, Result<bool, Error>> {
        let ids = self
            .ids
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let found = ids.contains(&(group.to_owned(), id.to_owned()));
        Box::pin(std::future::ready(Ok(found)))
    }

    fn insert<'a>(&'a self, group: &'a str, id: &'a str) -> BoxFuture<'a, Result<(), Error>> {
        let mut ids = self
            .ids
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        ids.insert((group.to_owned(), id.to_owned()));
        Box::pin(std::future::ready(Ok(())))
    }
}

/// Processed ids in a `SQLite` file (table `factum_processed`), which may be the
/// handler's own database.
///
/// [`once`](Self::once) runs a handler's state change and records the id in one
/// transaction, so that the effect happens exactly once even if the process dies
/// between the two:
///
/// ```
/// use factum_transport::dedupe::SqliteStore;
///
/// let store = SqliteStore::open_in_memory()?;
/// store.with_connection(|db| db.execute_batch("CREATE TABLE charges(order_id TEXT)"))?;
/// for _ in 0..2 {
///     // The same message delivered twice.
///     store.once("payment", "msg-1", |tx| {
///         tx.execute("INSERT INTO charges VALUES ('o-1')", [])
///     })?;
/// }
/// let charges: i64 = store.with_connection(|db| db.query_row("SELECT count(*) FROM charges", [], |r| r.get(0)))?;
/// assert_eq!(charges, 1);
/// assert!(store.contains_now("payment", "msg-1")?);
/// # Ok::<(), factum_transport::Error>(())
/// ```
#[derive(Clone)]
pub struct SqliteStore {
    db: Arc<Mutex<Connection>>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore").finish_non_exhaustive()
    }
}

const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS factum_processed (
    consumer TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (consumer, id)) WITHOUT ROWID;";

impl SqliteStore {
    /// Opens (or creates) the file at `path`.
    ///
    /// # Errors
    ///
    /// When the file cannot be opened or its table created.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, Error> {
        let db = Connection::open(path).map_err(|e| Error::storage("open", e))?;
        crate::embedded::configure(&db)?;
        Self::from_connection(db)
    }

    /// A store in memory (for tests).
    ///
    /// # Errors
    ///
    /// When `SQLite` cannot create its table.
    pub fn open_in_memory() -> Result<Self, Error> {
        Self::from_connection(Connection::open_in_memory().map_err(|e| Error::storage("open", e))?)
    }

    fn from_connection(db: Connection) -> Result<Self, Error> {
        Self::shared(Arc::new(Mutex::new(db)))
    }

    /// A store over a connection that others share (the embedded transport's).
    pub(crate) fn shared(db: Arc<Mutex<Connection>>) -> Result<Self, Error> {
        db.lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .execute_batch(SCHEMA)
            .map_err(|e| Error::storage("create the processed-id table", e))?;
        Ok(SqliteStore { db })
    }

    /// Runs `f` on the connection (the handler's own tables live here too).
    ///
    /// # Errors
    ///
    /// What `f` returns, as [`Error::Storage`].
    pub fn with_connection<T>(
        &self,
        f: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> Result<T, Error> {
        let db = self
            .db
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&db).map_err(|e| Error::storage("run the handler's statement", e))
    }

    /// Runs `effect` and records that `group` processed `id`, in one transaction:
    /// `Ok(None)` without running `effect` if the id was recorded before.
    ///
    /// # Errors
    ///
    /// When `effect` or the store fails; then nothing is written.
    pub fn once<T>(
        &self,
        group: &str,
        id: &str,
        effect: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<Option<T>, Error> {
        let mut db = self
            .db
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let tx = db
            .transaction()
            .map_err(|e| Error::storage("begin a transaction", e))?;
        let inserted = tx
            .execute(
                "INSERT OR IGNORE INTO factum_processed (consumer, id) VALUES (?1, ?2)",
                (group, id),
            )
            .map_err(|e| Error::storage("record a processed id", e))?;
        if inserted == 0 {
            return Ok(None);
        }
        let value = effect(&tx).map_err(|e| Error::storage("run the handler's effect", e))?;
        tx.commit().map_err(|e| Error::storage("commit", e))?;
        Ok(Some(value))
    }
}

impl ProcessedStore for SqliteStore {
    fn contains<'a>(&'a self, group: &'a str, id: &'a str) -> BoxFuture<'a, Result<bool, Error>> {
        Box::pin(std::future::ready(self.contains_now(group, id)))
    }

    fn insert<'a>(&'a self, group: &'a str, id: &'a str) -> BoxFuture<'a, Result<(), Error>> {
        Box::pin(std::future::ready(self.insert_now(group, id)))
    }
}

impl SqliteStore {
    /// Whether `group` has processed message `id`.
    ///
    /// # Errors
    ///
    /// When the file cannot be read.
    pub fn contains_now(&self, group: &str, id: &str) -> Result<bool, Error> {
        let db = self
            .db
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        db.query_row(
            "SELECT 1 FROM factum_processed WHERE consumer = ?1 AND id = ?2",
            (group, id),
            |_| Ok(()),
        )
        .optional()
        .map(|found| found.is_some())
        .map_err(|e| Error::storage("read a processed id", e))
    }

    /// Records that `group` processed message `id`.
    ///
    /// # Errors
    ///
    /// When the file cannot be written.
    pub fn insert_now(&self, group: &str, id: &str) -> Result<(), Error> {
        let db = self
            .db
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        db.execute(
            "INSERT OR IGNORE INTO factum_processed (consumer, id) VALUES (?1, ?2)",
            (group, id),
        )
        .map(drop)
        .map_err(|e| Error::storage("record a processed id", e))
    }
}
