//! What the NATS tests share: the server's address, a bus on it, run-unique names and
//! keys, waiting for deliveries, and the size of the fault tests.

use std::time::Duration;

use factum::Producer;
use factum_transport::Bus;
use factum_transport::dedupe::MemoryStore;
use tokio::sync::mpsc;

use crate::common;

pub fn url() -> String {
    std::env::var("FACTUM_NATS_URL").expect("FACTUM_NATS_URL names the nats-server to test against")
}

pub async fn bus() -> Bus {
    factum_transport::nats::connect(&url(), Producer::new("/nats-test").unwrap())
        .await
        .unwrap()
        .with_store(MemoryStore::new())
}

/// A run-unique name, so that tests sharing one server (and its retained stream) do not
/// share groups or keys; handlers skip the keys of earlier runs.
pub fn unique(name: &str) -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    format!("{name}-{}-{}", run(), NEXT.fetch_add(1, Ordering::Relaxed))
}

/// This run's tag: the process id and the start time.
pub fn run() -> &'static str {
    static RUN: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    RUN.get_or_init(|| format!("{}x{}", std::process::id(), seed() % 1_000_000_007))
}

/// Whether `key` was made by this run.
pub fn ours(key: &str) -> bool {
    key.contains(run())
}

pub async fn recv<T>(rx: &mut mpsc::UnboundedReceiver<T>, what: &str) -> T {
    common::recv(rx, what, Duration::from_secs(20)).await
}

pub async fn nothing_more<T: std::fmt::Debug>(rx: &mut mpsc::UnboundedReceiver<T>) {
    common::nothing_more(rx, Duration::from_millis(700)).await;
}

/// The size of the fault tests: `FACTUM_FAULTS=full` (`cargo xtask faults --full`) runs
/// the 10,000 orders and 50 kills; CI runs 3,000 and 15.
pub struct FaultSize {
    pub orders: u32,
    pub kills: u32,
    /// How long the last consumer may take to catch up.
    pub catch_up: Duration,
}

pub fn fault_size() -> FaultSize {
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

pub fn seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        .wrapping_mul(1_000_000_007)
        ^ u64::from(std::process::id())
}
