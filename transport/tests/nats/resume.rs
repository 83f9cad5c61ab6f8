//! A durable group resumes from its acknowledged position after a restart.

use factum::{Event, Inbox};
use factum_transport::{Bus, Delivery, Outcome};
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use crate::server::{bus, nothing_more, ours, recv, unique};

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
