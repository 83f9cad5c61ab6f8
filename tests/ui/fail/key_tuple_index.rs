use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(key = 2)]
pub struct OrderPlaced(pub String, pub f64);

fn main() {}
