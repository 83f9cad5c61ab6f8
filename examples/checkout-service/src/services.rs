//! The services of the checkout flow, each a consumer group on the bus: what it reads,
//! what it does, what it publishes.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use checkout_contracts::inboxes::{
    AnalyticsInbox, EmailInbox, FraudInbox, InventoryInbox, NotificationInbox, PaymentInbox,
};
use checkout_contracts::{
    EmailDelivered, GetOrderById, InventoryReserved, OrderPlaced, PaymentProcessed, PlaceOrder,
};
use factum::Inbox as _;
use factum_transport::dedupe::SqliteStore;
use factum_transport::{Bus, DeadLetter, Delivery, Error, Outcome, Running};
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc::UnboundedSender;

/// Orders over this total (in cents) are flagged by the fraud service.
pub const FRAUD_LIMIT_MINOR: i64 = 500_000;

/// `$7,200.00`, `12.50 EUR`.
pub fn money(minor: i64, currency: &str) -> String {
    let units = (minor / 100).to_string();
    let mut grouped = String::new();
    for (i, digit) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let cents = (minor % 100).abs();
    if currency == "USD" {
        format!("${grouped}.{cents:02}")
    } else {
        format!("{grouped}.{cents:02} {currency}")
    }
}

/// What `GetOrderById` answers.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrderView {
    /// The order.
    pub order_id: String,
    /// Its customer.
    pub customer_id: String,
    /// Its total in cents.
    pub total_minor: i64,
}

/// The order service: turns `PlaceOrder` into an order and `OrderPlaced`; answers
/// `GetOrderById`.
pub async fn order(bus: &Bus) -> Result<Vec<Running>, Error> {
    let orders: Arc<Mutex<HashMap<String, OrderView>>> = Arc::default();
    let next = Arc::new(AtomicU32::new(1001));
    let (b, o) = (bus.clone(), Arc::clone(&orders));
    let placing = bus
        .handle::<PlaceOrder>()
        .start(move |d: Delivery<PlaceOrder>| {
            let (bus, orders, next) = (b.clone(), Arc::clone(&o), Arc::clone(&next));
            async move {
                let command = d.message();
                let order_id = format!("o-{}", next.fetch_add(1, Ordering::Relaxed));
                let total_minor = command
                    .lines
                    .iter()
                    .map(|l| l.unit_price_minor * i64::from(l.quantity))
                    .sum();
                orders.lock().unwrap().insert(
                    order_id.clone(),
                    OrderView {
                        order_id: order_id.clone(),
                        customer_id: command.customer_id.clone(),
                        total_minor,
                    },
                );
                println!(
                    "order         {} places {order_id} ({}) → OrderPlaced",
                    command.customer_id,
                    money(total_minor, "USD")
                );
                let event = OrderPlaced {
                    order_id,
                    customer_id: command.customer_id.clone(),
                    lines: command.lines.clone(),
                    total_minor,
                    currency: "USD".into(),
                };
                bus.publish_envelope(bus.producer().caused_by(d.cause(), event))
                    .await
                    .into()
            }
        })
        .await?;
    let answering = bus
        .answer(move |d: Delivery<GetOrderById>| {
            let orders = Arc::clone(&orders);
            async move {
                let id = &d.message().order_id;
                orders
                    .lock()
                    .unwrap()
                    .get(id)
                    .cloned()
                    .ok_or_else(|| format!("no order `{id}`"))
            }
        })
        .await?;
    Ok(vec![placing, answering])
}

/// The payment service: charges each order once (the charge and the processed id in
/// one transaction of its own database), then publishes `PaymentProcessed`.
pub async fn payment(bus: &Bus, ledger: SqliteStore) -> Result<Running, Error> {
    ledger
        .with_connection(|db| {
            db.execute_batch(
                "CREATE TABLE IF NOT EXISTS charges (order_id TEXT, amount_minor INTEGER)",
            )
        })
        .await?;
    let b = bus.clone();
    bus.inbox::<PaymentInbox>()
        .start(move |d: Delivery<PaymentInbox>| {
            let (bus, ledger) = (b.clone(), ledger.clone());
            async move {
                let PaymentInbox::Placed(order) = d.message();
                let charge = (order.order_id.clone(), order.total_minor);
                let charged = ledger
                    .once(d.group(), d.id(), move |tx| {
                        tx.execute("INSERT INTO charges VALUES (?1, ?2)", charge)
                    })
                    .await;
                match charged {
                    Ok(Some(_)) => {}
                    Ok(None) => return Outcome::Done, // charged before: nothing to do
                    Err(err) => return Outcome::retry(err.to_string()),
                }
                println!(
                    "payment       charges {} for {} → PaymentProcessed",
                    money(order.total_minor, &order.currency),
                    order.order_id
                );
                let paid = PaymentProcessed {
                    order_id: order.order_id.clone(),
                    payment_ref: format!("pay-{}", order.order_id),
                    amount_minor: order.total_minor,
                };
                bus.publish_envelope(bus.producer().caused_by(d.cause(), paid))
                    .await
                    .into()
            }
        })
        .await
}

/// The inventory service: reserves stock for paid orders.
pub async fn inventory(bus: &Bus) -> Result<Running, Error> {
    let b = bus.clone();
    bus.inbox::<InventoryInbox>()
        .start(move |d: Delivery<InventoryInbox>| {
            let bus = b.clone();
            async move {
                let InventoryInbox::Paid(paid) = d.message();
                println!(
                    "inventory     reserves stock for {} → InventoryReserved",
                    paid.order_id
                );
                let reserved = InventoryReserved {
                    order_id: paid.order_id.clone(),
                    warehouse: "berlin-1".into(),
                };
                bus.publish_envelope(bus.producer().caused_by(d.cause(), reserved))
                    .await
                    .into()
            }
        })
        .await
}

/// The notification service: sends the receipt once stock is reserved.
pub async fn notification(bus: &Bus, receipts: UnboundedSender<String>) -> Result<Running, Error> {
    bus.inbox::<NotificationInbox>()
        .start(move |d: Delivery<NotificationInbox>| {
            let NotificationInbox::Reserved(reserved) = d.message();
            println!(
                "notification  sends the receipt for {} (trace {})",
                reserved.order_id,
                &d.span_context().trace_id()[..8]
            );
            let _ = receipts.send(reserved.order_id.clone());
            std::future::ready(Outcome::Done)
        })
        .await
}

/// The analytics service: counts every event by type, the orders, and the revenue paid.
pub async fn analytics(
    bus: &Bus,
    counts: Arc<Mutex<BTreeMap<&'static str, i64>>>,
) -> Result<Running, Error> {
    let orders: Mutex<std::collections::BTreeSet<String>> = Mutex::default();
    bus.inbox::<AnalyticsInbox>()
        .start(move |d: Delivery<AnalyticsInbox>| {
            let mut counts = counts.lock().unwrap();
            *counts.entry(d.message().event_name()).or_default() += 1;
            let (order_id, revenue) = match d.message() {
                AnalyticsInbox::Paid(paid) => (&paid.order_id, paid.amount_minor),
                AnalyticsInbox::Placed(OrderPlaced { order_id, .. })
                | AnalyticsInbox::Reserved(InventoryReserved { order_id, .. })
                | AnalyticsInbox::Emailed(EmailDelivered { order_id, .. }) => (order_id, 0),
            };
            *counts.entry("revenue").or_default() += revenue;
            let mut orders = orders.lock().unwrap();
            orders.insert(order_id.clone());
            counts.insert("orders", i64::try_from(orders.len()).unwrap_or(i64::MAX));
            std::future::ready(Outcome::Done)
        })
        .await
}

/// The email service: confirms each order by email.
pub async fn email(bus: &Bus, sent: UnboundedSender<String>) -> Result<Running, Error> {
    let b = bus.clone();
    bus.inbox::<EmailInbox>()
        .concurrency(1)
        .start(move |d: Delivery<EmailInbox>| {
            let (bus, sent) = (b.clone(), sent.clone());
            async move {
                let EmailInbox::Placed(order) = d.message();
                println!(
                    "email         confirms {} to {}",
                    order.order_id, order.customer_id
                );
                let delivered = EmailDelivered {
                    order_id: order.order_id.clone(),
                    template: "order-confirmation".into(),
                };
                let outcome = bus
                    .publish_envelope(bus.producer().caused_by(d.cause(), delivered))
                    .await
                    .into();
                let _ = sent.send(order.order_id.clone());
                outcome
            }
        })
        .await
}

/// The fraud service, added after the others: flags orders over $5,000.
pub async fn fraud(bus: &Bus, flagged: UnboundedSender<String>) -> Result<Running, Error> {
    bus.inbox::<FraudInbox>()
        .start(move |d: Delivery<FraudInbox>| {
            let FraudInbox::Placed(order) = d.message();
            if order.total_minor > FRAUD_LIMIT_MINOR {
                println!(
                    "fraud         flags {} ({} over {})",
                    order.order_id,
                    money(order.total_minor, &order.currency),
                    money(FRAUD_LIMIT_MINOR, "USD")
                );
                let _ = flagged.send(order.order_id.clone());
            }
            std::future::ready(Outcome::Done)
        })
        .await
}

/// Watches the payment group's dead letters.
pub async fn dead_letters(
    bus: &Bus,
    letters: UnboundedSender<DeadLetter>,
) -> Result<Running, Error> {
    bus.dead_letters("payment")
        .start(move |d: Delivery<DeadLetter>| {
            let letter = d.into_message();
            println!(
                "dead letter   payment gave up on {} after {} attempt(s): {}",
                letter.subject, letter.attempts, letter.reason
            );
            let _ = letters.send(letter);
            std::future::ready(Outcome::Done)
        })
        .await
}
