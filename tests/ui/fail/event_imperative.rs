use factum::Event;

#[derive(Event, schemars::JsonSchema)]
pub struct SendWelcomeEmail {
    pub user_id: String,
}

fn main() {}
