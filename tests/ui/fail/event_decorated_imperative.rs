use factum::Event;

// Decoration does not change how the name reads: `ShipOrder` + `Event`.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct ShipOrderEvent {
    pub order_id: String,
}

fn main() {}
