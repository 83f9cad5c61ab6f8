use factum::Command;

#[derive(Command, schemars::JsonSchema)]
pub struct UserShouldBeDeleted {
    pub user_id: String,
}

fn main() {}
