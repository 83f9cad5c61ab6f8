use factum::{Command, DomainEvent};
use serde::{Deserialize, Serialize};

#[derive(Command, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ShipOrder {
    pub order_id: String,
}

#[derive(DomainEvent)]
pub enum OrderDomainEvent {
    #[publish(ShipOrder { order_id: order_id.to_string() })]
    OrderPaid { order_id: u64 },
}

fn main() {}
