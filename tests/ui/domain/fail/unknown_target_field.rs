use factum::{DomainEvent, Event};
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
    pub total_minor: i64,
}

#[derive(DomainEvent)]
pub enum OrderDomainEvent {
    #[publish(OrderPlaced {
        order_id: order_id.to_string(),
        total_minor: *total_minor,
        discount_percent: *percent,
    })]
    OrderSubmitted { order_id: u64, total_minor: i64, percent: u8 },
}

fn main() {}
