//! A command reaches one handler of its group; a query gets its typed answer.

use factum::{Message as _, Query};
use factum_transport::{Delivery, Outcome};
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use crate::server::{bus, nothing_more, ours, recv, unique};

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
