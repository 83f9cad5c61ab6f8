use factum::Event;

#[derive(Event, schemars::JsonSchema)]
pub struct PleaseShipOrder {
    pub order_id: String,
}

fn main() {}
