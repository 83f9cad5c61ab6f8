use factum::Event;

// The enum's kind word is evidence: a variant with no verb is what it says (`Visible`), and
// the derive of another kind reads each variant with the word as suffix (`MinimizedCommand`).
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub enum ViewportCommand {
    Visible { on: bool },
    Minimized { on: bool },
}

fn main() {}
