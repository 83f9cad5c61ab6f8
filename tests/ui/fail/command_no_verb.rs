use factum::Command;

#[derive(Command, schemars::JsonSchema)]
pub struct Customer {
    pub name: String,
}

fn main() {}
