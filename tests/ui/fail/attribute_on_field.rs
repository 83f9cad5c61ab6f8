use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct OrderPlaced {
    #[event(key)]
    pub order_id: String,
}

fn main() {}
