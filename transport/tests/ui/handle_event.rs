#[derive(Debug, factum::Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
}

fn handle(bus: &factum_transport::Bus) {
    let _ = bus.handle::<OrderPlaced>();
}

fn main() {
    let _ = handle;
}
