use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(key = order)]
pub struct OrderPlaced {
    pub order_id: String,
    pub total_amount: f64,
}

fn main() {}
