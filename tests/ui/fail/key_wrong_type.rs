use factum::Event;

#[derive(serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct OrderId {
    pub value: String,
}

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(key = order_id)]
pub struct OrderPlaced {
    pub order_id: OrderId,
}

fn main() {}
