use factum::{DomainEvent, Event};
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
    pub total_minor: i64,
}

#[derive(DomainEvent)]
pub enum OrderDomainEvent {
    #[publish(OrderPlaced)]
    OrderSubmitted { order_id: u64 },
}

fn main() {}
