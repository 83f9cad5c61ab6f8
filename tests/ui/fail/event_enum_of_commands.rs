use factum::Event;

// A variant with no verb is what its enum's kind word says: settings in an enum named
// `…Command` are commands, whatever the derive.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub enum ViewportCommand {
    Visible { on: bool },
    Minimized { on: bool },
}

fn main() {}
