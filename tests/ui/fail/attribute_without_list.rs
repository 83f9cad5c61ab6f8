use factum::Command;

#[derive(Command, schemars::JsonSchema)]
#[command]
pub struct PlaceOrder {
    pub order_id: String,
}

fn main() {}
