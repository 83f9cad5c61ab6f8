//! The `AsyncAPI` document's channel addresses are the subjects the NATS transport really
//! uses: a consumer group's filter on the server is the address with its partition-key
//! parameter as `*`, and a message published with a key travels on the address with the
//! key (one escaped subject token) in the parameter's place.

use factum::MessageKind;
use factum_codegen::contracts::{Contracts, MessageContract};
use factum_transport::{Delivery, Outcome, subject};
use serde_json::{Value, json};
use tokio::sync::mpsc;

use crate::server::{bus, ours, recv, unique, url};

const PARAMETER: &str = "{partitionKey}";

fn asyncapi(contracts: &Contracts) -> Value {
    let files = contracts.render().unwrap();
    let (_, text) = files
        .iter()
        .find(|(path, _)| path.ends_with("asyncapi.json"))
        .expect("an asyncapi.json among the contract files");
    serde_json::from_str(text).unwrap()
}

/// Every channel's address, with its parameter as `*`, is the filter the transport reads
/// its event with; a keyless event's address is its one subject.
fn check_channels(document: &Value) -> usize {
    let channels = document["channels"].as_object().unwrap();
    for (id, channel) in channels {
        let address = channel["address"].as_str().unwrap();
        let message = channel["messages"]
            .as_object()
            .unwrap()
            .keys()
            .next()
            .unwrap();
        let name = document["components"]["messages"][message]["name"]
            .as_str()
            .unwrap();
        if address.ends_with(PARAMETER) {
            assert!(
                channel["parameters"]["partitionKey"]["description"].is_string(),
                "{id}: the parameter is declared"
            );
            assert_eq!(
                address.replace(PARAMETER, "*"),
                subject::every(MessageKind::Event, name),
                "{id}"
            );
        } else {
            assert_eq!(
                address,
                subject::message(MessageKind::Event, name, None),
                "{id}"
            );
            assert!(channel.get("parameters").is_none(), "{id}");
        }
    }
    channels.len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a nats-server: `cargo xtask test` starts one"]
async fn asyncapi_addresses_are_the_subjects_the_transport_uses() {
    // Every event of this test binary (the checkout flow's and the tests' own).
    let _ = checkout_contracts::inboxes::PaymentInbox::Placed;
    let document = asyncapi(&Contracts::load().unwrap());
    assert!(check_channels(&document) >= 5);
    let order_channel = &document["channels"]["OrderPlaced"];
    let address = order_channel["address"].as_str().unwrap();
    assert_eq!(address, "factum.event.OrderPlaced.{partitionKey}");

    // A name outside `A-Za-z0-9_-` is escaped as the transport escapes it.
    let dotted = MessageContract {
        name: "shop.OrderPlaced".to_owned(),
        kind: MessageKind::Event,
        version: 1,
        key: Some("id".to_owned()),
        rust_type: "shop::OrderPlaced".to_owned(),
        variants: Vec::new(),
        upcasts: false,
        schema: json!({"type": "object"}),
    };
    let keyless = MessageContract {
        name: "Heartbeat".to_owned(),
        key: None,
        rust_type: "shop::Heartbeat".to_owned(),
        ..dotted.clone()
    };
    let other = asyncapi(&Contracts::new(vec![dotted, keyless]));
    assert_eq!(check_channels(&other), 2);
    assert_eq!(
        other["channels"]["shop_OrderPlaced"]["address"],
        "factum.event.shop%2EOrderPlaced.{partitionKey}"
    );

    // On the server: the group's filter is the address with its parameter as `*`.
    let bus = bus().await;
    let group = unique("asyncapi");
    let (tx, mut rx) = mpsc::unbounded_channel();
    let running = bus
        .subscribe::<checkout_contracts::inboxes::PaymentInbox>(group.clone())
        .start(
            move |d: Delivery<checkout_contracts::inboxes::PaymentInbox>| {
                let checkout_contracts::inboxes::PaymentInbox::Placed(order) = d.message();
                if ours(&order.order_id) {
                    let _ = tx.send(order.order_id.clone());
                }
                std::future::ready(Outcome::Done)
            },
        )
        .await
        .unwrap();
    let jetstream = async_nats::jetstream::new(async_nats::connect(url()).await.unwrap());
    let stream = jetstream
        .get_stream(factum_transport::nats::STREAM)
        .await
        .unwrap();
    let info = stream
        .consumer_info(subject::durable_name(&group))
        .await
        .unwrap();
    assert_eq!(
        info.config.filter_subjects,
        [address.replace(PARAMETER, "*")]
    );

    // A message with a key travels on the address with the escaped key as its parameter.
    let tail = unique("k");
    let key = format!("o 1.{tail}");
    let published = bus
        .publish(checkout_contracts::OrderPlaced {
            order_id: key.clone(),
            customer_id: "c-1".to_owned(),
            lines: Vec::new(),
            total_minor: 100,
            currency: "EUR".to_owned(),
        })
        .await
        .unwrap();
    assert_eq!(
        published.subject,
        address.replace(PARAMETER, &format!("o%201%2E{tail}"))
    );
    assert_eq!(recv(&mut rx, "the order").await, key);
    running.stop().await;
}
