use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(key = "order_id")]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {}
