use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(key = order_id)]
pub enum OrderEvent {
    OrderPlaced { order_id: String },
    OrderCancelled { order_id: String, reason: String },
    CatalogRefreshed,
    PriceChanged { sku: String },
}

fn main() {}
