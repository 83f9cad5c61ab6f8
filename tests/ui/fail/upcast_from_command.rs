use factum::{Command, Event};
use serde::{Deserialize, Serialize};

#[derive(Command, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PlaceOrder {
    pub order_id: String,
}

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 2, upcast_from = PlaceOrder)]
pub struct OrderPlaced {
    pub order_id: String,
}

impl From<PlaceOrder> for OrderPlaced {
    fn from(old: PlaceOrder) -> Self {
        OrderPlaced { order_id: old.order_id }
    }
}

fn main() {}
