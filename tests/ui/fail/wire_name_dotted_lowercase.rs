// A lower-case reverse-DNS wire name is read on its last segment, and the suggestion keeps
// its style.
use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(name = "com.shop.place_order")]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {}
