use factum::Event;

#[derive(Event, schemars::JsonSchema)]
#[event(version = 2, version = 3)]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {}
