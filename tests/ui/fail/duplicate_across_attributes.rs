use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(key = order_id)]
#[event(version = 2, key = customer_id)]
pub struct OrderPlaced {
    pub order_id: String,
    pub customer_id: String,
}

fn main() {}
