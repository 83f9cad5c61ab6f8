//! A durable consumer group of the embedded log: a cursor over the log from the
//! group's acknowledged position (its ack floor), the deliveries in flight, and the
//! ones waiting to be delivered again.

use std::collections::{BTreeSet, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use rusqlite::OptionalExtension as _;

use super::Inner;
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
    /// To offer again, and when.
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

impl EmbeddedGroup {
    pub(super) fn open(inner: &Arc<Inner>, spec: GroupSpec) -> Result<Self, Error> {
        if !inner
            .open
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(spec.group.clone())
        {
            return Err(Error::GroupInUse { group: spec.group });
        }
        let floor = {
            let db = inner.db();
            db.execute(
                "INSERT INTO factum_groups (name, ack_floor) VALUES (?1, 0) ON CONFLICT (name) DO NOTHING",
                [&spec.group],
            )
            .and_then(|_| {
                db.query_row(
                    "SELECT ack_floor FROM factum_groups WHERE name = ?1",
                    [&spec.group],
                    |row| row.get::<_, i64>(0),
                )
            })
            .map_err(|e| Error::storage("open a consumer group", e))?
        };
        let floor = u64::try_from(floor).unwrap_or_default();
        Ok(EmbeddedGroup {
            inner: Arc::clone(inner),
            state: Arc::new(Mutex::new(State {
                group: spec.group,
                filters: spec.filters,
                cursor: floor,
                buffer: VecDeque::new(),
                in_flight: BTreeSet::new(),
                due: Vec::new(),
                floor,
            })),
        })
    }

    /// The next delivery ready now, if any.
    fn poll(&self) -> Result<Option<Incoming>, Error> {
        let mut state = lock(&self.state);
        let now = Instant::now();
        if let Some(at) = state.due.iter().position(|(when, _)| *when <= now) {
            let (_, seq) = state.due.swap_remove(at);
            let db = self.inner.db();
            let row = db
                .query_row(
                    "SELECT seq, subject, headers, body FROM factum_log WHERE seq = ?1",
                    [i64::try_from(seq).unwrap_or(i64::MAX)],
                    row_of,
                )
                .optional()
                .map_err(|e| Error::storage("read the log", e))?;
            drop(db);
            if let Some(row) = row
                && let Some(incoming) = self.offer(&mut state, row)?
            {
                return Ok(Some(incoming));
            }
        }
        loop {
            while let Some(row) = state.buffer.pop_front() {
                if state
                    .filters
                    .iter()
                    .any(|f| subject::matches(f, &row.subject))
                    && let Some(incoming) = self.offer(&mut state, row)?
                {
                    return Ok(Some(incoming));
                }
            }
            let rows = {
                let db = self.inner.db();
                let mut statement = db
                    .prepare_cached(
                        "SELECT seq, subject, headers, body FROM factum_log WHERE seq > ?1 ORDER BY seq LIMIT 256",
                    )
                    .map_err(|e| Error::storage("read the log", e))?;
                statement
                    .query_map([i64::try_from(state.cursor).unwrap_or(i64::MAX)], row_of)
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
    fn offer(&self, state: &mut State, row: Row) -> Result<Option<Incoming>, Error> {
        let delivered: Option<u32> = self
            .inner
            .db()
            .query_row(
                "INSERT INTO factum_deliveries (grp, seq, delivered) VALUES (?1, ?2, 1)
                 ON CONFLICT (grp, seq) DO UPDATE SET delivered = delivered + 1 WHERE settled = 0
                 RETURNING delivered",
                (&state.group, i64::try_from(row.seq).unwrap_or(i64::MAX)),
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
            headers,
            body: row.body,
            delivered,
            settle: Box::new(EmbeddedSettle {
                inner: Arc::clone(&self.inner),
                state: Arc::clone(&self.state),
                seq: row.seq,
            }),
        }))
    }

    /// When the next delivery waiting for its time is due.
    fn next_due(&self) -> Option<Instant> {
        lock(&self.state).due.iter().map(|(when, _)| *when).min()
    }
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
                if let Some(incoming) = self.poll()? {
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

impl EmbeddedSettle {
    /// Marks the delivery settled and moves the group's floor past every settled message.
    fn settle(&self) -> Result<(), Error> {
        let mut state = lock(&self.state);
        state.in_flight.remove(&self.seq);
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
        let mut db = self.inner.db();
        let tx = db
            .transaction()
            .map_err(|e| Error::storage("acknowledge", e))?;
        let as_i64 = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
        tx.execute(
            "UPDATE factum_deliveries SET settled = 1 WHERE grp = ?1 AND seq = ?2",
            (&state.group, as_i64(self.seq)),
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
}

impl Settle for EmbeddedSettle {
    fn ack(&self) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(async move { self.settle() })
    }

    fn nak(&self, delay: Duration) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(async move {
            let mut state = lock(&self.state);
            state.in_flight.remove(&self.seq);
            state.due.push((Instant::now() + delay, self.seq));
            drop(state);
            self.inner.appended.notify_waiters();
            Ok(())
        })
    }

    fn term(&self) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(async move { self.settle() })
    }

    fn in_progress(&self) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(async { Ok(()) })
    }
}
