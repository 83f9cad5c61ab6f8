//! The consumer the NATS fault tests kill with SIGKILL (transport/tests/nats.rs): it
//! applies each `FaultOrderPlaced` once, recording the effect and the processed id in
//! one `SQLite` transaction, until it is killed.
//!
//! ```sh
//! cargo run -p factum-transport --features nats --example fault_consumer -- nats://127.0.0.1:4222 /tmp/effects.db
//! ```

use factum::{Event, Inbox};
use factum_transport::Delivery;
use factum_transport::dedupe::SqliteStore;

/// An order of the fault tests.
#[derive(Debug, Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(key = order_id)]
pub struct FaultOrderPlaced {
    /// The order.
    pub order_id: String,
    /// Its number within its key.
    pub n: u32,
}

/// What this consumer reads.
#[derive(Debug, Inbox)]
pub enum Fault {
    /// An order.
    Placed(FaultOrderPlaced),
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, db] = &args[..] else {
        return Err("usage: fault_consumer NATS_URL EFFECTS_DB".into());
    };
    let store = SqliteStore::open(db)?;
    store
        .with_connection(|db| {
            db.execute_batch(
                "CREATE TABLE IF NOT EXISTS effects (order_id TEXT NOT NULL, n INTEGER NOT NULL)",
            )
        })
        .await?;
    let bus = factum_transport::nats::connect(url, factum::Producer::new("/fault")?)
        .await?
        .with_store(store.clone());
    let _running = bus
        .subscribe::<Fault>("fault-consumer")
        .ack_wait(std::time::Duration::from_secs(2))
        .start(move |d: Delivery<Fault>| {
            let store = store.clone();
            async move {
                let Fault::Placed(order) = d.message();
                let effect = (order.order_id.clone(), order.n);
                store
                    .once(d.group(), d.id(), move |tx| {
                        tx.execute("INSERT INTO effects VALUES (?1, ?2)", effect)
                    })
                    .await
                    .into()
            }
        })
        .await?;
    std::future::pending::<()>().await;
    Ok(())
}
