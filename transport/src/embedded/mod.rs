//! The embedded default: the log, the consumer groups' positions, the dead letters and
//! the processed ids in one `SQLite` file, so that a single process (a test, a demo, a
//! small service) gets the semantics of `JetStream` with no server, across restarts.
//!
//! `SQLite` calls block (file I/O, waiting on another connection's lock): they run in
//! tokio's blocking pool ([`blocking`]), never on a runtime thread, so a busy file slows
//! the consumers that use it and nothing else.

mod group;
mod requests;

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use rusqlite::Connection;
use tokio::sync::{Notify, mpsc};

use crate::Error;
use crate::backend::{
    Appended, Backend, BoxFuture, GroupSpec, Headers, Outgoing, Request, Requests, Subscription,
};
use crate::dedupe::SqliteStore;

/// The log and its consumer groups in a `SQLite` file (or in memory).
///
/// ```
/// use factum_transport::{Bus, Embedded};
/// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
/// let dir = std::env::temp_dir().join(format!("factum-doc-{}", std::process::id()));
/// let embedded = Embedded::open(dir.with_extension("db"))?;
/// let bus = Bus::new(embedded.clone(), factum::Producer::new("/checkout")?).with_store(embedded.store()?);
/// # let _ = bus;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// # }).unwrap();
/// ```
#[derive(Clone)]
pub struct Embedded {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Embedded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Embedded").finish_non_exhaustive()
    }
}

struct Inner {
    db: Arc<Mutex<Connection>>,
    /// Woken when a message is appended.
    appended: Notify,
    /// The groups open in this process.
    open: Mutex<HashSet<String>>,
    /// The query subjects answered in this process.
    answering: Mutex<HashMap<String, mpsc::Sender<Request>>>,
}

impl Inner {
    /// The connection: only inside [`blocking`].
    fn db(&self) -> MutexGuard<'_, Connection> {
        self.db.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Runs `work` (which may lock the connection and wait on the file) in tokio's blocking
/// pool.
async fn blocking<T: Send + 'static>(
    inner: &Arc<Inner>,
    work: impl FnOnce(&Arc<Inner>) -> Result<T, Error> + Send + 'static,
) -> Result<T, Error> {
    let inner = Arc::clone(inner);
    tokio::task::spawn_blocking(move || work(&inner))
        .await
        .map_err(|e| Error::storage("run a SQLite call", e))?
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS factum_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    subject TEXT NOT NULL,
    id TEXT NOT NULL UNIQUE,
    headers TEXT NOT NULL,
    body BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS factum_groups (
    name TEXT PRIMARY KEY,
    ack_floor INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS factum_deliveries (
    grp TEXT NOT NULL,
    seq INTEGER NOT NULL,
    delivered INTEGER NOT NULL,
    settled INTEGER NOT NULL DEFAULT 0,
    due_at INTEGER,
    PRIMARY KEY (grp, seq)) WITHOUT ROWID;";

/// Files written before parked deliveries were kept lack `due_at` (Unix milliseconds
/// when a parked delivery is offered again).
fn migrate(db: &Connection) -> rusqlite::Result<()> {
    let has_due_at = db
        .prepare("SELECT 1 FROM pragma_table_info('factum_deliveries') WHERE name = 'due_at'")?
        .exists([])?;
    if !has_due_at {
        db.execute_batch("ALTER TABLE factum_deliveries ADD COLUMN due_at INTEGER")?;
    }
    Ok(())
}

/// Write-ahead logging, durable across a crash of the process, waiting on a lock held
/// by another connection rather than failing.
pub(crate) fn configure(db: &Connection) -> Result<(), Error> {
    db.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;",
    )
    .map_err(|e| Error::storage("configure SQLite", e))
}

impl Embedded {
    /// Opens (or creates) the log in the file at `path`.
    ///
    /// # Errors
    ///
    /// When the file cannot be opened or is not a factum log.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, Error> {
        let db = Connection::open(path).map_err(|e| Error::storage("open", e))?;
        configure(&db)?;
        Self::from_connection(db)
    }

    /// A log in memory, gone when the value is dropped (for tests).
    ///
    /// # Errors
    ///
    /// When `SQLite` cannot create the tables.
    pub fn in_memory() -> Result<Self, Error> {
        Self::from_connection(Connection::open_in_memory().map_err(|e| Error::storage("open", e))?)
    }

    fn from_connection(db: Connection) -> Result<Self, Error> {
        db.execute_batch(SCHEMA)
            .and_then(|()| migrate(&db))
            .map_err(|e| Error::storage("create the log's tables", e))?;
        Ok(Embedded {
            inner: Arc::new(Inner {
                db: Arc::new(Mutex::new(db)),
                appended: Notify::new(),
                open: Mutex::new(HashSet::new()),
                answering: Mutex::new(HashMap::new()),
            }),
        })
    }

    /// The processed-id store in the same file: the default dedupe store of a bus on
    /// this log.
    ///
    /// # Errors
    ///
    /// When its table cannot be created.
    pub fn store(&self) -> Result<SqliteStore, Error> {
        SqliteStore::shared(Arc::clone(&self.inner.db))
    }
}

impl Backend for Embedded {
    fn append(&self, message: Outgoing) -> BoxFuture<'_, Result<Appended, Error>> {
        Box::pin(async move {
            let headers =
                serde_json::to_string(&message.headers).map_err(|e| Error::storage("append", e))?;
            let appended = blocking(&self.inner, move |inner| {
                let db = inner.db();
                let changed = db
                    .execute(
                        "INSERT INTO factum_log (subject, id, headers, body) VALUES (?1, ?2, ?3, ?4)
                         ON CONFLICT (id) DO NOTHING",
                        (&message.subject, &message.id, &headers, &message.body),
                    )
                    .map_err(|e| Error::storage("append", e))?;
                Ok(if changed == 0 {
                    Appended::Duplicate
                } else {
                    Appended::Stored(u64::try_from(db.last_insert_rowid()).unwrap_or_default())
                })
            })
            .await?;
            self.inner.appended.notify_waiters();
            Ok(appended)
        })
    }

    fn subscribe(&self, spec: GroupSpec) -> BoxFuture<'_, Result<Box<dyn Subscription>, Error>> {
        Box::pin(async move {
            let subscription = blocking(&self.inner, move |inner| {
                group::EmbeddedGroup::open(inner, spec)
            })
            .await?;
            Ok(Box::new(subscription) as Box<dyn Subscription>)
        })
    }

    fn request(
        &self,
        subject: String,
        headers: Headers,
        body: Vec<u8>,
        timeout: Duration,
    ) -> BoxFuture<'_, Result<(Headers, Vec<u8>), Error>> {
        Box::pin(requests::request(
            &self.inner,
            subject,
            headers,
            body,
            timeout,
        ))
    }

    fn serve(
        &self,
        subject: String,
        group: String,
    ) -> BoxFuture<'_, Result<Box<dyn Requests>, Error>> {
        Box::pin(async move { requests::serve(&self.inner, subject, group) })
    }
}
