#[derive(factum::Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct PlaceOrder {
    pub order_id: String,
}

async fn place(bus: factum_transport::Bus) {
    let _ = bus.publish(PlaceOrder { order_id: "o-1".into() }).await;
}

fn main() {
    let _ = place;
}
