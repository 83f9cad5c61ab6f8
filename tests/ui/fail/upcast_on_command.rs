use factum::Command;

#[derive(Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[command(version = 2, upcast_from = PlaceOrderV1)]
pub struct PlaceOrder {
    pub order_id: String,
}

fn main() {}
