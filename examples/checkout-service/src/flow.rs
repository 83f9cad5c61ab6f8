//! The script of the demo: which orders are placed, when the email service is down,
//! the duplicate, the poison message and the late fraud consumer; it waits for each
//! step's effect so that the narration reads in order.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use checkout_contracts::{GetOrderById, OrderLine, PlaceOrder};
use factum::MessageKind;
use factum::envelope::{Binding, to_binary};
use factum_transport::backend::Outgoing;
use factum_transport::dedupe::SqliteStore;
use factum_transport::{Bus, subject};
use tokio::sync::mpsc::{UnboundedReceiver, unbounded_channel};

use crate::services::{self, OrderView, money};

type Failure = Box<dyn std::error::Error>;

/// Waits for the next value of `rx`, at most 10 s.
async fn next<T>(rx: &mut UnboundedReceiver<T>, what: &str) -> Result<T, Failure> {
    match tokio::time::timeout(Duration::from_secs(10), rx.recv()).await {
        Ok(Some(value)) => Ok(value),
        _ => Err(format!("no {what} within 10 s").into()),
    }
}

fn order(customer: &str, sku: &str, quantity: u32, unit_price_minor: i64) -> PlaceOrder {
    PlaceOrder {
        customer_id: customer.into(),
        lines: vec![OrderLine {
            sku: sku.into(),
            quantity,
            unit_price_minor,
        }],
    }
}

/// Runs the whole flow on `bus`.
pub async fn run(bus: &Bus) -> Result<(), Failure> {
    let (receipt_tx, mut receipts) = unbounded_channel();
    let (email_tx, mut emails) = unbounded_channel();
    let (dead_tx, mut dead) = unbounded_channel();
    let (fraud_tx, mut flagged) = unbounded_channel();
    let ledger = SqliteStore::open_in_memory()?;
    let counts: Arc<Mutex<BTreeMap<&'static str, i64>>> = Arc::default();
    let mut running = services::order(bus).await?;
    running.push(services::payment(bus, ledger.clone()).await?);
    running.push(services::inventory(bus).await?);
    running.push(services::notification(bus, receipt_tx).await?);
    running.push(services::analytics(bus, Arc::clone(&counts)).await?);
    running.push(services::dead_letters(bus, dead_tx).await?);
    let email = services::email(bus, email_tx.clone()).await?;

    println!("\n1. an order flows through every service");
    bus.send(order("c-42", "SKU-1", 2, 1250)).await?;
    next(&mut receipts, "receipt").await?;
    next(&mut emails, "email").await?;

    println!("\n2. the email service goes down; orders keep flowing");
    email.stop().await;
    bus.send(order("c-7", "SKU-2", 1, 4999)).await?;
    next(&mut receipts, "receipt").await?;
    bus.send(order("c-9", "SKU-3", 3, 800)).await?;
    next(&mut receipts, "receipt").await?;

    println!("\n3. the email service is back and catches up from its acknowledged position");
    let email = services::email(bus, email_tx).await?;
    next(&mut emails, "email").await?;
    next(&mut emails, "email").await?;
    running.push(email);

    println!("\n4. the first OrderPlaced is delivered again (a producer retried)");
    let first = replay_first_order_placed(bus).await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let charges: i64 = ledger
        .with_connection(|db| db.query_row("SELECT count(*) FROM charges", [], |r| r.get(0)))
        .await?;
    println!("payment       {charges} charges for 3 orders: the copy of {first} changed nothing");

    println!("\n5. a poison message: an OrderPlaced whose data is not one");
    publish_poison(bus).await?;
    next(&mut dead, "dead letter").await?;

    println!("\n6. a big order, then a fraud service added with no change to the producer");
    bus.send(order("c-13", "SKU-9", 6, 120_000)).await?;
    next(&mut receipts, "receipt").await?;
    running.push(services::fraud(bus, fraud_tx).await?);
    let flagged_id = next(&mut flagged, "fraud flag").await?;

    let view: OrderView = bus
        .request(GetOrderById {
            order_id: flagged_id.clone(),
        })
        .await?;
    println!(
        "\nGetOrderById {flagged_id} → {} ordered {}",
        view.customer_id,
        money(view.total_minor, "USD")
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    let counts = counts.lock().map(|c| c.clone()).unwrap_or_default();
    let summary: Vec<String> = counts
        .iter()
        .filter(|(name, _)| !matches!(**name, "revenue" | "orders"))
        .map(|(name, n)| format!("{n} {name}"))
        .collect();
    let revenue = counts.get("revenue").copied().unwrap_or_default();
    let orders = counts.get("orders").copied().unwrap_or_default();
    println!(
        "analytics     counted {} over {orders} orders; revenue {}",
        summary.join(", "),
        money(revenue, "USD")
    );
    for consumer in running {
        consumer.stop().await;
    }
    Ok(())
}

/// Appends a copy of the first `OrderPlaced` with a new transport id (so that the
/// transport's own dedupe lets it through, as after its window): only the consumers'
/// dedupe stops it. Returns its order id.
async fn replay_first_order_placed(bus: &Bus) -> Result<String, Failure> {
    // Read it back through a throw-away group.
    let mut log = bus
        .backend()
        .subscribe(factum_transport::backend::GroupSpec {
            group: format!("replay-{}", std::process::id()),
            filters: vec![subject::every(MessageKind::Event, "OrderPlaced")],
            ack_wait: Duration::from_secs(30),
        })
        .await?;
    let original = log.next().await?;
    let order_id = original
        .subject
        .rsplit('.')
        .next()
        .unwrap_or("?")
        .to_owned();
    bus.backend()
        .append(Outgoing {
            subject: original.subject.clone(),
            id: format!("replayed-{}", original.sequence),
            headers: original.headers.to_vec(),
            body: original.body.clone(),
        })
        .await?;
    original.settle.ack().await?;
    Ok(order_id)
}

/// Appends an `OrderPlaced` from a buggy producer: its total is text.
async fn publish_poison(bus: &Bus) -> Result<(), Failure> {
    let envelope = bus.producer().envelope(checkout_contracts::OrderPlacedV1 {
        order_id: "o-666".into(),
        customer_id: "c-0".into(),
        total_minor: 0,
    });
    let (headers, _) = to_binary(&envelope, Binding::Nats)?;
    bus.backend()
        .append(Outgoing {
            subject: subject::message(MessageKind::Event, "OrderPlaced", Some("o-666")),
            id: envelope.id().to_owned(),
            headers,
            body: br#"{"order_id":"o-666","customer_id":"c-0","total_minor":"lots"}"#.to_vec(),
        })
        .await?;
    Ok(())
}
