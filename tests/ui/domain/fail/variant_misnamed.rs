use factum::{DomainEvent, Event};
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
    pub total_minor: i64,
}

#[derive(DomainEvent)]
pub enum OrderDomainEvent {
    #[internal]
    ApplyDiscount { order_id: u64 },
    #[internal]
    OrderShouldBeSubmitted { order_id: u64 },
    #[internal]
    #[domain_event(allow_name = "")]
    Checkout { order_id: u64 },
}

fn main() {}
