//! A consumer killed with SIGKILL at random points while orders flow: every order is
//! handled, and no effect is applied twice (effects and processed ids in one `SQLite`
//! transaction, in `examples/fault_consumer.rs`).

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use factum_transport::dedupe::SqliteStore;

use crate::fault;
use crate::server::{FaultSize, bus, fault_size, run, seed, url};

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
