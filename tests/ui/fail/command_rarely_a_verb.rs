use factum::Command;

// `air` is a verb (to air a trailer), but WordNet's tagged corpus (SemCor) hardly ever uses it
// as one: the name opens with no imperative until factum-vocabulary.txt declares `verb air`.
#[derive(Command, schemars::JsonSchema)]
pub struct AirTrailer {
    pub trailer_id: u64,
}

fn main() {}
