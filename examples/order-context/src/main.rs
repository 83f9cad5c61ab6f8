//! The order context end to end: domain events in, integration envelopes out.
//!
//! The order aggregate records domain events (`OrderDomainEvent`), which are internal to
//! this bounded context and may change freely. `#[derive(DomainEvent)]` makes every one
//! of them decide whether it stays inside (`#[internal]`) or maps to the context's public
//! contracts (`contracts::*`, versioned integration events). Each integration event is
//! then wrapped in a `CloudEvents` envelope caused by the request that triggered it
//! (causation, correlation and trace context carried over) and printed as JSON, as an
//! outbox relay would send it.
//!
//! ```sh
//! cargo run -p order-context
//! ```

use factum::domain::{DomainEvent, Publishes};
use factum::envelope::{Cause, EncodeError, Producer, TraceParent};

/// The context's public contracts: what other services may rely on.
pub mod contracts {
    use factum::Event;
    use schemars::JsonSchema;
    use serde::{Deserialize, Serialize};

    /// One line of a placed order.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
    pub struct OrderItem {
        /// Stock-keeping unit.
        pub sku: String,
        /// How many.
        pub quantity: u32,
    }

    /// An order was placed (version 2: the total carries its currency).
    #[derive(Debug, Clone, PartialEq, Event, Serialize, Deserialize, JsonSchema)]
    #[event(name = "orders.OrderPlaced", version = 2, key = order_id)]
    pub struct OrderPlaced {
        /// The order.
        pub order_id: String,
        /// Total, in units of the currency.
        pub total_amount: f64,
        /// ISO 4217 code.
        pub currency: String,
        /// What was ordered.
        pub items: Vec<OrderItem>,
    }

    /// An order was cancelled before it shipped.
    #[derive(Debug, Clone, PartialEq, Default, Event, Serialize, Deserialize, JsonSchema)]
    #[event(name = "orders.OrderCancelled", key = order_id)]
    pub struct OrderCancelled {
        /// The order.
        pub order_id: String,
        /// Why, as the customer said.
        pub reason: String,
        /// Refund in minor units; filled in later by payments (`0` here).
        pub refund_minor: i64,
    }

    /// Stock held for an order is free again.
    #[derive(Debug, Clone, PartialEq, Event, Serialize, Deserialize, JsonSchema)]
    #[event(name = "orders.StockReleased", key = order_id)]
    pub struct StockReleased {
        /// The order that held it.
        pub order_id: String,
        /// Which SKUs.
        pub skus: Vec<String>,
    }
}

/// The order aggregate's own model: internal, free to change.
pub mod domain {
    use factum::DomainEvent;

    use crate::contracts::{OrderCancelled, OrderItem, OrderPlaced, StockReleased};

    /// An order's identity.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct OrderId(pub u64);

    impl std::fmt::Display for OrderId {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "ord-{:05}", self.0)
        }
    }

    /// An amount of money in minor units.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Money {
        /// Minor units (cents).
        pub minor: i64,
        /// ISO 4217 code.
        pub currency: &'static str,
    }

    impl Money {
        /// The amount in units of the currency.
        #[must_use]
        #[allow(clippy::cast_precision_loss)] // display amounts are far below 2^52
        pub fn amount(&self) -> f64 {
            self.minor as f64 / 100.0
        }

        /// The currency code.
        #[must_use]
        pub fn currency(&self) -> &str {
            self.currency
        }
    }

    /// A line in the cart.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Item {
        /// Stock-keeping unit.
        pub sku: String,
        /// How many.
        pub quantity: u32,
        /// The price of one, which the contract does not carry.
        pub unit_price: Money,
    }

    impl From<&Item> for OrderItem {
        fn from(item: &Item) -> Self {
            OrderItem {
                sku: item.sku.clone(),
                quantity: item.quantity,
            }
        }
    }

    /// What happened to an order, as the aggregate records it.
    ///
    /// The fields are in scope by reference in each `#[publish(...)]`: `order_id` is an
    /// `&OrderId` there, `_0` the first field of a tuple variant.
    #[derive(Debug, Clone, PartialEq, DomainEvent)]
    pub enum OrderDomainEvent {
        /// An item went into the cart.
        #[internal]
        ItemAdded { order_id: OrderId, item: Item },
        /// A discount rule applied: the rule is ours, it must not leak.
        #[internal]
        DiscountApplied { order_id: OrderId, discount: Money },
        /// The customer submitted the order.
        #[publish(OrderPlaced {
            order_id: order_id.to_string(),
            total_amount: total.amount(),
            currency: total.currency().to_string(),
            items: items.iter().map(OrderItem::from).collect(),
        })]
        OrderSubmitted {
            order_id: OrderId,
            total: Money,
            items: Vec<Item>,
        },
        /// The customer withdrew the order: two contracts learn of it.
        #[publish(OrderCancelled { order_id: _0.to_string(), reason: _1.clone(), ..Default })]
        #[publish(StockReleased { order_id: _0.to_string(), skus: _2.clone() })]
        OrderWithdrawn(OrderId, String, Vec<String>),
        /// The cart was emptied by a timeout.
        #[internal]
        CartExpired,
    }
}

use contracts::OrderPlaced;
use domain::{Item, Money, OrderDomainEvent, OrderId};

/// What the order aggregate recorded while handling one request.
#[must_use]
pub fn recorded_events() -> Vec<OrderDomainEvent> {
    let order_id = OrderId(42);
    let eur = |minor| Money {
        minor,
        currency: "EUR",
    };
    let items = vec![
        Item {
            sku: "TEA-01".into(),
            quantity: 2,
            unit_price: eur(650),
        },
        Item {
            sku: "CUP-07".into(),
            quantity: 1,
            unit_price: eur(1200),
        },
    ];
    vec![
        OrderDomainEvent::ItemAdded {
            order_id,
            item: items[0].clone(),
        },
        OrderDomainEvent::ItemAdded {
            order_id,
            item: items[1].clone(),
        },
        OrderDomainEvent::DiscountApplied {
            order_id,
            discount: eur(250),
        },
        OrderDomainEvent::OrderSubmitted {
            order_id,
            total: eur(2250),
            items,
        },
        OrderDomainEvent::OrderWithdrawn(
            order_id,
            "ordered twice".into(),
            vec!["TEA-01".into(), "CUP-07".into()],
        ),
        OrderDomainEvent::CartExpired,
    ]
}

/// The outbox: every integration envelope of `events`, as structured-mode JSON, each
/// caused by `cause`. Internal domain events add nothing.
///
/// # Errors
///
/// An event whose data does not encode.
pub fn outbox(
    events: &[OrderDomainEvent],
    producer: &Producer,
    cause: Cause<'_>,
) -> Result<Vec<String>, EncodeError> {
    let mut out = Vec::new();
    for event in events {
        out.extend(event.envelopes_json(producer, cause)?);
    }
    Ok(out)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let producer = Producer::new("/orders")?;
    // The request that made the aggregate record these events: its id, the correlation
    // id of the conversation, and its W3C trace context.
    let traceparent =
        TraceParent::parse("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")?;
    let cause = Cause::new("req-7f3a")
        .with_correlation_id("checkout-5521")
        .with_trace(&traceparent, None);

    let events = recorded_events();
    for event in &events {
        if event.is_internal() {
            println!("// {}: internal, publishes nothing", event.variant_name());
        } else {
            println!("// {}: published as", event.variant_name());
            for json in event.envelopes_json(&producer, cause)? {
                let value: serde_json::Value = serde_json::from_str(&json)?;
                println!("{}", serde_json::to_string_pretty(&value)?);
            }
        }
    }

    // The typed view of one target: the envelopes of `OrderPlaced` only.
    let placed = events
        .iter()
        .flat_map(|e| Publishes::<OrderPlaced>::envelopes(e, &producer, cause))
        .collect::<Vec<_>>();
    println!(
        "// {} OrderPlaced, total {} {}",
        placed.len(),
        placed[0].data().total_amount,
        placed[0].data().currency
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outbox_holds_only_the_published_events_caused_by_the_request() {
        let producer = Producer::new("/orders").unwrap();
        let cause = Cause::new("req-1").with_correlation_id("conv-1");
        let out = outbox(&recorded_events(), &producer, cause).unwrap();
        let values: Vec<serde_json::Value> = out
            .iter()
            .map(|json| serde_json::from_str(json).unwrap())
            .collect();
        let types: Vec<&str> = values.iter().map(|v| v["type"].as_str().unwrap()).collect();
        assert_eq!(
            types,
            [
                "orders.OrderPlaced",
                "orders.OrderCancelled",
                "orders.StockReleased"
            ]
        );
        for value in &values {
            assert_eq!(value["causationid"], "req-1");
            assert_eq!(value["correlationid"], "conv-1");
            assert_eq!(value["partitionkey"], "ord-00042");
        }
        assert_eq!(values[0]["dataversion"], 2);
        assert_eq!(
            values[0]["data"],
            serde_json::json!({
                "order_id": "ord-00042",
                "total_amount": 22.5,
                "currency": "EUR",
                "items": [
                    {"sku": "TEA-01", "quantity": 2},
                    {"sku": "CUP-07", "quantity": 1}
                ]
            })
        );
        // The discount rule and the unit prices did not leak.
        assert!(!out.iter().any(|json| json.contains("discount")));
        assert!(!out.iter().any(|json| json.contains("unit_price")));
        assert_eq!(values[1]["data"]["refund_minor"], 0);
    }
}
