//! A durable consumer group of the embedded log: a cursor over the log from the
//! group's acknowledged position (its ack floor), the deliveries in flight, and the
//! ones waiting to be delivered again. A parked delivery (`nak` with a delay, as for a
//! newer version than the consumer reads) keeps its time in the file, so a restart
//! neither loses it nor offers it early.

use std::collections::{BTreeSet, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use rusqlite::OptionalExtension as _;

use super::{Inner, blocking};
use crate::backend::{BoxFuture, GroupSpec, Headers, Incoming, Settle, Subscription};
use crate::{Error, subject};

/// A row of the log.
struct Row {
    seq: u64,
    subject: String,
    headers: String,
    body: Vec<u8>,
}

/// What the subscription and its deliveries' settle handles share.
struct State {
    group: String,
    filters: Vec<String>,
    /// The last position read from the log.
    cursor: u64,
    /// Read, not yet offered.
    buffer: VecDeque<Row>,
    /// Offered, not yet settled.
    in_flight: BTreeSet<u64>,
    /// To offer again, and when (parked ones are in the file too, with `due_at`).
    due: Vec<(Instant, u64)>,
    /// The position below which every message of the group is settled (persisted).
    floor: u64,
}

pub(super) struct EmbeddedGroup {
    inner: Arc<Inner>,
    state: Arc<Mutex<State>>,
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Milliseconds since the Unix epoch, as `due_at` is stored.
fn unix_millis(at: SystemTime) -> i64 {
    at.duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

fn as_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl EmbeddedGroup {
    /// Opens the group (its position and parked deliveries from the file); blocking.
    pub(super) fn open(inner: &Arc<Inner>, spec: GroupSpec) -> Result<Self, Error> {
        fn open(inner: &Inner) -> MutexGuard<'_, std::collections::HashSet<String>> {
            inner.open.lock().unwrap_or_else(PoisonError::into_inner)
        }
        if !open(inner).insert(spec.group.clone()) {
            return Err(Error::GroupInUse { group: spec.group });
        }
        let read = || -> rusqlite::Result<(i64, Vec<(i64, i64)>)> {
            let db = inner.db();
            db.execute(
                "INSERT INTO factum_groups (name, ack_floor) VALUES (?1, 0) ON CONFLICT (name) DO NOTHING",
                [&spec.group],
            )?;
            let floor = db.query_row(
                "SELECT ack_floor FROM factum_groups WHERE name = ?1",
                [&spec.group],
                |row| row.get::<_, i64>(0),
            )?;
            let mut parked = db.prepare(
                "SELECT seq, due_at FROM factum_deliveries
                 WHERE grp = ?1 AND settled = 0 AND due_at IS NOT NULL",
            )?;
            let parked = parked
                .query_map([&spec.group], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok((floor, parked))
        };
        let (floor, parked) = match read() {
            Ok(read) => read,
            Err(err) => {
                open(inner).remove(&spec.group);
                return Err(Error::storage("open a consumer group", err));
            }
        };
        let (now, now_millis) = (Instant::now(), unix_millis(SystemTime::now()));
        let due = parked
            .into_iter()
            .map(|(seq, due_at)| {
                let wait = u64::try_from(due_at.saturating_sub(now_millis)).unwrap_or(0);
                (
                    now + Duration::from_millis(wait),
                    u64::try_from(seq).unwrap_or_default(),
                )
            })
            .collect();
        let floor = u64::try_from(floor).unwrap_or_default();
        Ok(EmbeddedGroup {
            inner: Arc::clone(inner),
            state: Arc::new(Mutex::new(State {
                group: spec.group,
                filters: spec.filters,
                cursor: floor,
                buffer: VecDeque::new(),
                in_flight: BTreeSet::new(),
                due,
                floor,
            })),
        })
    }

    /// When the next delivery waiting for its time is due.
    fn next_due(&self) -> Option<Instant> {
        lock(&self.state).due.iter().map(|(when, _)| *when).min()
    }
}

/// The next delivery of the group ready now, if any; blocking.
fn poll(inner: &Arc<Inner>, shared: &Arc<Mutex<State>>) -> Result<Option<Incoming>, Error> {
    let mut state = lock(shared);
    let now = Instant::now();
    if let Some(at) = state.due.iter().position(|(when, _)| *when <= now) {
        let (_, seq) = state.due.swap_remove(at);
        let row = inner
            .db()
            .query_row(
                "SELECT seq, subject, headers, body FROM factum_log WHERE seq = ?1",
                [as_i64(seq)],
                row_of,
            )
            .optional()
            .map_err(|e| Error::storage("read the log", e))?;
        if let Some(row) = row
            && let Some(incoming) = offer(inner, shared, &mut state, row)?
        {
            return Ok(Some(incoming));
        }
    }
    loop {
        while let Some(row) = state.buffer.pop_front() {
            // A parked delivery waits for its time (read again after a restart).
            let parked = state.due.iter().any(|(_, seq)| *seq == row.seq);
            if !parked
                && state
                    .filters
                    .iter()
                    .any(|f| subject::matches(f, &row.subject))
                && let Some(incoming) = offer(inner, shared, &mut state, row)?
            {
                return Ok(Some(incoming));
            }
        }
        let rows = {
            let db = inner.db();
            let mut statement = db
                .prepare_cached(
                    "SELECT seq, subject, headers, body FROM factum_log WHERE seq > ?1 ORDER BY seq LIMIT 256",
                )
                .map_err(|e| Error::storage("read the log", e))?;
            statement
                .query_map([as_i64(state.cursor)], row_of)
                .and_then(Iterator::collect::<Result<Vec<_>, _>>)
                .map_err(|e| Error::storage("read the log", e))?
        };
        let Some(last) = rows.last() else {
            return Ok(None);
        };
        state.cursor = last.seq;
        state.buffer.extend(rows);
    }
}

/// Records a delivery of `row` and returns it; `None` if the group settled it before.
fn offer(
    inner: &Arc<Inner>,
    shared: &Arc<Mutex<State>>,
    state: &mut State,
    row: Row,
) -> Result<Option<Incoming>, Error> {
    let delivered: Option<u32> = inner
        .db()
        .query_row(
            "INSERT INTO factum_deliveries (grp, seq, delivered) VALUES (?1, ?2, 1)
             ON CONFLICT (grp, seq) DO UPDATE SET delivered = delivered + 1, due_at = NULL
             WHERE settled = 0
             RETURNING delivered",
            (&state.group, as_i64(row.seq)),
            |r| r.get(0),
        )
        .optional()
        .map_err(|e| Error::storage("record a delivery", e))?;
    let Some(delivered) = delivered else {
        return Ok(None);
    };
    let headers: Headers = serde_json::from_str(&row.headers)
        .map_err(|e| Error::storage("read a message's headers", e))?;
    state.in_flight.insert(row.seq);
    Ok(Some(Incoming {
        sequence: row.seq,
        subject: row.subject,
        headers: headers.into(),
        body: row.body,
        delivered,
        settle: Box::new(EmbeddedSettle {
            inner: Arc::clone(inner),
            state: Arc::clone(shared),
            seq: row.seq,
        }),
    }))
}

fn row_of(row: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok(Row {
        seq: u64::try_from(row.get::<_, i64>(0)?).unwrap_or_default(),
        subject: row.get(1)?,
        headers: row.get(2)?,
        body: row.get(3)?,
    })
}

impl Subscription for EmbeddedGroup {
    fn next(&mut self) -> BoxFuture<'_, Result<Incoming, Error>> {
        Box::pin(async move {
            loop {
                // Listen before looking, so that an append in between is not missed.
                let appended = self.inner.appended.notified();
                tokio::pin!(appended);
                appended.as_mut().enable();
                let state = Arc::clone(&self.state);
                if let Some(incoming) =
                    blocking(&self.inner, move |inner| poll(inner, &state)).await?
                {
                    return Ok(incoming);
                }
                // Another process may append to the same file: look again now and then.
                let wake = Instant::now() + Duration::from_millis(100);
                let wake = self.next_due().map_or(wake, |due| due.min(wake));
                tokio::select! {
                    () = appended => {}
                    () = tokio::time::sleep_until(wake.into()) => {}
                }
            }
        })
    }
}

impl Drop for EmbeddedGroup {
    fn drop(&mut self) {
        let group = lock(&self.state).group.clone();
        self.inner
            .open
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&group);
    }
}

struct EmbeddedSettle {
    inner: Arc<Inner>,
    state: Arc<Mutex<State>>,
    seq: u64,
}

/// Marks the delivery `seq` settled and moves the group's floor past every settled
/// message; blocking.
fn settle(inner: &Inner, shared: &Mutex<State>, seq: u64) -> Result<(), Error> {
    let mut state = lock(shared);
    state.in_flight.remove(&seq);
    let lowest_open = [
        state.in_flight.first().copied(),
        state.due.iter().map(|(_, seq)| *seq).min(),
        state.buffer.front().map(|row| row.seq),
        Some(state.cursor + 1),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(state.cursor + 1);
    let floor = lowest_open - 1;
    let mut db = inner.db();
    let tx = db
        .transaction()
        .map_err(|e| Error::storage("acknowledge", e))?;
    tx.execute(
        "UPDATE factum_deliveries SET settled = 1, due_at = NULL WHERE grp = ?1 AND seq = ?2",
        (&state.group, as_i64(seq)),
    )
    .map_err(|e| Error::storage("acknowledge", e))?;
    if floor > state.floor {
        tx.execute(
            "UPDATE factum_groups SET ack_floor = ?2 WHERE name = ?1",
            (&state.group, as_i64(floor)),
        )
        .and_then(|_| {
            tx.execute(
                "DELETE FROM factum_deliveries WHERE grp = ?1 AND seq <= ?2",
                (&state.group, as_i64(floor)),
            )
        })
        .map_err(|e| Error::storage("move the group's position", e))?;
    }
    tx.commit().map_err(|e| Error::storage("acknowledge", e))?;
    state.floor = state.floor.max(floor);
    Ok(())
}

/// Parks the delivery `seq` until `delay` has passed, in memory and in the file; blocking.
fn park(inner: &Inner, shared: &Mutex<State>, seq: u64, delay: Duration) -> Result<(), Error> {
    let mut state = lock(shared);
    let due_at = unix_millis(SystemTime::now() + delay);
    inner
        .db()
        .execute(
            "UPDATE factum_deliveries SET due_at = ?3 WHERE grp = ?1 AND seq = ?2",
            (&state.group, as_i64(seq), due_at),
        )
        .map_err(|e| Error::storage("park a delivery", e))?;
    state.in_flight.remove(&seq);
    state.due.push((Instant::now() + delay, seq));
    Ok(())
}

impl EmbeddedSettle {
    async fn run(
        &self,
        work: impl FnOnce(&Inner, &Mutex<State>, u64) -> Result<(), Error> + Send + 'static,
    ) -> Result<(), Error> {
        let (state, seq) = (Arc::clone(&self.state), self.seq);
        blocking(&self.inner, move |inner| work(inner, &state, seq)).await
    }
}

impl Settle for EmbeddedSettle {
    fn ack(&self) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(self.run(settle))
    }

    fn nak(&self, delay: Duration) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(async move {
            self.run(move |inner, state, seq| park(inner, state, seq, delay))
                .await?;
            self.inner.appended.notify_waiters();
            Ok(())
        })
    }

    fn term(&self) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(self.run(settle))
    }

    fn in_progress(&self) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(async { Ok(()) })
    }
}
