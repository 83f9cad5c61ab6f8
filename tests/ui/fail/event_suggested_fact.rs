use factum::Event;

// A subject, a verb and `Command` name a command (`UserRegisterCommand`): the `Event` derive
// rejects it and suggests the fact, the verb in the past tense after its subject.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct UserRegisterCommand {
    pub user_id: String,
}

// `Bulk` of `BulkUpdateAssets` is as much a noun, and `Update` mostly a verb: the fact is
// `AssetsBulkUpdated`, not `UpdateAssetsBulked`.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct BulkUpdateAssets {
    pub asset_ids: Vec<String>,
}

// A question derived as an `Event`: the fact is named with its verb's participle.
#[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct CheckForUpdates {
    pub channel: String,
}

fn main() {}
