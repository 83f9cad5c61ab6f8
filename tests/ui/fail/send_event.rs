use factum::{Command, Event};

fn send(_command: impl Command) {}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {
    send(OrderPlaced { order_id: "o-1".into() });
}
