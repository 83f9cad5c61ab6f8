//! JSON Schema compatibility checks: factum's serde-aware rule, and the seven modes of
//! Confluent Schema Registry.
//!
//! The core is [`check`]: can a reader whose schema is `reader` read everything a writer
//! whose schema is `writer` writes? It proves, keyword by keyword, that every instance valid
//! under the writer's schema is valid under the reader's, and returns a [`Finding`] for each
//! part it cannot prove. No finding is a proof; a finding may be a false alarm (where it
//! cannot prove, it says so). What the proof rests on:
//!
//! - the keywords of draft 2020-12 (and draft 7's `items` array, `additionalItems`,
//!   `dependencies`); any other keyword the reader has must be the writer's, unchanged;
//!   annotations (`title`, `description`, `default`, `examples`, `x-...`, ...) are ignored,
//!   `format` is an assertion;
//! - `pattern` and `patternProperties` as ECMA-262 regular expressions with the `u` flag
//!   (the `regress` crate); two different patterns are not compared for inclusion;
//! - numbers compared exactly: integers within `i64`/`u64` as integers, decimals through
//!   their shortest decimal form, and no equality claimed for an integer `serde_json` had to
//!   round (beyond `u64`);
//! - `unevaluatedProperties`/`unevaluatedItems` as the schema for what the object's own
//!   keywords and its merged `allOf`/`$ref` parts leave; where other keywords evaluate too
//!   (`contains`, `dependentSchemas`, `if`), a writer's `unevaluated*` bounds nothing;
//! - `$ref`s inside each document; recursive schemas compared coinductively.
//!
//! [`check_serde`] is factum's default rule, which contracts use: serde writes exactly a
//! struct's fields, so a writer's struct objects are closed ([`as_written`]), and a reader
//! is read as it is (open unless `deny_unknown_fields`). Events are checked both ways
//! ([`Readers::Both`]), commands and queries for their handler ([`Readers::Handler`]).
//!
//! The [`Mode`]s are built on [`check`] too: BACKWARD checks `check(old, new)` (a consumer
//! using the new schema reads data written with the old one), FORWARD checks
//! `check(new, old)`, FULL both; the transitive modes check against every earlier version
//! instead of the latest one. Content models matter as Confluent documents: an *open*
//! object (`additionalProperties` absent or `true`) may carry any undeclared property with
//! any value, so a reader that declares a new property cannot read all old data; a
//! *closed* one (`additionalProperties: false`) carries none; a *partially open* one
//! (`additionalProperties`, `unevaluatedProperties` or `patternProperties` as a schema)
//! carries what that schema allows.
//!
//! ## Where factum departs from Confluent's rules
//!
//! The modes keep Confluent's meaning (which reader must read which writer's data). The
//! verdict comes from the proof above rather than from a list of keyword changes, so:
//!
//! - a change Confluent's rules call compatible is compatible here only when it is proved
//!   (a change that only looks like a widening, or that the checker cannot decide, such as
//!   two different patterns, is reported);
//! - **a required property added with a `default`** is incompatible here, where
//!   Confluent's rules call it backward compatible: a JSON Schema `default` is an
//!   annotation, old data without the property is still invalid under the new schema,
//!   and a consumer validating it refuses it. With serde, write such a field as
//!   `#[serde(default)]`, which schemars leaves out of `required`;
//! - changes that make the reader accept more are proved rather than refused: a `not`
//!   narrowed, a `dependentSchemas`/`dependencies` entry removed, `minContains` lowered
//!   or `maxContains` raised, an item the old `unevaluatedItems` covered given a wider
//!   schema of its own.
//!
//! ```
//! use factum_codegen::compat::{Mode, Schema, check_mode};
//! use serde_json::json;
//!
//! let v1 = Schema::new(json!({"type": "object", "additionalProperties": false,
//!     "properties": {"id": {"type": "string"}}, "required": ["id"]})).unwrap();
//! let v2 = Schema::new(json!({"type": "object", "additionalProperties": false,
//!     "properties": {"id": {"type": "string"}, "note": {"type": "string"}}, "required": ["id"]})).unwrap();
//! assert!(check_mode(Mode::Backward, &[v1.clone()], &v2).is_empty());
//! let forward = check_mode(Mode::Forward, &[v1], &v2);
//! assert_eq!(forward[0].finding.rule.code(), "property-removed-from-closed-model");
//! ```

mod check;
mod compatibility;
mod rules;
mod schema;
mod serde;

use std::fmt;
use std::str::FromStr;

pub use compatibility::Compatibility;
pub use rules::Rule;
pub use schema::{Schema, SchemaError};
pub use serde::{Readers, as_read, as_written, check_serde};

/// One reason a reader cannot be shown to read everything a writer writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule broken.
    pub rule: Rule,
    /// JSON pointer into the writer's schema (after following `$ref`s).
    pub writer_pointer: String,
    /// JSON pointer into the reader's schema where the reader refuses (after following `$ref`s).
    pub reader_pointer: String,
    /// One line of explanation.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} #{} {}", self.rule, self.reader_pointer, self.message)
    }
}

/// Can a reader with schema `reader` read everything a writer with schema `writer` writes?
/// Empty if so; otherwise every part that cannot be proven.
#[must_use]
pub fn check(writer: &Schema, reader: &Schema) -> Vec<Finding> {
    check::Checker::new(writer, reader).run()
}

/// A compatibility mode of Confluent Schema Registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// A consumer using the new schema reads data written with the latest old one.
    Backward,
    /// [`Mode::Backward`] against every old version.
    BackwardTransitive,
    /// Data written with the new schema is read by consumers using the latest old one.
    Forward,
    /// [`Mode::Forward`] against every old version.
    ForwardTransitive,
    /// Backward and forward against the latest old version.
    Full,
    /// Backward and forward against every old version.
    FullTransitive,
    /// No check.
    None,
}

impl Mode {
    /// Every mode.
    pub const ALL: [Mode; 7] = [
        Mode::Backward,
        Mode::BackwardTransitive,
        Mode::Forward,
        Mode::ForwardTransitive,
        Mode::Full,
        Mode::FullTransitive,
        Mode::None,
    ];

    /// The Schema Registry name, e.g. `BACKWARD_TRANSITIVE`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Mode::Backward => "BACKWARD",
            Mode::BackwardTransitive => "BACKWARD_TRANSITIVE",
            Mode::Forward => "FORWARD",
            Mode::ForwardTransitive => "FORWARD_TRANSITIVE",
            Mode::Full => "FULL",
            Mode::FullTransitive => "FULL_TRANSITIVE",
            Mode::None => "NONE",
        }
    }

    /// Whether the mode checks against every old version.
    #[must_use]
    pub fn is_transitive(self) -> bool {
        matches!(
            self,
            Mode::BackwardTransitive | Mode::ForwardTransitive | Mode::FullTransitive
        )
    }

    /// The directions checked.
    #[must_use]
    pub fn directions(self) -> &'static [Direction] {
        match self {
            Mode::Backward | Mode::BackwardTransitive => &[Direction::Backward],
            Mode::Forward | Mode::ForwardTransitive => &[Direction::Forward],
            Mode::Full | Mode::FullTransitive => &[Direction::Backward, Direction::Forward],
            Mode::None => &[],
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An unknown mode name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownMode(pub String);

impl fmt::Display for UnknownMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = Mode::ALL.iter().map(|m| m.name()).collect();
        write!(
            f,
            "unknown compatibility mode {:?} (expected one of {})",
            self.0,
            names.join(", ")
        )
    }
}

impl std::error::Error for UnknownMode {}

impl FromStr for Mode {
    type Err = UnknownMode;

    /// Case-insensitive; `-` is accepted for `_` (`backward-transitive`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_uppercase().replace('-', "_");
        Mode::ALL
            .into_iter()
            .find(|m| m.name() == wanted)
            .ok_or_else(|| UnknownMode(s.to_owned()))
    }
}

/// Which way data flows in one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The old schema writes, the new one reads.
    Backward,
    /// The new schema writes, the old one reads.
    Forward,
}

impl Direction {
    /// `BACKWARD` or `FORWARD`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Direction::Backward => "BACKWARD",
            Direction::Forward => "FORWARD",
        }
    }
}

/// A finding of [`check_mode`]: against which old version, in which direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModeFinding {
    /// Index of the old version in the slice given to [`check_mode`].
    pub old_index: usize,
    /// The direction that failed.
    pub direction: Direction,
    /// The finding.
    pub finding: Finding,
}

impl ModeFinding {
    /// The finding's JSON pointer into the new schema (the reader when backward, the writer
    /// when forward).
    #[must_use]
    pub fn new_pointer(&self) -> &str {
        match self.direction {
            Direction::Backward => &self.finding.reader_pointer,
            Direction::Forward => &self.finding.writer_pointer,
        }
    }
}

/// Checks `new` against the old versions (oldest first) under `mode`. Non-transitive modes
/// use only the last of `olds`. Empty if compatible (and always for [`Mode::None`]).
#[must_use]
pub fn check_mode(mode: Mode, olds: &[Schema], new: &Schema) -> Vec<ModeFinding> {
    let first = if mode.is_transitive() {
        0
    } else {
        olds.len().saturating_sub(1)
    };
    let mut out = vec![];
    for (old_index, old) in olds.iter().enumerate().skip(first) {
        for &direction in mode.directions() {
            let findings = match direction {
                Direction::Backward => check(old, new),
                Direction::Forward => check(new, old),
            };
            out.extend(findings.into_iter().map(|finding| ModeFinding {
                old_index,
                direction,
                finding,
            }));
        }
    }
    out
}
