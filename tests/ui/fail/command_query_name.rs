use factum::Command;

#[derive(Command, schemars::JsonSchema)]
pub struct IsOrderPaid {
    pub order_id: String,
}

fn main() {}
