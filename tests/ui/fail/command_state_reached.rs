use factum::Command;

// A subject and an `-ing` form name a state reached, an event: the `Command` derive rejects it
// and suggests the imperative of the same verb, its subject as object.
#[derive(Command, schemars::JsonSchema)]
pub struct WorkerResuming {
    pub worker_id: String,
}

fn main() {}
