use factum::Event;

#[derive(Event, schemars::JsonSchema)]
pub struct Customer {
    pub customer_id: String,
}

fn main() {}
