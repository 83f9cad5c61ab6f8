use factum::{Command, Inbox};

#[derive(Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct PlaceOrder {
    pub order_id: String,
}

// An inbox holds events; commands are sent to one handler.
#[derive(Inbox)]
pub enum Orders {
    Place(PlaceOrder),
}

fn main() {}
