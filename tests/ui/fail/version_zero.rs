use factum::Event;

#[derive(Event, schemars::JsonSchema)]
#[event(version = 0)]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {}
