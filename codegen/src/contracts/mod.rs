//! The contract files: a `contracts/` folder generated from the message registry,
//! committed beside the code, and checked on every build.
//!
//! ```text
//! contracts/
//! ├─ <name>/v<N>.schema.json   JSON Schema 2020-12 of each message version's data
//! ├─ envelope.schema.json      the CloudEvents 1.0 envelope as factum writes it
//! ├─ manifest.json             every message: kind, name, version, key, channel, schema, rule;
//! │                            every consumer: inbox, group, the events it receives
//! └─ asyncapi.json             AsyncAPI 3.0: one channel per event stream, a `send`
//!                              operation per channel, a `receive` operation per consumer
//!                              of each channel
//! ```
//!
//! A contract's identity is its wire name and version, never the Rust path (the schema's
//! `title` is the wire name). Output is deterministic (object keys sorted, two-space
//! indentation, a final newline), and nothing is written outside the chosen folder: a
//! wire name must be one plain directory name (`[A-Za-z][A-Za-z0-9_.-]*` without `..`),
//! and symbolic links inside the folder are refused. The folder is replaced as a whole
//! (a temporary folder renamed into place), so a crash never leaves a mix of old and new
//! files.
//!
//! ## The build script
//!
//! ```no_run
//! // build.rs of a package with the crate that defines the messages under [build-dependencies]
//! use my_contracts as _; // links its messages into the build script
//!
//! fn main() -> Result<(), factum_codegen::contracts::ContractsError> {
//!     factum_codegen::contracts::build("contracts")?;
//!     Ok(())
//! }
//! # mod my_contracts {}
//! ```
//!
//! [`build`] generates the files under `OUT_DIR` and compares them with the committed
//! folder (relative to the package's manifest). A change that breaks readers fails the
//! build, naming the field, whom it breaks and the two ways forward; a compatible
//! difference prints a `cargo:warning` with the command that updates the folder,
//! `FACTUM_CONTRACTS=overwrite cargo build`; `FACTUM_CONTRACTS=verify` (for CI) makes any
//! difference an error.
//!
//! ## What breaks
//!
//! By default ([`Compatibility::Serde`](crate::compat::Compatibility)) a writer writes
//! exactly the fields its type declares and a reader ignores fields it does not know. An
//! event is checked both ways (consumers not yet upgraded read new events; upgraded
//! consumers read old, stored or replayed ones), a command or query for its handler
//! reading what older senders send. So a new `Option` or `#[serde(default)]` field, a
//! removed optional field or a doc edit keeps the version; a required field added or
//! removed, a rename, a retype or a new enum variant is breaking, and ships as a new
//! version that upcasts from the old one (`upcast_from`): every event version after the
//! oldest must upcast from the one before. Confluent Schema Registry's modes are available
//! per contract ([`Contracts::with_compatibility_for`]).

// "AsyncAPI", "CloudEvents" are names in prose here, not code.
#![allow(clippy::doc_markdown)]

mod asyncapi;
mod build_script;
mod compare;
mod envelope;
mod error;
mod explain;
mod fs;
mod render;
mod set;

use std::path::PathBuf;

use factum::MessageKind;
use serde_json::Value;

pub use build_script::{build, build_with};
pub use compare::{Breaking, Change, Difference, Problem};
pub use error::ContractsError;
pub use set::Contracts;

/// One message version, as the contract files describe it.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageContract {
    /// The wire name.
    pub name: String,
    /// Event, command or query.
    pub kind: MessageKind,
    /// The contract version, from 1.
    pub version: u32,
    /// The partition key field, if any.
    pub key: Option<String>,
    /// The Rust type's path.
    pub rust_type: String,
    /// For an enum of messages, its variants.
    pub variants: Vec<String>,
    /// Whether this version reads the one before through an upcaster (`upcast_from`).
    pub upcasts: bool,
    /// The JSON Schema (2020-12) of its data.
    pub schema: Value,
}

impl MessageContract {
    /// The schema file, relative to the contracts folder: `<name>/v<N>.schema.json`.
    #[must_use]
    pub fn schema_path(&self) -> String {
        format!("{}/v{}.schema.json", self.name, self.version)
    }

    /// The channel it travels on: the wire name, for events; none for commands and queries.
    #[must_use]
    pub fn channel(&self) -> Option<&str> {
        (self.kind == MessageKind::Event).then_some(self.name.as_str())
    }
}

/// One consumer (`#[derive(Inbox)]`), as the contract files describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsumerContract {
    /// The inbox's name (the enum's name).
    pub inbox: String,
    /// The consumer group, from `#[inbox(group = "...")]`.
    pub group: Option<String>,
    /// The wire name of each event received, with the newest version read.
    pub receives: Vec<(String, u32)>,
}

impl ConsumerContract {
    /// What the documents call it: the group, else the inbox.
    #[must_use]
    pub fn id(&self) -> &str {
        self.group.as_deref().unwrap_or(&self.inbox)
    }
}

/// What [`Contracts::write`] or [`build`] found and did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Every generated file, relative to the folder.
    pub files: Vec<PathBuf>,
    /// The compatible differences from the folder as it was.
    pub differences: Vec<Difference>,
    /// Whether the folder was replaced.
    pub updated: bool,
    /// Where [`build`] generated the files (`OUT_DIR/contracts`).
    pub generated: Option<PathBuf>,
}

impl Report {
    fn of(files: &[(PathBuf, String)], differences: &[Difference]) -> Self {
        Report {
            files: files.iter().map(|(p, _)| p.clone()).collect(),
            differences: differences.to_vec(),
            updated: false,
            generated: None,
        }
    }
}
