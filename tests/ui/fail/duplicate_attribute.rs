use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(version = 2, version = 3)]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {}
