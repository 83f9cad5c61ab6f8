use factum::{Command, Event};

// A verb of the domain factum does not know: one letter from a known verb's past, put for one not
// beside it on the keyboard (`Scrobbled`, not `Scrabbled`), or a first word it knows as nothing
// (`Transload`). The help names the correction or the word to declare.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct TrackScrobbled {
    pub track_id: String,
}

#[derive(Command, schemars::JsonSchema)]
pub struct TransloadCargo {
    pub container_id: String,
}

fn main() {}
