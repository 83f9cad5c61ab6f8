use factum::Command;

#[derive(Command, schemars::JsonSchema)]
pub struct LoadOrderBefore {
    pub order_id: String,
}

fn main() {}
