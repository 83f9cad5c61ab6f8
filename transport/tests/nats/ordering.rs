//! One partition key is handled in order while keys run concurrently.

use std::time::Duration;

use factum::{Event, Inbox};
use factum_transport::RetryPolicy;
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use crate::common::KeyOrder;
use crate::server::{bus, ours, recv, unique};

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
