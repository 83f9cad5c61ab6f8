use factum::Event;

// Every variant is checked at its own span; the enum's own name is a family name.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub enum OrderEvent {
    OrderPlaced { order_id: String },
    CancelOrder { order_id: String },
    OrderShouldBeShipped { order_id: String },
    ItemsShipped { order_id: String },
}

fn main() {}
