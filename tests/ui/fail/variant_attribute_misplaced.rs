use factum::Event;

#[derive(Event, schemars::JsonSchema)]
pub enum OrderEvent {
    #[event(version = 2)]
    OrderPlaced { order_id: String },
}

fn main() {}
