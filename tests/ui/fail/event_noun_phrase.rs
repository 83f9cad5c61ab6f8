use factum::Event;

#[derive(Event, schemars::JsonSchema)]
pub struct OrderInfo {
    pub order_id: String,
}

fn main() {}
