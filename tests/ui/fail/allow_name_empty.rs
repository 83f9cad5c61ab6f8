use factum::Event;

#[derive(Event, schemars::JsonSchema)]
#[event(allow_name = "  ")]
pub struct LegacyOrderFeed {
    pub order_id: String,
}

fn main() {}
