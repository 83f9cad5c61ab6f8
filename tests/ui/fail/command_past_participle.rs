use factum::Command;

#[derive(Command, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {}
