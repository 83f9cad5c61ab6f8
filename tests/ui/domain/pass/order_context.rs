//! The order context of the issue: internal domain events, and one published.

use factum::domain::Publishes;
use factum::{DomainEvent, Event};
use serde::{Deserialize, Serialize};

pub struct OrderId(u64);

impl std::fmt::Display for OrderId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "o-{}", self.0)
    }
}

pub struct Money {
    minor: i64,
    currency: &'static str,
}

impl Money {
    pub fn amount(&self) -> f64 {
        self.minor as f64 / 100.0
    }
    pub fn currency(&self) -> &str {
        self.currency
    }
}

pub struct Item {
    sku: String,
    quantity: u32,
}

#[derive(Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OrderItem {
    pub sku: String,
    pub quantity: u32,
}

impl From<&Item> for OrderItem {
    fn from(item: &Item) -> Self {
        OrderItem { sku: item.sku.clone(), quantity: item.quantity }
    }
}

#[derive(Debug, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(key = order_id)]
pub struct OrderPlaced {
    pub order_id: String,
    pub total_amount: f64,
    pub currency: String,
    pub items: Vec<OrderItem>,
}

#[derive(DomainEvent)]
pub enum OrderDomainEvent {
    #[internal]
    ItemAdded { order_id: OrderId, item: Item },
    #[internal]
    DiscountApplied { order_id: OrderId, discount: Money },
    #[publish(OrderPlaced {
        order_id: order_id.to_string(),
        total_amount: total.amount(),
        currency: total.currency().to_string(),
        items: items.iter().map(OrderItem::from).collect(),
    })]
    OrderSubmitted { order_id: OrderId, total: Money, items: Vec<Item> },
}

fn main() {
    let submitted = OrderDomainEvent::OrderSubmitted {
        order_id: OrderId(1),
        total: Money { minor: 1250, currency: "EUR" },
        items: vec![Item { sku: "A-1".into(), quantity: 2 }],
    };
    let placed: Vec<OrderPlaced> = submitted.integration_events();
    assert_eq!(placed[0].order_id, "o-1");
    assert_eq!(placed[0].items, [OrderItem { sku: "A-1".into(), quantity: 2 }]);
    let added = OrderDomainEvent::ItemAdded {
        order_id: OrderId(1),
        item: Item { sku: "A-1".into(), quantity: 2 },
    };
    assert!(Publishes::<OrderPlaced>::integration_events(&added).is_empty());
    let discount = OrderDomainEvent::DiscountApplied {
        order_id: OrderId(1),
        discount: Money { minor: 100, currency: "EUR" },
    };
    assert!(discount.is_internal());
}
