//! Events fan out to every group, a group added later reads the whole retained stream,
//! and a duplicate publish (same `Nats-Msg-Id`) is dropped by the server.

use std::time::Duration;

use factum::{Event, Inbox};
use factum_transport::{Bus, ContentMode, Delivery, Outcome, Running};
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use crate::server::{bus, nothing_more, ours, recv, unique};

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
    // Binary mode (`ce-` headers); the other tests run in NATS' default, structured.
    let bus = bus().await.with_content_mode(ContentMode::Binary);
    let (a, b, late) = (unique("fan-a"), unique("fan-b"), unique("fan-late"));
    let mut consumers = Vec::new();
    let mut receivers = Vec::new();
    for group in [&a, &b] {
        let (consumer, rx) = numbers(&bus, group).await;
        consumers.push(consumer);
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
    let (late_consumer, mut rx) = numbers(&bus, &late).await;
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

/// Starts the consumer group `group`; it sends the number of each of this test's orders.
async fn numbers(bus: &Bus, group: &str) -> (Running, mpsc::UnboundedReceiver<u32>) {
    let (tx, rx) = mpsc::unbounded_channel();
    let consumer = bus
        .subscribe::<Fanout>(group.to_owned())
        .start(move |d: Delivery<Fanout>| {
            let Fanout::Placed(e) = d.message();
            if ours(&e.order_id) {
                let _ = tx.send(e.n);
            }
            std::future::ready(Outcome::Done)
        })
        .await
        .unwrap();
    (consumer, rx)
}
