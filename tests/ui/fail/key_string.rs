use factum::Event;

#[derive(Event, schemars::JsonSchema)]
#[event(key = "order_id")]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {}
