use factum::{Command, Event};

fn publish(_event: &impl Event) {}

#[derive(Command, schemars::JsonSchema)]
pub struct PlaceOrder {
    pub order_id: String,
}

fn main() {
    publish(&PlaceOrder { order_id: "o-1".into() });
}
