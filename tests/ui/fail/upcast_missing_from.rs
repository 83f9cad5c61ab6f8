use factum::Event;
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(name = "OrderPlaced", version = 1)]
pub struct OrderPlacedV1 {
    pub order_id: String,
}

// No `impl From<OrderPlacedV1> for OrderPlaced`: the step is missing.
#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 2, upcast_from = OrderPlacedV1)]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {}
