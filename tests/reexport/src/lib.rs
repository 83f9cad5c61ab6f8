//! Messages of a crate that reaches factum only through its own re-export,
//! `crate::reexports::factum` (as a framework re-exports its dependencies): every derive
//! is told where factum is with `crate = "..."`.

/// The re-export, as such a crate offers it to its users.
pub mod reexports {
    pub use facts as factum;
}

use reexports::factum::domain::DomainEvent;
use reexports::factum::{Command, Event, Inbox, Query};
use serde::{Deserialize, Serialize};

/// Version 1 of an order.
#[derive(Debug, Clone, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(crate = "crate::reexports::factum", name = "OrderPlaced", version = 1)]
pub struct OrderPlacedV1 {
    /// The order.
    pub order_id: String,
}

/// An order was placed.
#[derive(Debug, Clone, PartialEq, Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(crate = "crate::reexports::factum", version = 2, key = order_id, upcast_from = OrderPlacedV1)]
pub struct OrderPlaced {
    /// The order.
    pub order_id: String,
    /// Its currency.
    pub currency: String,
}

impl From<OrderPlacedV1> for OrderPlaced {
    fn from(v1: OrderPlacedV1) -> Self {
        OrderPlaced {
            order_id: v1.order_id,
            currency: "EUR".into(),
        }
    }
}

/// Place an order.
#[derive(Debug, Clone, PartialEq, Command, Serialize, Deserialize, schemars::JsonSchema)]
#[command(crate = "crate::reexports::factum", key = customer_id)]
pub struct PlaceOrder {
    /// Who orders.
    pub customer_id: String,
}

/// Which order has this id?
#[derive(Debug, Clone, PartialEq, Query, Serialize, Deserialize, schemars::JsonSchema)]
#[query(crate = "crate::reexports::factum")]
pub struct GetOrderById {
    /// The order.
    pub order_id: String,
}

/// What the billing service handles.
#[derive(Debug, PartialEq, Inbox)]
#[inbox(crate = "crate::reexports::factum")]
pub enum BillingInbox {
    /// An order.
    Placed(OrderPlaced),
}

/// The order aggregate's domain events.
#[derive(Debug, Clone, PartialEq, DomainEvent)]
#[domain_event(crate = "crate::reexports::factum")]
pub enum OrderDomainEvent {
    /// Published as [`OrderPlaced`].
    #[publish(OrderPlaced { order_id: order_id.clone(), currency: "USD".into() })]
    OrderSubmitted {
        /// The order.
        order_id: String,
    },
    /// Not published.
    #[internal]
    DraftSaved,
}
