use factum::Event;

#[derive(Event, schemars::JsonSchema)]
pub struct GetOrderById {
    pub order_id: String,
}

fn main() {}
