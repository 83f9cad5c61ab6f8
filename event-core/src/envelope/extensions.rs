//! Extension attributes: the ones factum does not interpret, kept in order.

use std::borrow::Cow;

use super::error::AttributeError;
use super::names::is_reserved;
use super::validate;

/// The value of an extension attribute, as CloudEvents types it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtensionValue {
    /// A string.
    String(String),
    /// An integer (CloudEvents restricts integers to 32 bits; factum reads any that fits
    /// 64 bits).
    Integer(i64),
    /// A boolean.
    Boolean(bool),
}

impl ExtensionValue {
    /// The canonical string form, as binary mode carries it (`42`, `true`).
    #[must_use]
    pub fn to_canonical_string(&self) -> Cow<'_, str> {
        match self {
            ExtensionValue::String(s) => Cow::Borrowed(s),
            ExtensionValue::Integer(n) => Cow::Owned(n.to_string()),
            ExtensionValue::Boolean(b) => Cow::Borrowed(if *b { "true" } else { "false" }),
        }
    }
}

impl From<&str> for ExtensionValue {
    fn from(s: &str) -> Self {
        ExtensionValue::String(s.to_owned())
    }
}

impl From<String> for ExtensionValue {
    fn from(s: String) -> Self {
        ExtensionValue::String(s)
    }
}

impl From<i64> for ExtensionValue {
    fn from(n: i64) -> Self {
        ExtensionValue::Integer(n)
    }
}

impl From<bool> for ExtensionValue {
    fn from(b: bool) -> Self {
        ExtensionValue::Boolean(b)
    }
}

/// Extension attributes factum does not interpret, in the order they were read or added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extensions(pub(super) Vec<(String, ExtensionValue)>);

impl Extensions {
    /// The value of extension `name`.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&ExtensionValue> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// Sets extension `name`, returning its previous value.
    ///
    /// # Errors
    ///
    /// A name that is not lowercase a-z0-9, or that names an attribute factum sets
    /// itself (`id`, `partitionkey`, `dataversion`, `data`, ...).
    pub fn insert(
        &mut self,
        name: impl Into<String>,
        value: impl Into<ExtensionValue>,
    ) -> Result<Option<ExtensionValue>, AttributeError> {
        let name = name.into();
        if let Some(problem) = validate::extension_name_problem(&name) {
            return Err(AttributeError::new(name, problem));
        }
        if is_reserved(&name) {
            return Err(AttributeError::new(
                name,
                "is an attribute factum sets itself, not an extension",
            ));
        }
        let value = value.into();
        if let Some((_, old)) = self.0.iter_mut().find(|(n, _)| *n == name) {
            return Ok(Some(std::mem::replace(old, value)));
        }
        self.0.push((name, value));
        Ok(None)
    }

    /// Removes extension `name`, returning its value.
    pub fn remove(&mut self, name: &str) -> Option<ExtensionValue> {
        let i = self.0.iter().position(|(n, _)| n == name)?;
        Some(self.0.remove(i).1)
    }

    /// The extensions, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &ExtensionValue)> {
        self.0.iter().map(|(n, v)| (n.as_str(), v))
    }

    /// How many there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
