use factum::{Event, Inbox};

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
}

#[derive(Inbox)]
pub enum Orders {
    Placed(OrderPlaced),
    Cancelled { order_id: String },
    Refunded,
    Shipped(OrderPlaced, u32),
}

fn main() {}
