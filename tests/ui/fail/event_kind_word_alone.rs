use factum::Event;

// A message named only by its kind word is that kind: `Command1` is a placeholder command,
// which the `Event` derive rejects.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct Command1 {
    pub id: u32,
}

fn main() {}
