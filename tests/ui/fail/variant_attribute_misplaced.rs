use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub enum OrderEvent {
    #[event(version = 2)]
    OrderPlaced { order_id: String },
}

fn main() {}
