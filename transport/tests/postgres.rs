//! The `PostgreSQL` processed-id store against a real server (`FACTUM_PG_URL`, set by
//! `cargo xtask test`, which starts a throw-away cluster): a redelivered message has its
//! effect once, a failed handler commits nothing and is retried, two consumers racing on
//! one id apply it once, and the table is created once even by stores starting together.
//! On the embedded transport, and on NATS `JetStream` too with the `nats` feature and
//! `FACTUM_NATS_URL` (`cargo xtask postgres` starts both servers).
#![cfg(feature = "postgres")]

use std::io::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use factum::{Event, Inbox, Producer};
use factum_transport::backend::{BoxFuture, Outgoing};
use factum_transport::dedupe::ProcessedStore;
use factum_transport::postgres::{PgStore, sqlx};
use factum_transport::{Bus, Delivery, Embedded, Error, Outcome, RetryPolicy};
use serde::{Deserialize, Serialize};
use tokio::sync::{Barrier, mpsc};

#[derive(Debug, Clone, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(key = order_id)]
struct PgOrderPlaced {
    order_id: String,
    total_cents: i64,
}

#[derive(Debug, Inbox)]
enum Payment {
    Placed(PgOrderPlaced),
}

/// The server's URL, or `None` (and why the test is skipped) when it is not set.
fn url() -> Option<String> {
    let url = std::env::var("FACTUM_PG_URL").ok();
    if url.is_none() {
        // Straight to stderr, past the test harness's capture, so it is seen.
        let _ = writeln!(
            std::io::stderr(),
            "skipped: FACTUM_PG_URL is not set (`cargo xtask postgres` starts a PostgreSQL and sets it)"
        );
    }
    url
}

/// A name no other test or run uses, for consumer groups and effects.
fn unique(test: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{test}-{}-{nanos}", std::process::id())
}

/// A store on the server, with the handlers' own table.
async fn store(url: &str) -> PgStore {
    let store = PgStore::connect(url).await.unwrap();
    // Tests run at once: one creates the table while the others wait.
    let mut tx = store.pool().begin().await.unwrap();
    sqlx::query("SELECT pg_advisory_xact_lock(hashtext('charges'))")
        .execute(&mut *tx)
        .await
        .unwrap();
    sqlx::query("CREATE TABLE IF NOT EXISTS charges (run TEXT NOT NULL, order_id TEXT NOT NULL)")
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    store
}

async fn charges(store: &PgStore, run: &str) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM charges WHERE run = $1")
        .bind(run)
        .fetch_one(store.pool())
        .await
        .unwrap()
}

/// The handler's effect: a charge for the order, in the transaction of `begin`;
/// `Ok(false)` if the message was processed before. It commits only if `commit`.
async fn charge(
    store: &PgStore,
    delivery: &Delivery<Payment>,
    run: &str,
    commit: bool,
) -> Result<bool, sqlx::Error> {
    let Some(mut tx) = store
        .begin(delivery.group(), delivery.id())
        .await
        .expect("begin")
    else {
        return Ok(false);
    };
    let Payment::Placed(order) = delivery.message();
    sqlx::query("INSERT INTO charges (run, order_id) VALUES ($1, $2)")
        .bind(run)
        .bind(&order.order_id)
        .execute(&mut *tx)
        .await?;
    if commit {
        tx.commit().await?;
    }
    Ok(true)
}

/// The store, counting the ids it reports as processed (each is a delivery the
/// consumer acknowledged without running its handler).
#[derive(Clone)]
struct Counting {
    store: PgStore,
    skipped: mpsc::UnboundedSender<()>,
}

impl ProcessedStore for Counting {
    fn contains<'a>(&'a self, group: &'a str, id: &'a str) -> BoxFuture<'a, Result<bool, Error>> {
        Box::pin(async move {
            let found = self.store.contains(group, id).await?;
            if found {
                let _ = self.skipped.send(());
            }
            Ok(found)
        })
    }

    fn insert<'a>(&'a self, group: &'a str, id: &'a str) -> BoxFuture<'a, Result<(), Error>> {
        self.store.insert(group, id)
    }
}

fn embedded_bus() -> Bus {
    Bus::new(
        Embedded::in_memory().unwrap(),
        Producer::new("/test").unwrap(),
    )
}

fn quick_retries() -> RetryPolicy {
    RetryPolicy::new(5, Duration::from_millis(10), Duration::from_millis(50))
}

async fn next<T>(rx: &mut mpsc::UnboundedReceiver<T>) -> T {
    tokio::time::timeout(Duration::from_secs(10), rx.recv())
        .await
        .expect("in time")
        .expect("open channel")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redelivered_message_has_its_effect_once() {
    let Some(url) = url() else { return };
    redelivered_once(&url, embedded_bus()).await;
}

#[cfg(feature = "nats")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redelivered_message_has_its_effect_once_on_nats() {
    let Some(url) = url() else { return };
    let Ok(nats) = std::env::var("FACTUM_NATS_URL") else {
        let _ = writeln!(
            std::io::stderr(),
            "skipped: FACTUM_NATS_URL is not set (`cargo xtask postgres` starts a nats-server and sets it)"
        );
        return;
    };
    let bus = factum_transport::nats::connect(&nats, Producer::new("/pg-test").unwrap())
        .await
        .unwrap();
    redelivered_once(&url, bus).await;
}

/// A message delivered three times (a copy the transport does not recognise, and a
/// redelivery after the handler committed but "died" before its acknowledgement) is
/// charged once, and the handler runs once.
async fn redelivered_once(url: &str, bus: Bus) {
    let store = store(url).await;
    let run = unique("redelivery");
    // The key is this run's: on NATS, a new group also reads earlier runs' messages.
    let envelope = bus.producer().envelope(PgOrderPlaced {
        order_id: run.clone(),
        total_cents: 1250,
    });
    bus.publish_envelope(envelope.clone()).await.unwrap();
    // Another transport id, the same message id: a producer that retried after the
    // transport's dedupe window.
    let (headers, body) =
        factum::envelope::to_binary(&envelope, factum::envelope::Binding::Nats).unwrap();
    bus.backend()
        .append(Outgoing {
            subject: factum_transport::subject::message(
                factum::MessageKind::Event,
                "PgOrderPlaced",
                Some(&run),
            ),
            id: format!("{run}-copy"),
            headers,
            body,
        })
        .await
        .unwrap();

    let calls = Arc::new(AtomicUsize::new(0));
    let (skipped, mut skips) = mpsc::unbounded_channel();
    let (s, c, r) = (store.clone(), Arc::clone(&calls), run.clone());
    let consumer = bus
        .subscribe::<Payment>(run.clone())
        .retry(quick_retries())
        .dedupe(Counting {
            store: store.clone(),
            skipped,
        })
        .start(move |delivery| {
            let (store, calls, run) = (s.clone(), Arc::clone(&c), r.clone());
            async move {
                let Payment::Placed(order) = delivery.message();
                if order.order_id != run {
                    return Outcome::Done;
                }
                let first = calls.fetch_add(1, Ordering::SeqCst) == 0;
                let applied = charge(&store, &delivery, &run, true).await;
                if first {
                    // Committed, then the process "dies" before the acknowledgement:
                    // the message is delivered again.
                    return Outcome::retry("crashed after the commit");
                }
                Outcome::from(applied)
            }
        })
        .await
        .unwrap();
    // The redelivery and the copy are both acknowledged without the handler.
    next(&mut skips).await;
    next(&mut skips).await;
    consumer.stop().await;
    assert_eq!(calls.load(Ordering::SeqCst), 1, "the handler ran once");
    assert_eq!(charges(&store, &run).await, 1, "the effect happened once");
    assert!(store.contains(&run, envelope.id()).await.unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_handler_commits_nothing_and_is_retried() {
    let Some(url) = url() else { return };
    let store = store(&url).await;
    let run = unique("failure");
    let bus = embedded_bus();
    let (done, mut dones) = mpsc::unbounded_channel();
    let (s, r) = (store.clone(), run.clone());
    let consumer = bus
        .subscribe::<Payment>(run.clone())
        .retry(quick_retries())
        .dedupe(store.clone())
        .start(move |delivery| {
            let (store, run, done) = (s.clone(), r.clone(), done.clone());
            async move {
                if delivery.attempt() == 1 {
                    // The charge is written, then the handler fails before committing:
                    // the transaction (charge and processed id) is rolled back.
                    charge(&store, &delivery, &run, false).await.unwrap();
                    return Outcome::retry("the card service timed out");
                }
                let before = charges(&store, &run).await;
                let applied = charge(&store, &delivery, &run, true).await;
                done.send((delivery.attempt(), before, applied.as_ref().ok().copied()))
                    .unwrap();
                Outcome::from(applied)
            }
        })
        .await
        .unwrap();
    let published = bus
        .publish(PgOrderPlaced {
            order_id: "o-2".into(),
            total_cents: 700,
        })
        .await
        .unwrap();
    let (attempt, before, applied) = next(&mut dones).await;
    consumer.stop().await;
    assert_eq!(attempt, 2, "retried");
    assert_eq!(before, 0, "the failed attempt committed no charge");
    assert_eq!(
        applied,
        Some(true),
        "the failed attempt recorded no processed id, so the retry ran"
    );
    assert_eq!(charges(&store, &run).await, 1);
    assert!(store.contains(&run, &published.id).await.unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_consumers_racing_on_one_id_apply_it_once() {
    let Some(url) = url() else { return };
    let run = unique("race");
    // Two instances of the payment service (each its own pool), each delivered the same
    // message (as two transports would after a redelivery to another instance).
    let stores = [store(&url).await, store(&url).await];
    let envelope = embedded_bus().producer().envelope(PgOrderPlaced {
        order_id: "o-3".into(),
        total_cents: 990,
    });
    let both_checked = Arc::new(Barrier::new(2));
    let (applied, mut applications) = mpsc::unbounded_channel();
    let mut consumers = Vec::new();
    for store in &stores {
        let bus = embedded_bus();
        bus.publish_envelope(envelope.clone()).await.unwrap();
        let (s, r, b, a) = (
            store.clone(),
            run.clone(),
            Arc::clone(&both_checked),
            applied.clone(),
        );
        consumers.push(
            bus.subscribe::<Payment>(run.clone())
                .retry(quick_retries())
                .dedupe(store.clone())
                .start(move |delivery| {
                    let (store, run, both, applied) = (s.clone(), r.clone(), b.clone(), a.clone());
                    async move {
                        // Both consumers found the id unprocessed before either begins.
                        both.wait().await;
                        let result = charge_slowly(&store, &delivery, &run).await;
                        applied.send(result.as_ref().ok().copied()).unwrap();
                        Outcome::from(result)
                    }
                })
                .await
                .unwrap(),
        );
    }
    let mut outcomes = vec![next(&mut applications).await, next(&mut applications).await];
    outcomes.sort();
    for consumer in consumers {
        consumer.stop().await;
    }
    assert_eq!(
        outcomes,
        [Some(false), Some(true)],
        "one applied it, the other found it processed"
    );
    assert_eq!(charges(&stores[0], &run).await, 1);
}

/// [`charge`], holding the transaction open a while so the other consumer waits on it.
async fn charge_slowly(
    store: &PgStore,
    delivery: &Delivery<Payment>,
    run: &str,
) -> Result<bool, sqlx::Error> {
    let Some(mut tx) = store
        .begin(delivery.group(), delivery.id())
        .await
        .expect("begin")
    else {
        return Ok(false);
    };
    sqlx::query("INSERT INTO charges (run, order_id) VALUES ($1, 'o-3')")
        .bind(run)
        .execute(&mut *tx)
        .await?;
    tokio::time::sleep(Duration::from_millis(200)).await;
    tx.commit().await?;
    Ok(true)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stores_starting_together_create_the_table_once() {
    let Some(url) = url() else { return };
    // A fresh schema, so the table does not exist yet.
    let schema = unique("schema").replace('-', "_");
    let admin = sqlx::PgPool::connect(&url).await.unwrap();
    // The name is ours: letters, digits and underscores.
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
        .execute(&admin)
        .await
        .unwrap();
    let options: sqlx::postgres::PgConnectOptions = url.parse().unwrap();
    let starts = (0..4).map(|_| {
        let options = options.clone().options([("search_path", schema.as_str())]);
        async move {
            let pool = sqlx::PgPool::connect_with(options).await.unwrap();
            PgStore::with_pool(pool).await
        }
    });
    let stores = futures_join(starts).await;
    for store in &stores {
        assert!(store.is_ok(), "{store:?}");
    }
    let store = stores.into_iter().next().unwrap().unwrap();
    store.insert("g", "m").await.unwrap();
    store.insert("g", "m").await.unwrap();
    assert!(store.contains("g", "m").await.unwrap());
    assert!(!store.contains("g", "other").await.unwrap());
    let tables: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'factum_processed'",
    )
    .bind(&schema)
    .fetch_one(&admin)
    .await
    .unwrap();
    assert_eq!(tables, 1);
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP SCHEMA {schema} CASCADE")))
        .execute(&admin)
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_role_that_cannot_create_tables_uses_a_table_made_by_the_migration() {
    let Some(url) = url() else { return };
    let name = unique("app").replace('-', "_");
    let admin = sqlx::PgPool::connect(&url).await.unwrap();
    // A schema where the role may read and write the table but create nothing; the
    // names are ours: letters, digits and underscores.
    for statement in [
        format!("CREATE SCHEMA {name}"),
        format!("CREATE ROLE {name} LOGIN"),
        format!("GRANT USAGE ON SCHEMA {name} TO {name}"),
        format!(
            "SET search_path TO {name}; {}",
            factum_transport::postgres::MIGRATION
        ),
        format!("GRANT SELECT, INSERT ON {name}.factum_processed TO {name}"),
    ] {
        sqlx::raw_sql(sqlx::AssertSqlSafe(statement))
            .execute(&admin)
            .await
            .unwrap();
    }
    let options: sqlx::postgres::PgConnectOptions = url.parse().unwrap();
    let options = options
        .username(&name)
        .options([("search_path", name.as_str())]);
    let pool = sqlx::PgPool::connect_with(options).await.unwrap();
    let store = PgStore::with_pool(pool).await.unwrap();
    store.insert("g", "m").await.unwrap();
    assert!(store.contains("g", "m").await.unwrap());
    store.pool().close().await;
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "DROP SCHEMA {name} CASCADE; DROP ROLE {name}"
    )))
    .execute(&admin)
    .await
    .unwrap();
}

/// Runs the futures at once, each on its own task.
async fn futures_join<F>(futures: impl Iterator<Item = F>) -> Vec<F::Output>
where
    F: std::future::Future + Send + 'static,
    F::Output: Send + 'static,
{
    let tasks: Vec<_> = futures.map(tokio::spawn).collect();
    let mut out = Vec::new();
    for task in tasks {
        out.push(task.await.unwrap());
    }
    out
}

#[tokio::test]
async fn an_unreachable_server_is_a_clear_error() {
    // Port 1 on loopback: nothing listens there. (A pool waits for the server up to its
    // acquire timeout, 30 s by default: here 1 s.)
    let pool = sqlx::postgres::PgPoolOptions::new()
        .acquire_timeout(Duration::from_secs(1))
        .connect_lazy("postgres://factum@127.0.0.1:1/postgres")
        .unwrap();
    let err = PgStore::with_pool(pool).await.unwrap_err();
    let text = err.to_string();
    assert!(
        text.starts_with("PostgreSQL store failed to look for the processed-id table:"),
        "{text}"
    );
}
