use factum::Event;

// Nouns, then `Create`: the operation named object first, as CRUD code names its commands.
#[derive(Event, schemars::JsonSchema)]
pub struct PostCreate {
    pub title: String,
}

fn main() {}
