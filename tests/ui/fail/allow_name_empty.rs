use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(allow_name = "  ")]
pub struct LegacyOrderFeed {
    pub order_id: String,
}

fn main() {}
