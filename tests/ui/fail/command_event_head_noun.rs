use factum::Command;

// `Event` heading the name before a preposition says what it is, as a suffix would: the
// `Command` derive rejects it.
#[derive(Command, schemars::JsonSchema)]
pub struct EventWithArray {
    pub values: Vec<u32>,
}

fn main() {}
