//! The transport against a real `nats-server` with `JetStream` (`cargo xtask test` starts
//! one and sets `FACTUM_NATS_URL`; `FACTUM_NATS_SERVER` names its binary for the tests
//! that restart a server of their own): the same API and semantics as the embedded
//! transport, then faults: a consumer killed with SIGKILL while orders flow, the server
//! restarted mid-stream, a poison message among others, order per key.
//!
//! Run by hand: `FACTUM_NATS_URL=nats://127.0.0.1:4222 FACTUM_NATS_SERVER=$(which nats-server)
//! cargo test -p factum-transport --features nats --test nats -- --ignored`.
#![cfg(feature = "nats")]

use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use factum::{Event, Inbox, Message as _, Producer, Query};
use factum_transport::dedupe::{MemoryStore, SqliteStore};
use factum_transport::nats::Nats;
use factum_transport::{Bus, ContentMode, DeadLetter, Delivery, Outcome, RetryPolicy};
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

mod common;
use common::KeyOrder;

const NEEDS_SERVER: &str = "needs a nats-server: `cargo xtask test` starts one";

fn url() -> String {
    std::env::var("FACTUM_NATS_URL").expect("FACTUM_NATS_URL names the nats-server to test against")
}

async fn bus() -> Bus {
    factum_transport::nats::connect(&url(), Producer::new("/nats-test").unwrap())
        .await
        .unwrap()
        .with_store(MemoryStore::new())
}

/// A run-unique name, so that tests sharing one server (and its retained stream) do not
/// share groups or keys; handlers skip the keys of earlier runs.
fn unique(name: &str) -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    format!("{name}-{}-{}", run(), NEXT.fetch_add(1, Ordering::Relaxed))
}

/// This run's tag: the process id and the start time.
fn run() -> &'static str {
    static RUN: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    RUN.get_or_init(|| format!("{}x{}", std::process::id(), seed() % 1_000_000_007))
}

/// Whether `key` was made by this run.
fn ours(key: &str) -> bool {
    key.contains(run())
}

async fn recv<T>(rx: &mut mpsc::UnboundedReceiver<T>, what: &str) -> T {
    common::recv(rx, what, Duration::from_secs(20)).await
}

async fn nothing_more<T: std::fmt::Debug>(rx: &mut mpsc::UnboundedReceiver<T>) {
    common::nothing_more(rx, Duration::from_millis(700)).await;
}

// Each test has message types of its own: its subjects are its own on the shared stream.

#[derive(Debug, Clone, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(key = order_id)]
struct NatsOrderPlaced {
    order_id: String,
    n: u32,
}

#[derive(Debug, Inbox)]
enum Fanout {
    Placed(NatsOrderPlaced),
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a nats-server: `cargo xtask test` starts one"]
async fn events_fan_out_a_late_group_reads_the_stream_and_a_duplicate_publish_is_dropped() {
    let _ = NEEDS_SERVER;
    // Binary mode (`ce-` headers); the other tests run in NATS' default, structured.
    let bus = bus().await.with_content_mode(ContentMode::Binary);
    let (a, b, late) = (unique("fan-a"), unique("fan-b"), unique("fan-late"));
    let mut consumers = Vec::new();
    let mut receivers = Vec::new();
    for group in [&a, &b] {
        let (tx, rx) = mpsc::unbounded_channel();
        consumers.push(
            bus.subscribe::<Fanout>(group.clone())
                .start(move |d: Delivery<Fanout>| {
                    let Fanout::Placed(e) = d.message();
                    if ours(&e.order_id) {
                        let _ = tx.send(e.n);
                    }
                    std::future::ready(Outcome::Done)
                })
                .await
                .unwrap(),
        );
        receivers.push(rx);
    }
    let first = bus.producer().envelope(NatsOrderPlaced {
        order_id: unique("o"),
        n: 0,
    });
    assert!(!bus.publish_envelope(first.clone()).await.unwrap().duplicate);
    assert!(
        bus.publish_envelope(first).await.unwrap().duplicate,
        "Nats-Msg-Id dedupe"
    );
    bus.publish(NatsOrderPlaced {
        order_id: unique("o"),
        n: 1,
    })
    .await
    .unwrap();
    for rx in &mut receivers {
        let mut got = vec![recv(rx, "event").await, recv(rx, "event").await];
        got.sort_unstable();
        assert_eq!(got, [0, 1]);
        nothing_more(rx).await;
    }
    // A group added later starts at the beginning of the retained stream.
    let (tx, mut rx) = mpsc::unbounded_channel();
    let late_consumer = bus
        .subscribe::<Fanout>(late)
        .start(move |d: Delivery<Fanout>| {
            let Fanout::Placed(e) = d.message();
            if ours(&e.order_id) {
                let _ = tx.send(e.n);
            }
            std::future::ready(Outcome::Done)
        })
        .await
        .unwrap();
    let mut seen = Vec::new();
    while let Ok(Some(n)) = tokio::time::timeout(Duration::from_secs(2), rx.recv()).await {
        seen.push(n);
    }
    assert!(seen.contains(&0) && seen.contains(&1), "{seen:?}");
    for consumer in consumers {
        consumer.stop().await;
    }
    late_consumer.stop().await;
}

#[derive(Debug, Clone, factum::Command, Serialize, Deserialize, schemars::JsonSchema)]
#[command(key = order_id)]
struct ShipNatsOrder {
    order_id: String,
}

#[derive(Debug, Clone, Query, Serialize, Deserialize, schemars::JsonSchema)]
struct GetNatsOrder {
    order_id: String,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a nats-server: `cargo xtask test` starts one"]
async fn a_command_reaches_one_of_its_handlers_and_a_query_gets_its_answer() {
    let bus = bus().await;
    let other = self::bus().await;
    let (tx, mut rx) = mpsc::unbounded_channel();
    let mut handlers = Vec::new();
    for (instance, bus) in [(1, &bus), (2, &other)] {
        let tx = tx.clone();
        handlers.push(
            bus.handle::<ShipNatsOrder>()
                .start(move |d: Delivery<ShipNatsOrder>| {
                    if ours(&d.message().order_id) {
                        let _ = tx.send((instance, d.message().order_id.clone()));
                    }
                    std::future::ready(Outcome::Done)
                })
                .await
                .unwrap(),
        );
    }
    let orders: Vec<String> = (0..10).map(|i| format!("{}-{i}", unique("ship"))).collect();
    for order in &orders {
        bus.send(ShipNatsOrder {
            order_id: order.clone(),
        })
        .await
        .unwrap();
    }
    let mut shipped = Vec::new();
    for _ in 0..10 {
        shipped.push(recv(&mut rx, "command").await.1);
    }
    nothing_more(&mut rx).await;
    shipped.sort();
    let mut expected = orders.clone();
    expected.sort();
    assert_eq!(
        shipped, expected,
        "every command once, across both handlers"
    );
    assert_eq!(ShipNatsOrder::NAME, "ShipNatsOrder");

    let answering = other
        .answer(|d: Delivery<GetNatsOrder>| async move {
            Ok::<_, String>(format!("order {}", d.message().order_id))
        })
        .await
        .unwrap();
    let answer: String = bus
        .request(GetNatsOrder {
            order_id: "o-9".into(),
        })
        .await
        .unwrap();
    assert_eq!(answer, "order o-9");
    answering.stop().await;
    for handler in handlers {
        handler.stop().await;
    }
}

#[derive(Debug, Clone, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(key = order_id)]
struct ResumeOrderPlaced {
    order_id: String,
    n: u32,
}

#[derive(Debug, Inbox)]
enum Resume {
    Placed(ResumeOrderPlaced),
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a nats-server: `cargo xtask test` starts one"]
async fn a_durable_group_resumes_from_its_ack_floor() {
    let bus = bus().await;
    let group = unique("resume");
    let start = |bus: Bus, tx: mpsc::UnboundedSender<u32>| {
        let group = group.clone();
        async move {
            bus.subscribe::<Resume>(group)
                .start(move |d: Delivery<Resume>| {
                    let Resume::Placed(e) = d.message();
                    if ours(&e.order_id) {
                        let _ = tx.send(e.n);
                    }
                    std::future::ready(Outcome::Done)
                })
                .await
                .unwrap()
        }
    };
    let (tx, mut rx) = mpsc::unbounded_channel();
    let consumer = start(bus.clone(), tx).await;
    let key = unique("o");
    for n in 0..3 {
        bus.publish(ResumeOrderPlaced {
            order_id: key.clone(),
            n,
        })
        .await
        .unwrap();
    }
    for n in 0..3 {
        assert_eq!(recv(&mut rx, "event").await, n);
    }
    consumer.stop().await;
    for n in 3..6 {
        bus.publish(ResumeOrderPlaced {
            order_id: key.clone(),
            n,
        })
        .await
        .unwrap();
    }
    // A new connection, as after a restart of the consumer's process.
    let (tx, mut rx) = mpsc::unbounded_channel();
    let consumer = start(self::bus().await, tx).await;
    for n in 3..6 {
        assert_eq!(recv(&mut rx, "event").await, n);
    }
    nothing_more(&mut rx).await;
    consumer.stop().await;
}

#[derive(Debug, Clone, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(key = order_id)]
struct PoisonOrderPlaced {
    order_id: String,
    n: u32,
}

#[derive(Debug, Clone, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(name = "PoisonOrderPlaced", version = 2, key = order_id)]
struct PoisonOrderPlacedV2 {
    order_id: String,
    n: u32,
}

#[derive(Debug, Inbox)]
enum Poison {
    Placed(PoisonOrderPlaced),
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a nats-server: `cargo xtask test` starts one"]
async fn a_poison_message_is_dead_lettered_after_its_attempts_while_others_flow_and_a_newer_version_waits()
 {
    // In both content modes of the NATS binding (structured is NATS' default).
    for mode in [ContentMode::Structured, ContentMode::Binary] {
        poison(mode).await;
    }
}

async fn poison(mode: ContentMode) {
    let bus = bus().await.with_content_mode(mode);
    let group = unique("poison");
    // This round's keys: a new group reads the earlier rounds' messages too.
    let key = unique("o");
    let mine = {
        let key = key.clone();
        move |order_id: &str| {
            order_id
                .strip_prefix(key.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
        }
    };
    let (tx, mut rx) = mpsc::unbounded_channel();
    let consumer = bus
        .subscribe::<Poison>(group.clone())
        .retry(RetryPolicy::new(
            3,
            Duration::from_millis(20),
            Duration::from_millis(50),
        ))
        .park_for(Duration::from_mins(10))
        .start(move |d: Delivery<Poison>| {
            let Poison::Placed(e) = d.message();
            if !mine(&e.order_id) {
                return std::future::ready(Outcome::Done);
            }
            if e.n == 666 {
                // A reason of two lines: a header is one (the client would panic on it).
                return std::future::ready(Outcome::retry("cannot charge:\ncard declined"));
            }
            let _ = tx.send(e.n);
            std::future::ready(Outcome::Done)
        })
        .await
        .unwrap();
    let (dead_tx, mut dead_rx) = mpsc::unbounded_channel::<DeadLetter>();
    let dead = bus
        .dead_letters(&group)
        .start(move |d: Delivery<DeadLetter>| {
            let _ = dead_tx.send(d.into_message());
            std::future::ready(Outcome::Done)
        })
        .await
        .unwrap();
    let poisoned = bus
        .publish(PoisonOrderPlaced {
            order_id: key.clone(),
            n: 666,
        })
        .await
        .unwrap();
    bus.publish(PoisonOrderPlacedV2 {
        order_id: key.clone(),
        n: 2,
    })
    .await
    .unwrap();
    for n in 0..20 {
        bus.publish(PoisonOrderPlaced {
            order_id: format!("{key}-{n}"),
            n,
        })
        .await
        .unwrap();
    }
    let mut handled: Vec<u32> = Vec::new();
    for _ in 0..20 {
        handled.push(recv(&mut rx, "event").await);
    }
    handled.sort_unstable();
    assert_eq!(handled, (0..20).collect::<Vec<_>>());
    let letter = recv(&mut dead_rx, "dead letter").await;
    assert_eq!(
        (letter.reason.as_str(), letter.attempts),
        ("cannot charge: card declined", 3)
    );
    assert_eq!(letter.group, group);
    assert_eq!(letter.id.as_deref(), Some(poisoned.id.as_str()), "{mode:?}");
    // Version 2 is neither handled nor dead-lettered: left for an upgraded consumer.
    nothing_more(&mut rx).await;
    nothing_more(&mut dead_rx).await;
    consumer.stop().await;
    dead.stop().await;
}

#[derive(Debug, Clone, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(key = account)]
struct LedgerEntryRecorded {
    account: String,
    n: u32,
}

#[derive(Debug, Inbox)]
enum Ledger {
    Recorded(LedgerEntryRecorded),
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a nats-server: `cargo xtask test` starts one"]
async fn one_key_is_handled_in_order_while_keys_run_concurrently() {
    let bus = bus().await;
    let order = KeyOrder::default();
    let (tx, mut rx) = mpsc::unbounded_channel();
    let consumer = bus
        .subscribe::<Ledger>(unique("ledger"))
        .retry(RetryPolicy::new(
            5,
            Duration::from_millis(1),
            Duration::from_millis(5),
        ))
        .concurrency(4)
        .start(order.handler(
            |m: &Ledger| {
                let Ledger::Recorded(e) = m;
                ours(&e.account).then_some((&e.account, e.n))
            },
            7,
            tx,
        ))
        .await
        .unwrap();
    let accounts: Vec<String> = (0..6).map(|i| format!("{}-{i}", unique("acct"))).collect();
    for n in 0..30 {
        for account in &accounts {
            bus.publish(LedgerEntryRecorded {
                account: account.clone(),
                n,
            })
            .await
            .unwrap();
        }
    }
    for _ in 0..30 * accounts.len() {
        recv(&mut rx, "entry").await;
    }
    order.assert_in_order(accounts.len(), 30);
    consumer.stop().await;
}

/// The size of the fault tests: `FACTUM_FAULTS=full` (`cargo xtask faults --full`) runs
/// the 10,000 orders and 50 kills; CI runs 3,000 and 15.
struct FaultSize {
    orders: u32,
    kills: u32,
    /// How long the last consumer may take to catch up.
    catch_up: Duration,
}

fn fault_size() -> FaultSize {
    let size = if std::env::var("FACTUM_FAULTS").as_deref() == Ok("full") {
        FaultSize {
            orders: 10_000,
            kills: 50,
            catch_up: Duration::from_mins(10),
        }
    } else {
        FaultSize {
            orders: 3_000,
            kills: 15,
            catch_up: Duration::from_mins(2),
        }
    };
    println!("fault size: {} orders, {} kills", size.orders, size.kills);
    size
}

/// A tiny deterministic generator for the fault schedule (seeded, printed).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

fn seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        .wrapping_mul(1_000_000_007)
        ^ u64::from(std::process::id())
}

/// The `fault_consumer` example beside this test's binary (cargo builds examples for tests).
fn fault_consumer(db: &std::path::Path) -> Child {
    let exe = std::env::current_exe().unwrap();
    let examples = exe
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples/fault_consumer");
    Command::new(examples)
        .arg(url())
        .arg(db)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the fault_consumer example (built by `cargo test --features nats`)")
}

async fn effects(db: &std::path::Path) -> (i64, i64) {
    let store = SqliteStore::open(db).unwrap();
    let pattern = format!("%-{}", run());
    store
        .with_connection(move |c| {
            c.query_row(
                "SELECT count(*), count(DISTINCT order_id) FROM effects WHERE order_id LIKE ?1",
                [pattern],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
        })
        .await
        .unwrap_or((0, 0))
}

#[path = "nats/asyncapi.rs"]
mod asyncapi;

#[path = "../examples/fault_consumer.rs"]
#[allow(dead_code)]
mod fault;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a nats-server: `cargo xtask test` starts one"]
async fn a_consumer_killed_at_random_points_handles_every_order_once() {
    let FaultSize {
        orders,
        kills,
        catch_up,
    } = fault_size();
    let seed = seed();
    println!("fault schedule seed {seed}");
    let mut random = Lcg(seed);
    let db = std::env::temp_dir().join(format!("factum-fault-{}.db", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let bus = bus().await;
    let publisher = {
        let bus = bus.clone();
        tokio::spawn(async move {
            for n in 0..orders {
                let event = fault::FaultOrderPlaced {
                    order_id: format!("order-{n}-{}", run()),
                    n,
                };
                bus.publish(event).await.unwrap();
            }
        })
    };
    for _ in 0..kills {
        let mut child = fault_consumer(&db);
        tokio::time::sleep(Duration::from_millis(150 + random.below(600))).await;
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
    }
    publisher.await.unwrap();
    let mut child = fault_consumer(&db);
    let deadline = Instant::now() + catch_up;
    while effects(&db).await.1 < i64::from(orders) && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    child.kill().unwrap();
    child.wait().unwrap();
    let (rows, handled) = effects(&db).await;
    assert_eq!(
        handled,
        i64::from(orders),
        "every order handled (seed {seed})"
    );
    assert_eq!(
        rows,
        i64::from(orders),
        "no effect applied twice (seed {seed})"
    );
}

#[derive(Debug, Clone, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(key = order_id)]
struct RestartOrderPlaced {
    order_id: String,
    n: u32,
}

#[derive(Debug, Inbox)]
enum Restart {
    Placed(RestartOrderPlaced),
}

/// A `nats-server` of this test's own, with file storage in `store`.
fn own_server(port: u16, store: &std::path::Path) -> Child {
    let binary = std::env::var("FACTUM_NATS_SERVER")
        .expect("FACTUM_NATS_SERVER names the nats-server binary");
    let child = Command::new(binary)
        .args(["-a", "127.0.0.1", "-p", &port.to_string(), "-js", "-sd"])
        .arg(store)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "nats-server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    child
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a nats-server: `cargo xtask test` starts one"]
async fn the_server_restarted_mid_stream_loses_nothing() {
    let FaultSize {
        orders, catch_up, ..
    } = fault_size();
    // A third of the kill test's orders: 1,000 in CI.
    let orders = orders / 3;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let store = std::env::temp_dir().join(format!("factum-restart-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&store);
    let mut server = own_server(port, &store);
    let url = format!("nats://127.0.0.1:{port}");
    let bus = Bus::new(
        Nats::connect(&url).await.unwrap(),
        Producer::new("/restart").unwrap(),
    );
    let handled: Arc<Mutex<std::collections::HashSet<u32>>> = Arc::default();
    let h = Arc::clone(&handled);
    let consumer = bus
        .subscribe::<Restart>("restart")
        .start(move |d: Delivery<Restart>| {
            let Restart::Placed(e) = d.message();
            h.lock().unwrap().insert(e.n);
            std::future::ready(Outcome::Done)
        })
        .await
        .unwrap();
    let publisher = {
        let bus = bus.clone();
        tokio::spawn(async move {
            for n in 0..orders {
                let envelope = bus.producer().envelope(RestartOrderPlaced {
                    order_id: format!("o-{}", n % 10),
                    n,
                });
                // A publish the server did not confirm is sent again (same id: stored once).
                while bus.publish_envelope(envelope.clone()).await.is_err() {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        })
    };
    tokio::time::sleep(Duration::from_millis(700)).await;
    server.kill().unwrap(); // SIGKILL, mid-stream
    server.wait().unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut server = own_server(port, &store);
    publisher.await.unwrap();
    let deadline = Instant::now() + catch_up;
    while handled.lock().unwrap().len() < orders as usize && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let missing: Vec<u32> = (0..orders)
        .filter(|n| !handled.lock().unwrap().contains(n))
        .collect();
    consumer.stop().await;
    server.kill().unwrap();
    server.wait().unwrap();
    let _ = std::fs::remove_dir_all(&store);
    assert!(
        missing.is_empty(),
        "lost across the restart: {} of {orders}",
        missing.len()
    );
}
