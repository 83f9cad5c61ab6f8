use factum::Command;

// An `-ing` form and its object name an action in progress, an event: the `Command` derive
// rejects it and suggests the imperative.
#[derive(Command, schemars::JsonSchema)]
pub struct UploadingAvatar {
    pub user_id: String,
}

fn main() {}
