use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct PleaseShipOrder {
    pub order_id: String,
}

fn main() {}
