#[derive(factum::Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct OrderPlaced {
    pub order_id: String,
}

async fn placed(bus: factum_transport::Bus) {
    let _ = bus.send(OrderPlaced { order_id: "o-1".into() }).await;
}

fn main() {
    let _ = placed;
}
