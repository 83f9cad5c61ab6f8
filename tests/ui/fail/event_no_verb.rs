use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct Customer {
    pub customer_id: String,
}

fn main() {}
