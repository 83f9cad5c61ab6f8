//! The contract files: a `contracts/` folder written from the message registry.
//!
//! ```text
//! contracts/
//! ├─ <name>/v<N>.schema.json   JSON Schema 2020-12 of each message version's data
//! ├─ envelope.schema.json      the CloudEvents 1.0 envelope as factum writes it
//! ├─ manifest.json             every message: kind, name, version, key, Rust type, channel, schema
//! └─ asyncapi.json             AsyncAPI 3.0: one channel per event stream
//! ```
//!
//! Output is deterministic (object keys sorted, two-space indentation, a final newline),
//! every file is written atomically (a temporary file in the same directory, then a
//! rename) and only when its content changes, and nothing is written outside the chosen
//! folder: a wire name must be one plain directory name (`[A-Za-z][A-Za-z0-9_.-]*`
//! without `..`), and symbolic links inside the folder are refused.
//!
//! Published versions are immutable: when `<name>/v<N>.schema.json` exists and the code
//! now produces another schema for that (name, version), [`Contracts::write`] fails with
//! [`ContractsError::Changed`] and writes nothing. A version with no file yet is checked
//! against the earlier versions (committed files first, else the registry's) under the
//! configured [`Mode`] (default [`Mode::Backward`]) and refused with
//! [`ContractsError::Incompatible`] when it breaks it. Files of versions that are no longer
//! in the code are kept.
//!
//! From a build script, with the contracts crate under `[build-dependencies]`:
//!
//! ```no_run
//! // build.rs
//! // use my_contracts as _; // in build.rs: link the crate whose messages you want
//! if let Err(err) = factum_codegen::contracts::write_contracts("contracts") {
//!     eprintln!("error: {err}");
//!     std::process::exit(1);
//! }
//! ```
//!
//! `examples/checkout-service/build.rs` configures [`Contracts`] and calls [`write_with`].

// "AsyncAPI", "CloudEvents" are names in prose here, not code.
#![allow(clippy::doc_markdown)]

mod asyncapi;
mod envelope;
mod fs;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use factum::MessageKind;
use factum::registry::{Registry, RegistryError};
use serde_json::{Map, Value, json};

use crate::compat::{self, Mode, Schema};

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

/// The contract files of a set of messages, ready to write.
#[derive(Debug, Clone)]
pub struct Contracts {
    messages: Vec<MessageContract>,
    mode: Mode,
    title: String,
    version: String,
    type_prefix: Option<String>,
    upcasters: Vec<(String, u32)>,
}

/// What [`Contracts::write`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Files written (new or changed), relative to the folder.
    pub written: Vec<PathBuf>,
    /// Files already up to date, relative to the folder.
    pub unchanged: Vec<PathBuf>,
}

/// Why the contract files could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// A published (committed) version's schema differs from what the code produces.
    Changed {
        /// The wire name.
        name: String,
        /// The version.
        version: u32,
        /// The committed file.
        path: PathBuf,
        /// What changed, one line each.
        changes: Vec<String>,
    },
    /// A new version breaks the compatibility mode against earlier versions.
    Incompatible {
        /// The wire name.
        name: String,
        /// The new version.
        version: u32,
        /// The mode.
        mode: Mode,
        /// The findings, one line each.
        findings: Vec<String>,
    },
}

impl fmt::Display for ContractsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Registry(e) => write!(f, "message registry: {e}"),
            Self::InvalidName { name, reason } => {
                write!(
                    f,
                    "message name `{name}` cannot name a contract file: {reason}"
                )
            }
            Self::Io { path, reason } => write!(f, "{}: {reason}", path.display()),
            Self::InvalidSchema { path, reason } => {
                write!(f, "{}: not a valid JSON Schema: {reason}", path.display())
            }
            Self::Changed {
                name,
                version,
                path,
                changes,
            } => {
                write!(
                    f,
                    "the published contract of `{name}` version {version} changed ({}): ",
                    path.display()
                )?;
                write!(f, "{}", changes.join("; "))?;
                write!(
                    f,
                    ". A published version is immutable: keep the type of version {version} as it was \
                     (e.g. as `{name}V{version}` with `#[event(name = \"{name}\", version = {version})]`), \
                     give the new shape version {next} with `upcast_from = {name}V{version}` and \
                     `impl From<{name}V{version}>`; if version {version} was never published, delete the file to regenerate it",
                    next = version + 1
                )
            }
            Self::Incompatible {
                name,
                version,
                mode,
                findings,
            } => write!(
                f,
                "`{name}` version {version} is not {mode}-compatible with its earlier versions: {}. \
                 Make the change compatible (e.g. a new optional field); or, if the new version reads older \
                 data through an upcaster, say so with `upcast_from` on it (or `Contracts::with_upcaster`)",
                findings.join("; ")
            ),
        }
    }
}

impl std::error::Error for ContractsError {}

impl From<RegistryError> for ContractsError {
    fn from(e: RegistryError) -> Self {
        Self::Registry(e)
    }
}

/// States the content model of every object schema: one with neither
/// `additionalProperties` nor `unevaluatedProperties` is open, and gets
/// `"additionalProperties": true` (the JSON Schema default: nothing changes but that the
/// file says so); a closed one (`deny_unknown_fields`) already says `false`.
///
/// A document that uses `unevaluatedProperties` anywhere (serde's `deny_unknown_fields`
/// with `flatten`) is left as it is: there an explicit `true` in a subschema would mark
/// every property as evaluated and open what `unevaluatedProperties: false` closes.
fn explicit_content_model(schema: &mut Value) {
    fn mentions(value: &Value, keyword: &str) -> bool {
        match value {
            Value::Object(map) => map
                .iter()
                .any(|(k, v)| k == keyword || mentions(v, keyword)),
            Value::Array(items) => items.iter().any(|v| mentions(v, keyword)),
            _ => false,
        }
    }
    fn annotate(schema: &mut Value) {
        let Value::Object(map) = schema else {
            return;
        };
        let describes_object = map.contains_key("properties")
            || match map.get("type") {
                Some(Value::String(t)) => t == "object",
                Some(Value::Array(types)) => types.iter().any(|t| t == "object"),
                _ => false,
            };
        if describes_object && !map.contains_key("additionalProperties") {
            map.insert("additionalProperties".to_owned(), Value::Bool(true));
        }
        for (keyword, value) in map.iter_mut() {
            match (keyword.as_str(), value) {
                (
                    "properties" | "$defs" | "definitions" | "patternProperties"
                    | "dependentSchemas",
                    Value::Object(schemas),
                ) => schemas.values_mut().for_each(annotate),
                ("allOf" | "anyOf" | "oneOf" | "prefixItems", Value::Array(schemas)) => {
                    schemas.iter_mut().for_each(annotate);
                }
                (
                    "items"
                    | "additionalProperties"
                    | "not"
                    | "if"
                    | "then"
                    | "else"
                    | "contains"
                    | "propertyNames",
                    sub,
                ) => annotate(sub),
                _ => {}
            }
        }
    }
    if !mentions(schema, "unevaluatedProperties") {
        annotate(schema);
    }
}

/// Serializes `value` deterministically: keys sorted, pretty, a final newline.
fn render(value: &Value) -> String {
    fn sorted(value: &Value) -> Value {
        match value {
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                let mut out = Map::new();
                for k in keys {
                    out.insert(k.clone(), sorted(&map[k]));
                }
                Value::Object(out)
            }
            Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
            other => other.clone(),
        }
    }
    let mut text = serde_json::to_string_pretty(&sorted(value)).expect("JSON values serialize");
    text.push('\n');
    text
}

/// Up to `limit` JSON pointers where `a` and `b` differ.
fn differences(old: &Value, new: &Value, pointer: &str, out: &mut Vec<String>, limit: usize) {
    if out.len() >= limit || old == new {
        return;
    }
    match (old, new) {
        (Value::Object(old), Value::Object(new)) => {
            let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let p = format!("{pointer}/{}", k.replace('~', "~0").replace('/', "~1"));
                match (old.get(k), new.get(k)) {
                    (Some(before), Some(after)) => differences(before, after, &p, out, limit),
                    (Some(_), None) => out.push(format!("#{p} removed")),
                    (None, Some(_)) => out.push(format!("#{p} added")),
                    (None, None) => {}
                }
                if out.len() >= limit {
                    return;
                }
            }
        }
        _ => out.push(format!("#{pointer} changed")),
    }
}

impl Contracts {
    /// The contracts of `messages` (any order); BACKWARD mode, title "factum contracts".
    #[must_use]
    pub fn new(mut messages: Vec<MessageContract>) -> Self {
        messages.sort_by(|a, b| (&a.name, a.version).cmp(&(&b.name, b.version)));
        for message in &mut messages {
            explicit_content_model(&mut message.schema);
        }
        Self {
            messages,
            mode: Mode::Backward,
            title: "factum contracts".to_owned(),
            version: "1.0.0".to_owned(),
            type_prefix: None,
            upcasters: Vec::new(),
        }
    }

    /// The contracts of every message in `registry`; versions with `upcast_from` are
    /// declared upcasters (see [`Contracts::with_upcaster`]).
    #[must_use]
    pub fn from_registry(registry: &Registry) -> Self {
        let mut contracts = Self::new(
            registry
                .messages()
                .iter()
                .map(|m| MessageContract {
                    name: m.name().to_owned(),
                    kind: m.kind(),
                    version: m.version(),
                    key: m.key().map(str::to_owned),
                    rust_type: m.rust_type().to_owned(),
                    variants: m.variants().iter().map(|v| (*v).to_owned()).collect(),
                    schema: m.schema().to_value(),
                })
                .collect(),
        );
        // Versions with an `upcast_from` read older data through it.
        for m in registry.messages().iter().filter(|m| m.upcasts()) {
            contracts = contracts.with_upcaster(m.name(), m.version());
        }
        contracts
    }

    /// The contracts of every message linked into this program.
    ///
    /// # Errors
    ///
    /// [`ContractsError::Registry`] when two types claim one (name, version).
    pub fn load() -> Result<Self, ContractsError> {
        Ok(Self::from_registry(&Registry::load()?))
    }

    /// The mode new versions are checked in against earlier ones (default BACKWARD).
    #[must_use]
    pub fn with_mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }

    /// Version `version` of `name` reads older data through an upcaster
    /// (`#[event(version = N, upcast_from = ...)]`): its schema is not checked against
    /// the versions before it, and later versions are checked only back to it.
    #[must_use]
    pub fn with_upcaster(mut self, name: impl Into<String>, version: u32) -> Self {
        self.upcasters.push((name.into(), version));
        self
    }

    /// The AsyncAPI document's `info.title` and `info.version`.
    #[must_use]
    pub fn with_info(mut self, title: impl Into<String>, version: impl Into<String>) -> Self {
        self.title = title.into();
        self.version = version.into();
        self
    }

    /// The producers' `TypeStyle::Prefixed` prefix, for the `ce_type` header in AsyncAPI.
    #[must_use]
    pub fn with_type_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.type_prefix = Some(prefix.into());
        self
    }

    /// The messages, sorted by name, then version.
    #[must_use]
    pub fn messages(&self) -> &[MessageContract] {
        &self.messages
    }

    fn check_names(&self) -> Result<(), ContractsError> {
        let mut folded: BTreeMap<String, &str> = BTreeMap::new();
        for m in &self.messages {
            fs::check_name(&m.name).map_err(|reason| ContractsError::InvalidName {
                name: m.name.clone(),
                reason,
            })?;
            if let Some(other) = folded.insert(m.name.to_ascii_lowercase(), &m.name)
                && other != m.name
            {
                return Err(ContractsError::InvalidName {
                    name: m.name.clone(),
                    reason: format!(
                        "`{other}` differs only in case: their folders would be one on case-insensitive file systems"
                    ),
                });
            }
        }
        for pair in self.messages.windows(2) {
            if (&pair[0].name, pair[0].version) == (&pair[1].name, pair[1].version) {
                return Err(ContractsError::InvalidName {
                    name: pair[0].name.clone(),
                    reason: format!(
                        "version {} is claimed by {} and {}",
                        pair[0].version, pair[0].rust_type, pair[1].rust_type
                    ),
                });
            }
        }
        Ok(())
    }

    /// Every file, as (path relative to the folder, content), in a fixed order.
    ///
    /// # Errors
    ///
    /// [`ContractsError::InvalidName`] for a name that cannot be a file name.
    pub fn render(&self) -> Result<Vec<(PathBuf, String)>, ContractsError> {
        self.check_names()?;
        let mut files = Vec::new();
        for m in &self.messages {
            files.push((PathBuf::from(m.schema_path()), render(&m.schema)));
        }
        files.push((
            PathBuf::from("envelope.schema.json"),
            render(&envelope::schema()),
        ));
        files.push((PathBuf::from("manifest.json"), render(&self.manifest())));
        files.push((
            PathBuf::from("asyncapi.json"),
            render(&asyncapi::document(
                &self.messages,
                &self.title,
                &self.version,
                self.type_prefix.as_deref(),
            )?),
        ));
        Ok(files)
    }

    /// The manifest (`manifest.json`).
    #[must_use]
    pub fn manifest(&self) -> Value {
        let messages: Vec<Value> = self
            .messages
            .iter()
            .map(|m| {
                let mut entry = json!({
                    "kind": m.kind.as_str(),
                    "name": m.name,
                    "version": m.version,
                    "key": m.key,
                    "rust_type": m.rust_type,
                    "channel": m.channel(),
                    "schema": m.schema_path(),
                });
                if !m.variants.is_empty() {
                    entry["variants"] = json!(m.variants);
                }
                entry
            })
            .collect();
        json!({
            "format": "factum-contracts/1",
            "envelope": "envelope.schema.json",
            "asyncapi": "asyncapi.json",
            "compatibility": self.mode.name(),
            "messages": messages,
        })
    }

    /// Checks published versions and new ones, then writes every file that changed into
    /// `dir` (created if missing). Nothing is written when a check fails.
    ///
    /// # Errors
    ///
    /// [`ContractsError::Changed`] for a published version whose schema changed,
    /// [`ContractsError::Incompatible`] for a new version that breaks the mode,
    /// [`ContractsError::InvalidName`], [`ContractsError::InvalidSchema`] or
    /// [`ContractsError::Io`] otherwise.
    pub fn write(&self, dir: impl AsRef<Path>) -> Result<Report, ContractsError> {
        let dir = dir.as_ref();
        let files = self.render()?;
        self.check_published(dir)?;
        fs::ensure_dir(dir)?;
        let mut report = Report::default();
        for (relative, content) in files {
            let path = dir.join(&relative);
            if let Some(parent) = relative.parent().filter(|p| !p.as_os_str().is_empty()) {
                fs::ensure_dir(&dir.join(parent))?;
            }
            if fs::write_if_changed(&path, content.as_bytes())? {
                report.written.push(relative);
            } else {
                report.unchanged.push(relative);
            }
        }
        Ok(report)
    }

    /// Immutability of committed versions, compatibility of new ones.
    fn check_published(&self, dir: &Path) -> Result<(), ContractsError> {
        let mut names: Vec<&str> = self.messages.iter().map(|m| m.name.as_str()).collect();
        names.dedup();
        for name in names {
            let committed = fs::committed_versions(&dir.join(name))?;
            let mut committed_schemas: BTreeMap<u32, (PathBuf, Value)> = BTreeMap::new();
            for (version, path) in committed {
                let text = std::fs::read_to_string(&path).map_err(|e| ContractsError::Io {
                    path: path.clone(),
                    reason: format!("cannot read: {e}"),
                })?;
                let value: Value =
                    serde_json::from_str(&text).map_err(|e| ContractsError::InvalidSchema {
                        path: path.clone(),
                        reason: e.to_string(),
                    })?;
                committed_schemas.insert(version, (path, value));
            }
            let versions: Vec<&MessageContract> =
                self.messages.iter().filter(|m| m.name == name).collect();
            for m in &versions {
                if let Some((path, old)) = committed_schemas.get(&m.version) {
                    if *old != m.schema {
                        return Err(ContractsError::Changed {
                            name: m.name.clone(),
                            version: m.version,
                            path: path.clone(),
                            changes: describe_change(path, old, &m.schema)?,
                        });
                    }
                    continue;
                }
                if self.mode == Mode::None {
                    continue;
                }
                // Earlier versions back to the last upcaster: the committed file, else
                // the code's schema.
                let floor = self
                    .upcasters
                    .iter()
                    .filter(|(n, v)| n == name && *v <= m.version)
                    .map(|(_, v)| *v)
                    .max()
                    .unwrap_or(0);
                let mut olds: BTreeMap<u32, (String, Value)> = committed_schemas
                    .range(floor..m.version)
                    .map(|(v, (p, s))| (*v, (p.display().to_string(), s.clone())))
                    .collect();
                for earlier in versions
                    .iter()
                    .filter(|e| (floor..m.version).contains(&e.version))
                {
                    olds.entry(earlier.version).or_insert_with(|| {
                        (format!("v{}", earlier.version), earlier.schema.clone())
                    });
                }
                if olds.is_empty() {
                    continue;
                }
                let labels: Vec<u32> = olds.keys().copied().collect();
                let old_schemas = olds
                    .into_values()
                    .map(|(label, s)| {
                        Schema::new(s).map_err(|e| ContractsError::InvalidSchema {
                            path: PathBuf::from(label),
                            reason: e.to_string(),
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                let new =
                    Schema::new(m.schema.clone()).map_err(|e| ContractsError::InvalidSchema {
                        path: PathBuf::from(m.schema_path()),
                        reason: e.to_string(),
                    })?;
                let findings = compat::check_mode(self.mode, &old_schemas, &new);
                if !findings.is_empty() {
                    return Err(ContractsError::Incompatible {
                        name: m.name.clone(),
                        version: m.version,
                        mode: self.mode,
                        findings: findings
                            .iter()
                            .map(|f| {
                                format!(
                                    "{} against v{}: {} #{} {}",
                                    f.direction.name(),
                                    labels[f.old_index],
                                    f.finding.rule,
                                    f.new_pointer(),
                                    f.finding.message
                                )
                            })
                            .collect(),
                    });
                }
            }
        }
        Ok(())
    }
}

/// What changed between a committed schema and the code's: the compatibility findings
/// both ways, else the JSON pointers that differ.
fn describe_change(path: &Path, old: &Value, new: &Value) -> Result<Vec<String>, ContractsError> {
    let invalid = |reason: String| ContractsError::InvalidSchema {
        path: path.to_path_buf(),
        reason,
    };
    let old_schema = Schema::new(old.clone()).map_err(|e| invalid(e.to_string()))?;
    let new_schema = Schema::new(new.clone()).map_err(|e| invalid(e.to_string()))?;
    let mut changes = Vec::new();
    for f in compat::check(&old_schema, &new_schema) {
        changes.push(format!("the new schema cannot read committed data: {f}"));
    }
    for f in compat::check(&new_schema, &old_schema) {
        changes.push(format!(
            "readers of the committed schema cannot read new data: {f}"
        ));
    }
    if changes.is_empty() {
        let mut pointers = Vec::new();
        differences(old, new, "", &mut pointers, 5);
        changes.push(format!(
            "no compatibility difference, but the schema text differs at {}",
            pointers.join(", ")
        ));
    }
    Ok(changes)
}

/// The build-script helper: writes the contracts of every message linked into the build
/// script to `dir` (relative to the package's `CARGO_MANIFEST_DIR`), in BACKWARD mode, and
/// prints the `cargo::rerun-if-changed` lines for the folder and its files.
///
/// # Errors
///
/// As [`Contracts::write`].
pub fn write_contracts(dir: impl AsRef<Path>) -> Result<Report, ContractsError> {
    write_with(&Contracts::load()?, dir)
}

/// [`write_contracts`] with configured [`Contracts`].
///
/// # Errors
///
/// As [`Contracts::write`].
pub fn write_with(contracts: &Contracts, dir: impl AsRef<Path>) -> Result<Report, ContractsError> {
    let dir = match std::env::var_os("CARGO_MANIFEST_DIR") {
        Some(root) if dir.as_ref().is_relative() => PathBuf::from(root).join(dir),
        _ => dir.as_ref().to_path_buf(),
    };
    let report = contracts.write(&dir)?;
    println!("cargo::rerun-if-changed={}", dir.display());
    for file in report.written.iter().chain(&report.unchanged) {
        println!("cargo::rerun-if-changed={}", dir.join(file).display());
    }
    Ok(report)
}
