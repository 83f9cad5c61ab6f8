use factum::{Event, Inbox};

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(name = "OrderPlaced", version = 1)]
pub struct OrderPlacedV1 {
    pub order_id: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(version = 2)]
pub struct OrderPlaced {
    pub order_id: String,
}

// Both variants hold `OrderPlaced`: the second would never be reached.
#[derive(Inbox)]
pub enum Orders {
    Placed(OrderPlaced),
    PlacedV1(OrderPlacedV1),
}

fn main() {}
