use factum::Command;

// `fund` is a verb, but WordNet's tagged corpus (SemCor) uses it only as a noun: the name
// opens with no imperative until factum-vocabulary.txt declares `verb fund`.
#[derive(Command, schemars::JsonSchema)]
pub struct FundWallet {
    pub amount: u64,
}

fn main() {}
