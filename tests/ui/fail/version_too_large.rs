use factum::Event;

#[derive(Event, schemars::JsonSchema)]
#[event(version = 4294967296)]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {}
