use factum::{DomainEvent, Event};
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
    pub total_minor: i64,
}

#[derive(DomainEvent)]
pub enum OrderDomainEvent {
    #[internal(reason = "discount rules are private")]
    DiscountApplied { order_id: u64 },
    #[internal]
    #[internal]
    ItemAdded { order_id: u64 },
    #[internal]
    #[domain_event(hidden)]
    ItemRemoved { order_id: u64 },
}

fn main() {}
