//! The messages of a checkout flow: what the order, payment, inventory and email
//! services say to each other. Every type's name is checked by factum's naming rules
//! when this crate compiles. [`inboxes`] says which service receives which event.

pub mod inboxes;

use factum::{Command, Event, Query};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One line of an order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OrderLine {
    /// The product's stock-keeping unit.
    pub sku: String,
    /// How many.
    pub quantity: u32,
    /// Price of one, in minor units (cents).
    pub unit_price_minor: i64,
}

/// A customer asks to place an order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Command, JsonSchema)]
#[command(key = customer_id)]
pub struct PlaceOrder {
    /// Who orders.
    pub customer_id: String,
    /// What.
    pub lines: Vec<OrderLine>,
}

/// The order service accepted an order (version 2: the total carries its currency).
///
/// Data of version 1 decodes into this type through its upcaster (lines unknown, euro).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Event, JsonSchema)]
#[event(version = 2, key = order_id, upcast_from = OrderPlacedV1)]
pub struct OrderPlaced {
    /// The new order's id.
    pub order_id: String,
    /// Who ordered.
    pub customer_id: String,
    /// The lines ordered.
    pub lines: Vec<OrderLine>,
    /// Total in minor units.
    pub total_minor: i64,
    /// ISO 4217 currency code.
    pub currency: String,
}

/// Version 1 of `OrderPlaced`, still read from older producers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Event, JsonSchema)]
#[event(name = "OrderPlaced", version = 1, key = order_id)]
pub struct OrderPlacedV1 {
    /// The new order's id.
    pub order_id: String,
    /// Who ordered.
    pub customer_id: String,
    /// Total in minor units of euro.
    pub total_minor: i64,
}

impl From<OrderPlacedV1> for OrderPlaced {
    fn from(v1: OrderPlacedV1) -> Self {
        Self {
            order_id: v1.order_id,
            customer_id: v1.customer_id,
            lines: Vec::new(),
            total_minor: v1.total_minor,
            currency: "EUR".to_owned(),
        }
    }
}

/// The payment service charged the customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Event, JsonSchema)]
#[event(key = order_id)]
pub struct PaymentProcessed {
    /// The order paid for.
    pub order_id: String,
    /// The payment provider's reference.
    pub payment_ref: String,
    /// Amount in minor units.
    pub amount_minor: i64,
}

/// The inventory service asks itself to hold stock for an order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Command, JsonSchema)]
#[command(key = order_id)]
pub struct ReserveInventory {
    /// The order to reserve for.
    pub order_id: String,
    /// What to reserve.
    pub lines: Vec<OrderLine>,
}

/// Stock is held for an order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Event, JsonSchema)]
#[event(key = order_id)]
pub struct InventoryReserved {
    /// The order.
    pub order_id: String,
    /// The warehouse holding the stock.
    pub warehouse: String,
}

/// The email service delivered a message to the customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Event, JsonSchema)]
#[event(key = order_id)]
pub struct EmailDelivered {
    /// The order the email was about.
    pub order_id: String,
    /// The template used.
    pub template: String,
}

/// Asks for one order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Query, JsonSchema)]
pub struct GetOrderById {
    /// The order wanted.
    pub order_id: String,
}
