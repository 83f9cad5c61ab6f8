//! A poison message is dead-lettered after its attempts while the messages behind it
//! keep flowing; a newer major version waits for an upgraded consumer.

use std::time::Duration;

use factum::{Event, Inbox};
use factum_transport::{ContentMode, DeadLetter, Delivery, Outcome, RetryPolicy};
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use crate::server::{bus, nothing_more, recv, unique};

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
