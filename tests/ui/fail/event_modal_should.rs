use factum::Event;

#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct UserShouldBeDeleted {
    pub user_id: String,
}

fn main() {}
