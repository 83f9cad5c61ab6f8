use factum::{DomainEvent, Event};
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
    pub total_minor: i64,
}

#[derive(DomainEvent)]
#[internal]
pub enum OrderDomainEvent {
    #[publish(OrderPlaced { order_id: order_id.to_string(), total_minor: *total_minor })]
    OrderSubmitted {
        order_id: u64,
        #[internal]
        total_minor: i64,
    },
}

fn main() {}
