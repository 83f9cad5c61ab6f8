use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(name = "../../etc/OrderPlaced")]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {}
