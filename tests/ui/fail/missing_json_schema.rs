use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize)]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {}
