use factum::{Command, Event, Query};

// Shapes the naming rules accept (issue 9, session 11): states with their subject implied or
// announced, state words read with their enum, verbs that work out an answer as queries,
// `lookup`, an actor's wrapper of a request, and the kind words of other languages.

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct OutOfStock {
    pub sku: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct PhotoWillBeDeleted {
    pub photo_id: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub enum LinkEvent {
    Up,
    Down,
}

#[derive(Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub enum LightCommand {
    On,
    Off,
}

#[derive(Query, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct CalculateShippingCost {
    pub order_id: String,
}

#[derive(Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct LookupPlayer {
    pub name: String,
}

#[derive(Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct WrappedCancelProduct {
    pub product_id: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct PedidoCreadoEvento {
    pub pedido_id: String,
}

fn main() {
    let _ = (OutOfStock { sku: String::new() }, PhotoWillBeDeleted { photo_id: String::new() });
    let _ = (LinkEvent::Up, LinkEvent::Down, LightCommand::On, LightCommand::Off);
    let _ = CalculateShippingCost { order_id: String::new() };
    let _ = (LookupPlayer { name: String::new() }, WrappedCancelProduct { product_id: String::new() });
    let _ = PedidoCreadoEvento { pedido_id: String::new() };
}
