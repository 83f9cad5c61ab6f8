use factum::Event;

// Events travel in envelopes as JSON.
#[derive(Event, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {}
