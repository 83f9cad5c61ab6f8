use factum::Command;

// A fact in an enum named for events, derived as a command: no variant name would pass there
// (`Place` reads `PlaceEvent`), so the error names the derive to use.
#[derive(Command, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub enum OrderEvent {
    Placed { id: String },
}

fn main() {}
