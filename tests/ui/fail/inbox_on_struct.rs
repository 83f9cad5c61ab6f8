use factum::{Event, Inbox};

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
}

#[derive(Inbox)]
pub struct Orders(OrderPlaced);

fn main() {}
