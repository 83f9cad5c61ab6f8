//! The registry of every message type linked into a program.
//!
//! Each `#[derive(Event | Command | Query)]` on a non-generic type registers a
//! [`MessageInfo`]; [`Registry::load`] collects them all, from every crate linked into
//! the program, and refuses two types that claim the same (name, version).
//!
//! A build script sees the messages of a crate it lists under `[build-dependencies]`;
//! name that crate once in the script so that it is linked:
//!
//! ```ignore
//! // build.rs
//! use checkout_contracts as _; // link the crate whose messages you want
//!
//! fn main() {
//!     let registry = factum::registry::Registry::load().expect("message registry");
//!     for message in registry.messages() {
//!         println!("cargo::warning={} v{}", message.name(), message.version());
//!     }
//! }
//! ```
//!
//! Generic message types are not registered: their schema depends on the type arguments.
//!
//! Each `#[derive(Inbox)]` registers a [`ConsumerInfo`] too: [`Registry::consumers`]
//! lists who receives what.

use std::fmt;

use crate::MessageKind;

mod consumer;

pub use consumer::{CONSUMERS, ConsumerInfo};

/// What the registry knows of one message type.
#[derive(Debug)]
pub struct MessageInfo {
    name: &'static str,
    kind: MessageKind,
    version: u32,
    key: Option<&'static str>,
    rust_type: &'static str,
    variants: &'static [&'static str],
    upcasts: bool,
    schema: SchemaFns,
}

/// A message type's schema functions (from its `JsonSchema` impl); not public API.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct SchemaFns {
    pub name: fn() -> std::borrow::Cow<'static, str>,
    pub json_schema: fn(&mut schemars::SchemaGenerator) -> schemars::Schema,
}

impl MessageInfo {
    /// Used by the derives; not public API.
    #[doc(hidden)]
    #[must_use]
    #[allow(clippy::too_many_arguments)] // one per field, called only by generated code
    pub const fn __new(
        name: &'static str,
        kind: MessageKind,
        version: u32,
        key: Option<&'static str>,
        rust_type: &'static str,
        variants: &'static [&'static str],
        upcasts: bool,
        schema: SchemaFns,
    ) -> Self {
        Self {
            name,
            kind,
            version,
            key,
            rust_type,
            variants,
            upcasts,
            schema,
        }
    }

    /// The wire name.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// Event, command or query.
    #[must_use]
    pub const fn kind(&self) -> MessageKind {
        self.kind
    }

    /// The contract version, starting at 1.
    #[must_use]
    pub const fn version(&self) -> u32 {
        self.version
    }

    /// The partition key field, if any.
    #[must_use]
    pub const fn key(&self) -> Option<&'static str> {
        self.key
    }

    /// The Rust path of the type, such as `checkout_contracts::events::OrderPlaced`.
    #[must_use]
    pub const fn rust_type(&self) -> &'static str {
        self.rust_type
    }

    /// Whether this version reads the previous one through an upcaster
    /// (`#[event(upcast_from = ...)]`), so that its schema need not be compatible with it.
    #[must_use]
    pub const fn upcasts(&self) -> bool {
        self.upcasts
    }

    /// For an enum of messages, its variants; empty for a struct.
    #[must_use]
    pub const fn variants(&self) -> &'static [&'static str] {
        self.variants
    }

    /// The JSON Schema (draft 2020-12) of the message's data: a root schema with
    /// `$schema`, a `title` and the `$defs` it refers to.
    ///
    /// The contract's identity is its wire name and version, never the Rust path: the
    /// `title` is the wire name (whatever schemars or `#[schemars(title)]` say), so that
    /// renaming `OrderPlaced` to `OrderPlacedV1` under `#[event(name = "OrderPlaced")]`
    /// changes no contract.
    #[must_use]
    pub fn schema(&self) -> schemars::Schema {
        let mut generator =
            schemars::SchemaGenerator::new(schemars::generate::SchemaSettings::draft2020_12());
        let mut schema = (self.schema.json_schema)(&mut generator);
        let mut definitions = generator.take_definitions(true);
        let meta_schema = generator.settings().meta_schema.clone();
        let object = schema.ensure_object();
        object.insert("title".into(), self.name.into());
        if let Some(meta_schema) = meta_schema {
            object.insert("$schema".into(), meta_schema.into());
        }
        if !definitions.is_empty() {
            let defs = object
                .entry("$defs")
                .or_insert_with(|| serde_json::Value::Object(serde_json::Map::new()));
            if let Some(defs) = defs.as_object_mut() {
                defs.append(&mut definitions);
            }
        }
        schema
    }
}

/// Every registered message: the derives add one static to this slice, which the linker
/// gathers from every crate in the program into one link section; not public API.
#[doc(hidden)]
#[linkme::distributed_slice]
pub static MESSAGES: [MessageInfo];

/// Every message type linked into this program, sorted by name, then version.
///
/// ```standalone_crate
/// use factum::registry::Registry;
///
/// #[derive(factum::Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
/// #[event(version = 3)]
/// struct InvoicePaid { invoice_id: String }
///
/// #[derive(factum::Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
/// #[event(name = "InvoicePaid", version = 2)]
/// struct InvoicePaidV2 { invoice_id: String }
///
/// let registry = Registry::load()?;
/// let info = registry.get("InvoicePaid", 3).expect("registered");
/// assert_eq!(info.kind(), factum::MessageKind::Event);
/// assert!(info.rust_type().ends_with("::InvoicePaid"));
/// // The schema's title is the wire name, not the Rust type's.
/// let v2 = registry.get("InvoicePaid", 2).expect("registered");
/// assert_eq!(v2.schema().get("title").and_then(|t| t.as_str()), Some("InvoicePaid"));
/// # Ok::<(), factum::registry::RegistryError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Registry {
    messages: Vec<&'static MessageInfo>,
    consumers: Vec<&'static ConsumerInfo>,
}

impl Registry {
    /// Collects the registered messages.
    ///
    /// # Errors
    ///
    /// [`RegistryError`] names every (name, version) that more than one type claims.
    pub fn load() -> Result<Self, RegistryError> {
        let mut registry = Self::from_messages(MESSAGES.iter().collect())?;
        registry.consumers = CONSUMERS.iter().collect();
        registry
            .consumers
            .sort_by_key(|c| (c.group(), c.inbox(), c.rust_type()));
        Ok(registry)
    }

    fn from_messages(mut messages: Vec<&'static MessageInfo>) -> Result<Self, RegistryError> {
        messages.sort_by(|a, b| {
            (a.name, a.version, a.rust_type).cmp(&(b.name, b.version, b.rust_type))
        });
        let mut conflicts: Vec<Conflict> = Vec::new();
        for pair in messages.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if (a.name, a.version) != (b.name, b.version) {
                continue;
            }
            match conflicts.last_mut() {
                Some(c) if (c.name, c.version) == (a.name, a.version) => {
                    c.rust_types.push(b.rust_type);
                }
                _ => conflicts.push(Conflict {
                    name: a.name,
                    version: a.version,
                    rust_types: vec![a.rust_type, b.rust_type],
                }),
            }
        }
        if conflicts.is_empty() {
            Ok(Self {
                messages,
                consumers: Vec::new(),
            })
        } else {
            Err(RegistryError { conflicts })
        }
    }

    /// All messages, sorted by name, then version.
    #[must_use]
    pub fn messages(&self) -> &[&'static MessageInfo] {
        &self.messages
    }

    /// Every consumer (`#[derive(Inbox)]`), sorted by group, then inbox name.
    #[must_use]
    pub fn consumers(&self) -> &[&'static ConsumerInfo] {
        &self.consumers
    }

    /// The message with this wire name and version.
    #[must_use]
    pub fn get(&self, name: &str, version: u32) -> Option<&'static MessageInfo> {
        self.messages
            .binary_search_by(|m| (m.name, m.version).cmp(&(name, version)))
            .ok()
            .map(|i| self.messages[i])
    }

    /// Every version of one message, oldest first.
    pub fn versions<'a>(
        &'a self,
        name: &'a str,
    ) -> impl Iterator<Item = &'static MessageInfo> + 'a {
        self.messages
            .iter()
            .copied()
            .filter(move |m| m.name == name)
    }
}

/// Several types claim the same (name, version).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryError {
    conflicts: Vec<Conflict>,
}

/// One (name, version) claimed by more than one type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The wire name.
    pub name: &'static str,
    /// The version.
    pub version: u32,
    /// The Rust types that claim it, sorted.
    pub rust_types: Vec<&'static str>,
}

impl RegistryError {
    /// Every conflicting (name, version).
    #[must_use]
    pub fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }
}

impl fmt::Display for RegistryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, c) in self.conflicts.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(
                f,
                "message `{}` version {} is claimed by {} types: {}; give each its own `name` or `version`",
                c.name,
                c.version,
                c.rust_types.len(),
                c.rust_types.join(", ")
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for RegistryError {}

#[cfg(test)]
mod tests {
    use super::*;

    const fn schema() -> SchemaFns {
        crate::__private::schema_fns::<()>()
    }

    static A1: MessageInfo = MessageInfo::__new(
        "A",
        MessageKind::Event,
        1,
        None,
        "x::A",
        &[],
        false,
        schema(),
    );
    static A1B: MessageInfo = MessageInfo::__new(
        "A",
        MessageKind::Command,
        1,
        None,
        "y::A",
        &[],
        false,
        schema(),
    );
    static A1C: MessageInfo = MessageInfo::__new(
        "A",
        MessageKind::Event,
        1,
        None,
        "z::A",
        &[],
        false,
        schema(),
    );
    static A2: MessageInfo = MessageInfo::__new(
        "A",
        MessageKind::Event,
        2,
        None,
        "x::A2",
        &[],
        false,
        schema(),
    );
    static B1: MessageInfo = MessageInfo::__new(
        "B",
        MessageKind::Event,
        1,
        None,
        "x::B",
        &[],
        false,
        schema(),
    );

    #[test]
    fn sorted_and_found() {
        let r = Registry::from_messages(vec![&B1, &A2, &A1]).unwrap();
        let names: Vec<_> = r
            .messages()
            .iter()
            .map(|m| (m.name(), m.version()))
            .collect();
        assert_eq!(names, [("A", 1), ("A", 2), ("B", 1)]);
        assert_eq!(r.get("A", 2).unwrap().rust_type(), "x::A2");
        assert!(r.get("A", 3).is_none());
        assert_eq!(r.versions("A").count(), 2);
    }

    #[test]
    fn duplicates_are_all_reported() {
        let err = Registry::from_messages(vec![&B1, &A1C, &A1, &A2, &A1B]).unwrap_err();
        assert_eq!(
            err.conflicts(),
            [Conflict {
                name: "A",
                version: 1,
                rust_types: vec!["x::A", "y::A", "z::A"]
            }]
        );
        assert_eq!(
            err.to_string(),
            "message `A` version 1 is claimed by 3 types: x::A, y::A, z::A; give each its own `name` or `version`"
        );
    }
}
