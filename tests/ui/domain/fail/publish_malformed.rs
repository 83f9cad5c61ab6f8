use factum::{DomainEvent, Event};
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
    pub total_minor: i64,
}

#[derive(DomainEvent)]
pub enum OrderDomainEvent {
    #[publish]
    OrderSubmitted { order_id: u64 },
    #[publish()]
    OrderResubmitted { order_id: u64 },
    #[publish("OrderPlaced")]
    OrderReplaced { order_id: u64 },
    #[publish(OrderPlaced { order_id: order_id.to_string(), total_minor: 0 }, OrderPlaced { order_id: String::new(), total_minor: 0 })]
    OrderDuplicated { order_id: u64 },
}

fn main() {}
