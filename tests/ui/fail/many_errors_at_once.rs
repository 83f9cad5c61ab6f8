use factum::Event;

// Every mistake of one item is reported in one compile.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(version = 0, key = id, allow = "x")]
pub struct PlaceOrder {
    pub order_id: String,
}

fn main() {}
