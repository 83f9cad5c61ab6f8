//! The code's contracts against the committed folder: which differences break readers
//! (an error) and which are compatible (a warning, or an update).
//!
//! A published (committed) version is judged by what its readers can read, not by its
//! text: a change that every reader still takes (a new optional field, a doc comment) is a
//! compatible difference and keeps the version; one that some reader cannot take is a
//! [`Breaking`] change. Under factum's default ([`Compatibility::Serde`]) an event's
//! versions after its oldest must each upcast from the one before (`upcast_from`), and a
//! committed version must still have a type that reads it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use factum::MessageKind;
use serde_json::Value;

use super::fs::Folder;
use super::{Contracts, ContractsError, MessageContract};
use crate::compat::{Compatibility, Direction, Mode, ModeFinding, Readers, Rule, Schema};

/// A compatible difference between the committed folder and the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// A file the committed folder lacks.
    Added(PathBuf),
    /// A file whose content differs, compatibly.
    Changed(PathBuf),
    /// A committed file the code no longer generates.
    Removed(PathBuf),
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Difference::Added(p) => write!(f, "{} added", p.display()),
            Difference::Changed(p) => write!(f, "{} changed", p.display()),
            Difference::Removed(p) => write!(f, "{} removed", p.display()),
        }
    }
}

/// One contract the code breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breaking {
    /// The wire name.
    pub name: String,
    /// The version.
    pub version: u32,
    /// Event, command or query.
    pub kind: MessageKind,
    /// The schema file, relative to the folder.
    pub path: PathBuf,
    /// What breaks.
    pub problem: Problem,
}

/// What breaks a contract's readers.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Problem {
    /// The published version's schema changed in a way some reader cannot take.
    Changed {
        /// The rule it was checked by.
        compatibility: Compatibility,
        /// Every change found.
        changes: Vec<Change>,
    },
    /// A version after the oldest does not upcast from the one before it.
    NoUpcaster {
        /// The oldest version, committed or in the code.
        oldest: u32,
        /// The versions (after the oldest, up to this one) without `upcast_from`.
        missing: Vec<u32>,
    },
    /// A committed version no type in the code reads any more.
    Dropped {
        /// The newest version in the code.
        newest: u32,
    },
    /// A new version breaks a Confluent mode against the earlier versions.
    Incompatible {
        /// The mode.
        mode: Mode,
        /// Every change found.
        changes: Vec<Change>,
    },
}

/// One reason a reader cannot read a writer's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The field, as a path from the type that declares it (`lines[].sku`, `OrderLine.sku`);
    /// empty for the message as a whole.
    pub field: String,
    /// Which readers break: [`Direction::Backward`] new readers of old data,
    /// [`Direction::Forward`] old readers of new data.
    pub direction: Direction,
    /// The earlier version compared with (for a new version under a mode).
    pub against: u32,
    /// The rule broken.
    pub rule: Rule,
    /// What the reader cannot take.
    pub message: String,
}

/// The outcome of [`compare`].
#[derive(Debug, Default)]
pub(super) struct Comparison {
    pub breaking: Vec<Breaking>,
    pub differences: Vec<Difference>,
}

/// The readers of a message of `kind`.
fn readers(kind: MessageKind) -> Readers {
    match kind {
        MessageKind::Event => Readers::Both,
        _ => Readers::Handler,
    }
}

/// The field a JSON pointer into a schema is about: the names after each `properties`,
/// `[]` for array items, restarting at a `$defs` entry (named by its type).
pub(super) fn field_of(pointer: &str) -> String {
    let segments: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    let mut path = String::new();
    let mut i = 0;
    while i < segments.len() {
        let next = segments.get(i + 1);
        match (segments[i].as_str(), next) {
            ("$defs" | "definitions", Some(next)) => {
                path.clone_from(next);
                i += 2;
            }
            ("properties", Some(next)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(next);
                i += 2;
            }
            ("prefixItems", Some(next)) => {
                path.push('[');
                path.push_str(next);
                path.push(']');
                i += 2;
            }
            ("items", _) => {
                path.push_str("[]");
                i += 1;
            }
            _ => i += 1,
        }
    }
    path
}

fn changes(findings: &[ModeFinding], labels: &[u32]) -> Vec<Change> {
    findings
        .iter()
        .map(|f| Change {
            field: field_of(f.new_pointer()),
            direction: f.direction,
            against: labels.get(f.old_index).copied().unwrap_or_default(),
            rule: f.finding.rule,
            message: f.finding.message.clone(),
        })
        .collect()
}

fn schema_of(path: &Path, value: Value) -> Result<Schema, ContractsError> {
    Schema::new(value).map_err(|e| ContractsError::InvalidSchema {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })
}

/// The committed schema of `relative`, parsed.
fn committed_schema(
    committed: &Folder,
    dir: &Path,
    relative: &Path,
) -> Result<Option<Value>, ContractsError> {
    let Some(bytes) = committed.files.get(relative) else {
        return Ok(None);
    };
    serde_json::from_slice(bytes)
        .map(Some)
        .map_err(|e| ContractsError::InvalidSchema {
            path: dir.join(relative),
            reason: e.to_string(),
        })
}

/// Compares the generated files of `contracts` with the committed folder `dir`.
pub(super) fn compare(
    contracts: &Contracts,
    generated: &[(PathBuf, String)],
    committed: &Folder,
    dir: &Path,
) -> Result<Comparison, ContractsError> {
    let mut out = Comparison::default();
    // Text differences, file by file.
    let produced: BTreeSet<&PathBuf> = generated.iter().map(|(p, _)| p).collect();
    for (path, text) in generated {
        match committed.files.get(path) {
            None => out.differences.push(Difference::Added(path.clone())),
            Some(bytes) if bytes != text.as_bytes() => {
                out.differences.push(Difference::Changed(path.clone()));
            }
            Some(_) => {}
        }
    }
    for path in committed.factum_files() {
        if !produced.contains(&path) {
            out.differences.push(Difference::Removed(path));
        }
    }
    // What the differences mean to readers, contract by contract.
    let mut by_name: BTreeMap<&str, Vec<&MessageContract>> = BTreeMap::new();
    for m in contracts.messages() {
        by_name.entry(&m.name).or_default().push(m);
    }
    for (name, versions) in by_name {
        check_name(
            contracts,
            name,
            &versions,
            committed,
            dir,
            &mut out.breaking,
        )?;
    }
    Ok(out)
}

fn check_name(
    contracts: &Contracts,
    name: &str,
    versions: &[&MessageContract],
    committed: &Folder,
    dir: &Path,
    breaking: &mut Vec<Breaking>,
) -> Result<(), ContractsError> {
    let compatibility = contracts.compatibility_of(name);
    let published = committed.versions_of(name);
    let registered: BTreeMap<u32, &MessageContract> =
        versions.iter().map(|m| (m.version, *m)).collect();
    let newest = versions.iter().map(|m| m.version).max().unwrap_or(1);
    let kind = versions[0].kind;
    let oldest = published
        .iter()
        .copied()
        .chain(registered.keys().copied())
        .min()
        .unwrap_or(1);
    for &version in &published {
        if !registered.contains_key(&version) {
            breaking.push(Breaking {
                name: name.to_owned(),
                version,
                kind,
                path: PathBuf::from(format!("{name}/v{version}.schema.json")),
                problem: Problem::Dropped { newest },
            });
        }
    }
    for m in versions {
        let relative = PathBuf::from(m.schema_path());
        let new = || schema_of(&relative, m.schema.clone());
        if let Some(old) = committed_schema(committed, dir, &relative)? {
            if old == m.schema {
                continue;
            }
            let old = schema_of(&dir.join(&relative), old)?;
            let findings = compatibility.check(readers(m.kind), &[old], &new()?);
            if !findings.is_empty() {
                breaking.push(Breaking {
                    name: name.to_owned(),
                    version: m.version,
                    kind: m.kind,
                    path: relative,
                    problem: Problem::Changed {
                        compatibility,
                        changes: changes(&findings, &[m.version]),
                    },
                });
            }
            continue;
        }
        match compatibility {
            Compatibility::Serde | Compatibility::Confluent(Mode::None) => {}
            Compatibility::Confluent(mode) => {
                // A new version under a mode: checked against the earlier ones, the
                // committed file first, else the code's schema.
                let mut olds: BTreeMap<u32, Schema> = BTreeMap::new();
                for &v in published.iter().filter(|v| **v < m.version) {
                    let path = PathBuf::from(format!("{name}/v{v}.schema.json"));
                    if let Some(value) = committed_schema(committed, dir, &path)? {
                        olds.insert(v, schema_of(&dir.join(path), value)?);
                    }
                }
                for (&v, earlier) in registered.range(..m.version) {
                    if let std::collections::btree_map::Entry::Vacant(slot) = olds.entry(v) {
                        slot.insert(schema_of(
                            Path::new(&earlier.schema_path()),
                            earlier.schema.clone(),
                        )?);
                    }
                }
                let labels: Vec<u32> = olds.keys().copied().collect();
                let olds: Vec<Schema> = olds.into_values().collect();
                let findings = crate::compat::check_mode(mode, &olds, &new()?);
                if !findings.is_empty() {
                    breaking.push(Breaking {
                        name: name.to_owned(),
                        version: m.version,
                        kind: m.kind,
                        path: relative,
                        problem: Problem::Incompatible {
                            mode,
                            changes: changes(&findings, &labels),
                        },
                    });
                }
            }
        }
    }
    // Under the serde-aware rule, an event's newer versions read the older ones through
    // their upcasters: every version after the oldest upcasts from the one before.
    if compatibility == Compatibility::Serde && kind == MessageKind::Event && newest > oldest {
        let missing: Vec<u32> = (oldest + 1..=newest)
            .filter(|v| registered.get(v).is_none_or(|m| !m.upcasts))
            .collect();
        if !missing.is_empty() {
            breaking.push(Breaking {
                name: name.to_owned(),
                version: newest,
                kind,
                path: PathBuf::from(format!("{name}/v{newest}.schema.json")),
                problem: Problem::NoUpcaster { oldest, missing },
            });
        }
    }
    Ok(())
}
