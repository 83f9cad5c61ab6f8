use factum::Event;
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(name = "OrderPlaced", version = 1)]
pub struct OrderPlacedV1 {
    pub order_id: String,
}

// Version 2 is missing: v3 cannot upcast straight from v1.
#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 3, upcast_from = OrderPlacedV1)]
pub struct OrderPlaced {
    pub order_id: String,
}

impl From<OrderPlacedV1> for OrderPlaced {
    fn from(old: OrderPlacedV1) -> Self {
        OrderPlaced { order_id: old.order_id }
    }
}

fn main() {}
