use factum::{Event, Message, MessageKind};
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 1, key = order_id)]
pub struct OrderPlaced {
    pub order_id: String,
    pub total_amount: f64,
}

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
pub struct MoneyWithdrawn {
    pub account: u64,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct UserLoggedIn;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct ItemMovedToWishlist(pub String);

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(name = "OrderPlaced", version = 2, key = 0)]
pub struct OrderPlacedV2(pub u64, pub f64);

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct PasswordResetIntegrationEvent {
    pub user_id: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct HTTPRequestFailed {
    pub status: u16,
}

fn main() {
    assert_eq!(OrderPlaced::KIND, MessageKind::Event);
    assert_eq!(OrderPlacedV2::NAME, "OrderPlaced");
    assert_eq!(OrderPlacedV2(7, 1.0).partition_key().as_deref(), Some("7"));
    assert_eq!(UserLoggedIn.partition_key(), None);
    let _ = (MoneyWithdrawn { account: 1 }, ItemMovedToWishlist("x".into()));
    let _ = PasswordResetIntegrationEvent { user_id: String::new() };
    let _ = HTTPRequestFailed { status: 500 };
}
