use factum::Event;

#[derive(Event, schemars::JsonSchema)]
pub enum OrderEvent {}

fn main() {}
