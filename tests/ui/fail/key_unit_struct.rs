use factum::Event;

#[derive(Event, schemars::JsonSchema)]
#[event(key = id)]
pub struct CacheCleared;

fn main() {}
