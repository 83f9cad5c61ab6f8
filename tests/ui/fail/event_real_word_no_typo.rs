use factum::Event;

// `Token` is one letter from `taken` but a real word: the error reads the name as the
// command it is and suggests the fact, not "did you mean `RevokeTaken`?".
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct RevokeToken {
    pub token_id: String,
}

fn main() {}
