use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(verison = 2, topic = "orders")]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {}
