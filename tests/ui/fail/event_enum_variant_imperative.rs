// A variant reads with its enum's subject: `Cancel` in `OrderEvent` reads `CancelOrder`.
use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub enum OrderEvent {
    Placed { order_id: String },
    Cancel { order_id: String },
}

fn main() {}
