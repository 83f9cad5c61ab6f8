//! The dedupe store: which message ids a consumer group has processed, so that a
//! message delivered twice has its effect once. In memory, or in a `SQLite` file, or in
//! `PostgreSQL` (`postgres::PgStore`, feature `postgres`), where a handler can record the
//! id in the same transaction as its own state change.

use std::collections::{HashMap, HashSet};
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
    /// Per group, its processed ids (looked up by `&str`, with no allocation).
    ids: Arc<Mutex<HashMap<String, HashSet<String>>>>,
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
        let found = ids.get(group).is_some_and(|ids| ids.contains(id));
        Box::pin(std::future::ready(Ok(found)))
    }

    fn insert<'a>(&'a self, group: &'a str, id: &'a str) -> BoxFuture<'a, Result<(), Error>> {
        let mut ids = self
            .ids
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match ids.get_mut(group) {
            Some(ids) => {
                ids.insert(id.to_owned());
            }
            None => {
                ids.insert(group.to_owned(), HashSet::from([id.to_owned()]));
            }
        }
        Box::pin(std::future::ready(Ok(())))
    }
}

/// Processed ids in a `SQLite` file (table `factum_processed`), which may be the
/// handler's own database.
///
/// `SQLite` calls block (file I/O, waiting on another connection's lock), so every call
/// from async code runs in tokio's blocking pool, as the embedded transport's do:
/// [`contains`](ProcessedStore::contains), [`insert`](ProcessedStore::insert),
/// [`once`](Self::once) and [`with_connection`](Self::with_connection) never block a
/// runtime thread.
///
/// [`once`](Self::once) runs a handler's state change and records the id in one
/// transaction, so that the effect happens exactly once even if the process dies
/// between the two:
///
/// ```
/// use factum_transport::dedupe::{ProcessedStore as _, SqliteStore};
///
/// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
/// let store = SqliteStore::open_in_memory()?;
/// store.with_connection(|db| db.execute_batch("CREATE TABLE charges(order_id TEXT)")).await?;
/// for _ in 0..2 {
///     // The same message delivered twice.
///     let order_id = "o-1".to_owned();
///     store.once("payment", "msg-1", move |tx| {
///         tx.execute("INSERT INTO charges VALUES (?1)", [order_id])
///     }).await?;
/// }
/// let charges: i64 = store
///     .with_connection(|db| db.query_row("SELECT count(*) FROM charges", [], |r| r.get(0)))
///     .await?;
/// assert_eq!(charges, 1);
/// assert!(store.contains("payment", "msg-1").await?);
/// # Ok::<(), factum_transport::Error>(())
/// # }).unwrap();
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

const INSERT: &str = "INSERT OR IGNORE INTO factum_processed (consumer, id) VALUES (?1, ?2)";

impl SqliteStore {
    /// Opens (or creates) the file at `path` (opening blocks: call it before the
    /// consumers start, or from the blocking pool).
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

    /// Runs `work` on the connection in tokio's blocking pool.
    async fn blocking<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Connection) -> Result<T, Error> + Send + 'static,
    ) -> Result<T, Error> {
        let db = Arc::clone(&self.db);
        tokio::task::spawn_blocking(move || {
            work(&mut db.lock().unwrap_or_else(std::sync::PoisonError::into_inner))
        })
        .await
        .map_err(|e| Error::storage("run a SQLite call", e))?
    }

    /// Runs `f` on the connection (the handler's own tables live here too), in the
    /// blocking pool.
    ///
    /// # Errors
    ///
    /// What `f` returns, as [`Error::Storage`].
    pub async fn with_connection<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
    ) -> Result<T, Error> {
        self.blocking(move |db| f(db).map_err(|e| Error::storage("run the handler's statement", e)))
            .await
    }

    /// Runs `effect` and records that `group` processed `id`, in one transaction, in
    /// the blocking pool: `Ok(None)` without running `effect` if the id was recorded
    /// before.
    ///
    /// # Errors
    ///
    /// When `effect` or the store fails; then nothing is written.
    pub async fn once<T: Send + 'static>(
        &self,
        group: &str,
        id: &str,
        effect: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<T> + Send + 'static,
    ) -> Result<Option<T>, Error> {
        let (group, id) = (group.to_owned(), id.to_owned());
        self.blocking(move |db| {
            let tx = db
                .transaction()
                .map_err(|e| Error::storage("begin a transaction", e))?;
            let inserted = tx
                .execute(INSERT, (&group, &id))
                .map_err(|e| Error::storage("record a processed id", e))?;
            if inserted == 0 {
                return Ok(None);
            }
            let value = effect(&tx).map_err(|e| Error::storage("run the handler's effect", e))?;
            tx.commit().map_err(|e| Error::storage("commit", e))?;
            Ok(Some(value))
        })
        .await
    }
}

impl ProcessedStore for SqliteStore {
    fn contains<'a>(&'a self, group: &'a str, id: &'a str) -> BoxFuture<'a, Result<bool, Error>> {
        let (group, id) = (group.to_owned(), id.to_owned());
        Box::pin(self.blocking(move |db| {
            db.query_row(
                "SELECT 1 FROM factum_processed WHERE consumer = ?1 AND id = ?2",
                (&group, &id),
                |_| Ok(()),
            )
            .optional()
            .map(|found| found.is_some())
            .map_err(|e| Error::storage("read a processed id", e))
        }))
    }

    fn insert<'a>(&'a self, group: &'a str, id: &'a str) -> BoxFuture<'a, Result<(), Error>> {
        let (group, id) = (group.to_owned(), id.to_owned());
        Box::pin(self.blocking(move |db| {
            db.execute(INSERT, (&group, &id))
                .map(drop)
                .map_err(|e| Error::storage("record a processed id", e))
        }))
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::{ProcessedStore as _, SqliteStore};

    /// While another connection holds the file's write lock, a write through the store
    /// waits in the blocking pool: the runtime's one thread keeps running other tasks.
    #[test]
    fn a_locked_file_does_not_block_the_runtime() {
        let path =
            std::env::temp_dir().join(format!("factum-dedupe-lock-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let store = SqliteStore::open(&path).unwrap();
        let other = rusqlite::Connection::open(&path).unwrap();
        other.execute_batch("BEGIN IMMEDIATE").unwrap();
        let holder = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(600));
            other.execute_batch("COMMIT").unwrap();
        });
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let (ticks, waited) = runtime.block_on(async {
            let start = Instant::now();
            let insert = {
                let store = store.clone();
                tokio::spawn(async move { store.insert("g", "m-1").await })
            };
            let mut ticks = 0;
            while !insert.is_finished() {
                tokio::time::sleep(Duration::from_millis(10)).await;
                ticks += 1;
            }
            insert.await.unwrap().unwrap();
            (ticks, start.elapsed())
        });
        holder.join().unwrap();
        assert!(waited >= Duration::from_millis(500), "{waited:?}");
        assert!(ticks >= 10, "the runtime ran {ticks} ticks in {waited:?}");
        assert!(runtime.block_on(store.contains("g", "m-1")).unwrap());
        let _ = std::fs::remove_file(&path);
    }
}
