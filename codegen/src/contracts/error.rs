//! Why contract files could not be checked or written, each error saying what to do.

use std::fmt;
use std::path::PathBuf;

use factum::registry::RegistryError;

use super::compare::{Breaking, Difference};

/// Why the contract files could not be checked or written.
///
/// `Debug` prints the same text as `Display`, so that a build script's
/// `fn main() -> Result<(), ContractsError>` shows the explanation.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ContractsError {
    /// The registry refused its messages.
    Registry(RegistryError),
    /// A wire name cannot be a file name inside the folder.
    InvalidName {
        /// The name.
        name: String,
        /// Why.
        reason: String,
    },
    /// Reading or writing a file failed.
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What failed.
        reason: String,
    },
    /// A committed schema file is not a JSON Schema.
    InvalidSchema {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The code breaks readers of the committed contracts.
    Breaking {
        /// The committed folder.
        dir: PathBuf,
        /// Every breaking change, by contract.
        changes: Vec<Breaking>,
    },
    /// `FACTUM_CONTRACTS=verify`: the committed folder is not what the code generates.
    Outdated {
        /// The committed folder.
        dir: PathBuf,
        /// The differences, all compatible.
        differences: Vec<Difference>,
        /// The command that updates the folder.
        update: String,
    },
    /// The build script links no message type.
    NoMessages {
        /// The package whose build script ran.
        package: String,
    },
    /// Two inboxes declare the same consumer group (or, without one, share a name): a
    /// group is one durable position over one inbox's events.
    SharedGroup {
        /// The group (or inbox name).
        group: String,
        /// The inboxes that claim it.
        inboxes: Vec<String>,
    },
    /// `FACTUM_CONTRACTS` has a value other than `overwrite` or `verify`.
    InvalidSetting {
        /// The value.
        value: String,
    },
    /// [`build`](super::build) runs outside a build script (no `OUT_DIR`).
    NotInBuildScript,
}

impl fmt::Display for ContractsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Registry(e) => write!(f, "message registry: {e}"),
            Self::InvalidName { name, reason } => write!(
                f,
                "message name `{name}` cannot name a contract file: {reason}"
            ),
            Self::Io { path, reason } => write!(f, "{}: {reason}", path.display()),
            Self::InvalidSchema { path, reason } => {
                write!(f, "{}: not a valid JSON Schema: {reason}", path.display())
            }
            Self::Breaking { dir, changes } => {
                write!(
                    f,
                    "{} breaking change(s) to the contracts in {}:",
                    changes.len(),
                    dir.display()
                )?;
                for change in changes {
                    write!(f, "\n{change}")?;
                }
                Ok(())
            }
            Self::Outdated {
                dir,
                differences,
                update,
            } => {
                write!(
                    f,
                    "{} is not what the code generates (FACTUM_CONTRACTS=verify): ",
                    dir.display()
                )?;
                let listed: Vec<String> = differences.iter().map(ToString::to_string).collect();
                write!(
                    f,
                    "{}. The changes are compatible; update the folder with `{update}` and commit it",
                    listed.join(", ")
                )
            }
            Self::NoMessages { package } => write!(
                f,
                "the build script of `{package}` links no factum message type: list the crate that \
                 defines them under [build-dependencies] and name it in build.rs (`use my_contracts as _;`). \
                 If it is listed, it uses another version of factum than factum-codegen does: align them \
                 (`cargo tree -i factum`)"
            ),
            Self::SharedGroup { group, inboxes } => write!(
                f,
                "consumer group `{group}` is declared by the inboxes `{}`: a group reads one \
                 inbox's events from one position; give each inbox its own \
                 `#[inbox(group = \"...\")]`",
                inboxes.join("`, `")
            ),
            Self::InvalidSetting { value } => write!(
                f,
                "FACTUM_CONTRACTS={value:?} is not a setting: use `overwrite` (update the committed \
                 contracts) or `verify` (any difference is an error), or leave it unset"
            ),
            Self::NotInBuildScript => write!(
                f,
                "factum_codegen::contracts::build runs in a build script (OUT_DIR is not set); \
                 elsewhere use `Contracts::write`"
            ),
        }
    }
}

impl fmt::Debug for ContractsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for ContractsError {}

impl From<RegistryError> for ContractsError {
    fn from(e: RegistryError) -> Self {
        Self::Registry(e)
    }
}
