// A noun phrase is not read as an imperative (`StatusOrdered` would be nonsense).
use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct OrderStatus {
    pub order_id: String,
}

fn main() {}
