use factum::Event;

#[derive(Event, schemars::JsonSchema)]
pub struct UserShouldBeDeleted {
    pub user_id: String,
}

fn main() {}
