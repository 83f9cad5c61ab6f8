use factum::{Event, Producer};
use serde::{Deserialize, Serialize};

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 1)]
pub struct OrderCreated {
    pub order_id: String,
}

#[derive(Event, Serialize, Deserialize, schemars::JsonSchema)]
#[event(version = 2)]
pub struct OrderPlaced {
    pub order_id: String,
}

fn main() {
    let producer = Producer::new("/checkout").unwrap();
    let event = OrderPlaced { order_id: "o-1".into() };
    // A copy must be an older version of the same event, not another event.
    let _ = producer.envelope_pair(event, |e| OrderCreated { order_id: e.order_id.clone() });
}
