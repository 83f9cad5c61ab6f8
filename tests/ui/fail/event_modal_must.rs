use factum::Event;

#[derive(Event, schemars::JsonSchema)]
pub struct OrderMustBeCancelled {
    pub order_id: String,
}

fn main() {}
