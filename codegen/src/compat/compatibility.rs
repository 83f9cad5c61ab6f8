//! How a contract's changes are judged: factum's serde-aware rule, or one of Confluent
//! Schema Registry's modes.

use std::fmt;
use std::str::FromStr;

use super::serde::{Readers, check_serde};
use super::{Mode, ModeFinding, Schema, UnknownMode, check_mode};

/// The rule a contract's changes are checked by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Compatibility {
    /// factum's default ([`check_serde`](super::check_serde)): writers write exactly their
    /// declared fields, readers ignore unknown ones; events are checked both ways,
    /// commands and queries for their handler reading older senders' data.
    #[default]
    Serde,
    /// One of Confluent Schema Registry's modes, with its documented meaning (open content
    /// models as JSON Schema defines them).
    Confluent(Mode),
}

impl Compatibility {
    /// `SERDE`, or the mode's name (`BACKWARD`, ...).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Compatibility::Serde => "SERDE",
            Compatibility::Confluent(mode) => mode.name(),
        }
    }

    /// Checks `new` against the earlier schemas `olds` (oldest first): under
    /// [`Compatibility::Serde`] against the last one, with `readers`; under a mode as
    /// [`check_mode`] does.
    #[must_use]
    pub fn check(self, readers: Readers, olds: &[Schema], new: &Schema) -> Vec<ModeFinding> {
        match self {
            Compatibility::Serde => match olds.split_last() {
                None => Vec::new(),
                Some((last, _)) => {
                    let index = olds.len() - 1;
                    let mut findings = check_serde(readers, last, new);
                    for f in &mut findings {
                        f.old_index = index;
                    }
                    findings
                }
            },
            Compatibility::Confluent(mode) => check_mode(mode, olds, new),
        }
    }
}

impl fmt::Display for Compatibility {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl From<Mode> for Compatibility {
    fn from(mode: Mode) -> Self {
        Compatibility::Confluent(mode)
    }
}

impl FromStr for Compatibility {
    type Err = UnknownMode;

    /// `SERDE` or a mode name, case-insensitive.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.trim().eq_ignore_ascii_case("serde") {
            return Ok(Compatibility::Serde);
        }
        s.parse().map(Compatibility::Confluent)
    }
}
