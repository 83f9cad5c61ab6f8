use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct SendWelcomeEmail {
    pub user_id: String,
}

fn main() {}
