use factum::Event;

#[derive(Event, schemars::JsonSchema)]
pub struct OrderPlaced {
    #[event(key)]
    pub order_id: String,
}

fn main() {}
