use factum::{Command, Event};

// A type is one kind of message, not two: its `Message` impls conflict.
#[derive(Event, Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[command(allow_name = "checks that one type cannot be both an event and a command")]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {}
