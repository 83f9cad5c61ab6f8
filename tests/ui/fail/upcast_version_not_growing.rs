use factum::Event;
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(name = "OrderPlaced", version = 2)]
pub struct OrderPlacedV2 {
    pub order_id: String,
}

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 1, upcast_from = OrderPlacedV2)]
pub struct OrderPlaced {
    pub order_id: String,
}

impl From<OrderPlacedV2> for OrderPlaced {
    fn from(old: OrderPlacedV2) -> Self {
        OrderPlaced { order_id: old.order_id }
    }
}

fn main() {}
