//! The errors of publishing, sending, requesting and consuming.

use std::fmt;

use factum::envelope::{DecodeError, EncodeError};

/// What went wrong on the way: the message, the store, or the transport.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The message could not be encoded (its `Serialize` failed).
    Encode(EncodeError),
    /// A reply or message could not be decoded.
    Decode(DecodeError),
    /// The embedded store (`SQLite`) failed: what it was doing, and why.
    Storage {
        /// What the store was doing (`append`, `ack`, `open`, ...).
        operation: &'static str,
        /// The `SQLite` error.
        message: String,
    },
    /// The `PostgreSQL` processed-id store failed (feature `postgres`).
    Postgres {
        /// What the store was doing (`connect`, `record a processed id`, ...).
        operation: &'static str,
        /// The driver's error.
        message: String,
    },
    /// The NATS server refused or failed an operation.
    Nats {
        /// What was asked (`publish`, `create consumer`, ...).
        operation: &'static str,
        /// The client's error.
        message: String,
    },
    /// A consumer group is already running in this process (the embedded transport
    /// delivers a group's messages to one consumer at a time).
    GroupInUse {
        /// The group's name.
        group: String,
    },
    /// Nobody answers this query.
    NoResponder {
        /// The query's subject.
        subject: String,
    },
    /// The query was not answered in time.
    Timeout {
        /// The query's subject.
        subject: String,
    },
    /// The query's handler failed; its message.
    Rejected {
        /// The query's subject.
        subject: String,
        /// What the handler said.
        reason: String,
    },
    /// The answer did not decode as the expected response type.
    Response {
        /// The query's subject.
        subject: String,
        /// What serde said.
        message: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Encode(err) => write!(f, "cannot encode the message: {err}"),
            Error::Decode(err) => write!(f, "cannot decode the message: {err}"),
            Error::Storage { operation, message } => {
                write!(f, "embedded store failed to {operation}: {message}")
            }
            Error::Postgres { operation, message } => {
                write!(f, "PostgreSQL store failed to {operation}: {message}")
            }
            Error::Nats { operation, message } => {
                write!(f, "NATS failed to {operation}: {message}")
            }
            Error::GroupInUse { group } => write!(
                f,
                "consumer group `{group}` is already running in this process: stop it before starting it again"
            ),
            Error::NoResponder { subject } => {
                write!(
                    f,
                    "no handler answers `{subject}`: register one with `answer`"
                )
            }
            Error::Timeout { subject } => write!(f, "no answer to `{subject}` in time"),
            Error::Rejected { subject, reason } => {
                write!(f, "the handler of `{subject}` failed: {reason}")
            }
            Error::Response { subject, message } => {
                write!(
                    f,
                    "the answer to `{subject}` is not the expected type: {message}"
                )
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Encode(err) => Some(err),
            Error::Decode(err) => Some(err),
            _ => None,
        }
    }
}

impl From<EncodeError> for Error {
    fn from(err: EncodeError) -> Self {
        Error::Encode(err)
    }
}

impl From<DecodeError> for Error {
    fn from(err: DecodeError) -> Self {
        Error::Decode(err)
    }
}

impl Error {
    /// A `SQLite` error while doing `operation`.
    pub(crate) fn storage(operation: &'static str, err: impl fmt::Display) -> Self {
        Error::Storage {
            operation,
            message: err.to_string(),
        }
    }
}
