//! The error of an export: what is wrong and where (file, JSON pointer).

use std::fmt;
use std::path::PathBuf;

/// Why an export failed.
#[derive(Debug)]
pub enum ExportError {
    /// A file could not be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// The system's error.
        source: std::io::Error,
    },
    /// A contract file is not what a contracts folder holds.
    Invalid {
        /// The file.
        path: PathBuf,
        /// Where in it (a JSON pointer, `""` for the whole file).
        pointer: String,
        /// What is wrong.
        reason: String,
    },
    /// A type of the contracts that one language cannot represent faithfully.
    Unsupported {
        /// The language.
        lang: &'static str,
        /// The type, as the export names it.
        type_name: String,
        /// Why, and what to change in the contract.
        reason: String,
    },
}

impl ExportError {
    pub(crate) fn invalid(
        path: impl Into<PathBuf>,
        pointer: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        ExportError::Invalid {
            path: path.into(),
            pointer: pointer.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            ExportError::Invalid {
                path,
                pointer,
                reason,
            } => {
                if pointer.is_empty() {
                    write!(f, "{}: {reason}", path.display())
                } else {
                    write!(f, "{} at #{pointer}: {reason}", path.display())
                }
            }
            ExportError::Unsupported {
                lang,
                type_name,
                reason,
            } => write!(f, "{lang}: {type_name}: {reason}"),
        }
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ExportError::Io { source, .. } => Some(source),
            ExportError::Invalid { .. } | ExportError::Unsupported { .. } => None,
        }
    }
}
