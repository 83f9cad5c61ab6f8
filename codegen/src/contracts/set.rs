//! [`Contracts`]: the contract files of a set of messages, their configuration, and
//! writing them as a whole.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use factum::registry::Registry;
use serde_json::{Value, json};

use super::fs::{self, Folder};
use super::{
    ConsumerContract, ContractsError, MessageContract, Report, asyncapi, compare, envelope, render,
};
use crate::compat::{Compatibility, Mode};

/// The contract files of a set of messages, ready to check and write.
#[derive(Debug, Clone)]
pub struct Contracts {
    messages: Vec<MessageContract>,
    consumers: Vec<ConsumerContract>,
    compatibility: Compatibility,
    overrides: BTreeMap<String, Compatibility>,
    title: String,
    version: String,
    type_prefix: Option<String>,
}

impl Contracts {
    /// The contracts of `messages` (any order); the serde-aware rule, title "factum contracts".
    #[must_use]
    pub fn new(mut messages: Vec<MessageContract>) -> Self {
        messages.sort_by(|a, b| (&a.name, a.version).cmp(&(&b.name, b.version)));
        Self {
            messages,
            consumers: Vec::new(),
            compatibility: Compatibility::Serde,
            overrides: BTreeMap::new(),
            title: "factum contracts".to_owned(),
            version: "1.0.0".to_owned(),
            type_prefix: None,
        }
    }

    /// The contracts of every message in `registry`, with its consumers.
    #[must_use]
    pub fn from_registry(registry: &Registry) -> Self {
        let consumers = registry
            .consumers()
            .iter()
            .map(|c| ConsumerContract {
                inbox: c.inbox().to_owned(),
                group: c.group().map(str::to_owned),
                receives: c.receives().map(|(n, v)| (n.to_owned(), v)).collect(),
            })
            .collect();
        Self::new(
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
                    upcasts: m.upcasts(),
                    schema: m.schema().to_value(),
                })
                .collect(),
        )
        .with_consumers(consumers)
    }

    /// The consumers listed as receivers (any order; by default, none).
    #[must_use]
    pub fn with_consumers(mut self, mut consumers: Vec<ConsumerContract>) -> Self {
        consumers.sort_by(|a, b| (a.id(), &a.inbox).cmp(&(b.id(), &b.inbox)));
        self.consumers = consumers;
        self
    }

    /// The consumers, sorted by group (or inbox name, without one).
    #[must_use]
    pub fn consumers(&self) -> &[ConsumerContract] {
        &self.consumers
    }

    /// The contracts of every message linked into this program.
    ///
    /// # Errors
    ///
    /// [`ContractsError::Registry`] when two types claim one (name, version).
    pub fn load() -> Result<Self, ContractsError> {
        Ok(Self::from_registry(&Registry::load()?))
    }

    /// The rule every contract is checked by, unless set for it with
    /// [`with_compatibility_for`](Self::with_compatibility_for) (default
    /// [`Compatibility::Serde`]).
    #[must_use]
    pub fn with_compatibility(mut self, compatibility: impl Into<Compatibility>) -> Self {
        self.compatibility = compatibility.into();
        self
    }

    /// [`with_compatibility`](Self::with_compatibility) with one of Confluent's modes.
    #[must_use]
    pub fn with_mode(self, mode: Mode) -> Self {
        self.with_compatibility(mode)
    }

    /// The rule the contract `name` is checked by, e.g. a Confluent mode for a topic a
    /// schema registry also guards.
    #[must_use]
    pub fn with_compatibility_for(
        mut self,
        name: impl Into<String>,
        compatibility: impl Into<Compatibility>,
    ) -> Self {
        self.overrides.insert(name.into(), compatibility.into());
        self
    }

    /// The rule the contract `name` is checked by.
    #[must_use]
    pub fn compatibility_of(&self, name: &str) -> Compatibility {
        self.overrides
            .get(name)
            .copied()
            .unwrap_or(self.compatibility)
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
            files.push((PathBuf::from(m.schema_path()), render::render(&m.schema)));
        }
        files.push((
            PathBuf::from("envelope.schema.json"),
            render::render(&envelope::schema()),
        ));
        files.push((
            PathBuf::from("manifest.json"),
            render::render(&self.manifest()),
        ));
        files.push((
            PathBuf::from("asyncapi.json"),
            render::render(&asyncapi::document(
                &self.messages,
                &self.consumers,
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
                    "channel": m.channel(),
                    "schema": m.schema_path(),
                    "compatibility": self.compatibility_of(&m.name).name(),
                });
                if !m.variants.is_empty() {
                    entry["variants"] = json!(m.variants);
                }
                entry
            })
            .collect();
        let mut manifest = json!({
            "format": "factum-contracts/1",
            "envelope": "envelope.schema.json",
            "asyncapi": "asyncapi.json",
            "compatibility": self.compatibility.name(),
            "messages": messages,
        });
        if !self.consumers.is_empty() {
            let consumers: Vec<Value> = self
                .consumers
                .iter()
                .map(|c| {
                    let receives: Vec<Value> = c
                        .receives
                        .iter()
                        .map(|(name, version)| json!({"name": name, "version": version}))
                        .collect();
                    json!({"inbox": c.inbox, "group": c.group, "receives": receives})
                })
                .collect();
            manifest["consumers"] = consumers.into();
        }
        manifest
    }

    /// Checks the files against the folder `dir` and, when nothing breaks, replaces the
    /// folder as a whole with them (keeping files that are not factum's). Nothing is
    /// written when a check fails or nothing differs.
    ///
    /// # Errors
    ///
    /// [`ContractsError::Breaking`] for a change that breaks readers of the committed
    /// contracts, [`ContractsError::InvalidName`], [`ContractsError::InvalidSchema`] or
    /// [`ContractsError::Io`] otherwise.
    pub fn write(&self, dir: impl AsRef<Path>) -> Result<Report, ContractsError> {
        let dir = dir.as_ref();
        let files = self.render()?;
        fs::recover(dir)?;
        let committed = Folder::read(dir)?;
        let comparison = compare::compare(self, &files, &committed, dir)?;
        if !comparison.breaking.is_empty() {
            return Err(ContractsError::Breaking {
                dir: dir.to_path_buf(),
                changes: comparison.breaking,
            });
        }
        let mut report = Report::of(&files, &comparison.differences);
        if !comparison.differences.is_empty() {
            fs::replace_folder(dir, &files, &committed)?;
            report.updated = true;
        }
        Ok(report)
    }
}
