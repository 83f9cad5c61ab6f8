use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(key = id)]
pub struct CacheCleared;

fn main() {}
