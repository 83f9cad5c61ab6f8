use factum::Event;
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 1)]
pub struct OrderCreated {
    pub order_id: String,
}

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 2, upcast_from = OrderCreated)]
pub struct OrderPlaced {
    pub order_id: String,
}

impl From<OrderCreated> for OrderPlaced {
    fn from(old: OrderCreated) -> Self {
        OrderPlaced { order_id: old.order_id }
    }
}

fn main() {}
