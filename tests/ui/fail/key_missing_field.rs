use factum::Event;

#[derive(Event, schemars::JsonSchema)]
#[event(key = order)]
pub struct OrderPlaced {
    pub order_id: String,
    pub total_amount: f64,
}

fn main() {}
