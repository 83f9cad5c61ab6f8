use factum::{DomainEvent, Event};
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
    pub total_minor: i64,
}

fn placed() -> OrderPlaced {
    OrderPlaced { order_id: String::new(), total_minor: 0 }
}

#[derive(DomainEvent)]
pub enum OrderDomainEvent {
    #[publish(OrderPlaced { order_id: order_id.to_string(), ..placed() })]
    OrderSubmitted { order_id: u64 },
    #[publish(OrderPlaced { order_id: order_id.to_string(), .. })]
    OrderResubmitted { order_id: u64 },
}

fn main() {}
