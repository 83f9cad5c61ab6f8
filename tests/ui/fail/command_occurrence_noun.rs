use factum::Command;

// No verb, but a noun that names an occurrence: an event, not a request.
#[derive(Command, schemars::JsonSchema)]
pub struct Heartbeat {
    pub sequence: u64,
}

fn main() {}
