use factum::{DomainEvent, Event};
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
    pub total_minor: i64,
}

#[derive(DomainEvent)]
pub enum OrderDomainEvent {
    ApplyDiscount { order_id: u64 },
    #[internal]
    #[publish(OrderPlaced { order_id: order_id.to_string(), total_minor: 0 })]
    OrderSubmitted { order_id: u64 },
    #[publish(OrderPlaced { order_id: order_id.to_string(), ..Default::default() })]
    OrderResubmitted { order_id: u64 },
}

fn main() {}
