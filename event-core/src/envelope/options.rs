//! How events are named on the wire and how decoding reads envelopes.

use std::borrow::Cow;

/// How an event's wire name becomes the CloudEvents `type`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum TypeStyle {
    /// The wire name as it is: `OrderPlaced`.
    #[default]
    Name,
    /// A reverse-DNS prefix, a dot, then the wire name: `Prefixed("com.example")` gives
    /// `com.example.OrderPlaced`.
    Prefixed(Cow<'static, str>),
}

impl TypeStyle {
    /// The `type` of an event with wire name `name`.
    ///
    /// ```
    /// use factum::envelope::TypeStyle;
    /// assert_eq!(TypeStyle::Name.type_of("OrderPlaced"), "OrderPlaced");
    /// let style = TypeStyle::Prefixed("com.example".into());
    /// assert_eq!(style.type_of("OrderPlaced"), "com.example.OrderPlaced");
    /// ```
    #[must_use]
    pub fn type_of(&self, name: &'static str) -> Cow<'static, str> {
        match self {
            TypeStyle::Name => Cow::Borrowed(name),
            TypeStyle::Prefixed(prefix) => Cow::Owned(format!("{prefix}.{name}")),
        }
    }

    /// Whether `ty` is the `type` of an event with wire name `name` (without allocating).
    #[must_use]
    pub fn matches(&self, ty: &str, name: &str) -> bool {
        match self {
            TypeStyle::Name => ty == name,
            TypeStyle::Prefixed(prefix) => ty
                .strip_prefix(&**prefix)
                .and_then(|rest| rest.strip_prefix('.'))
                .is_some_and(|rest| rest == name),
        }
    }
}
/// How decoding reads envelopes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeOptions {
    pub(super) max_size: usize,
    pub(super) type_style: TypeStyle,
    pub(super) assumed_version: Option<u32>,
    pub(super) max_attributes: usize,
}

impl Default for DecodeOptions {
    fn default() -> Self {
        DecodeOptions {
            max_size: DecodeOptions::DEFAULT_MAX_SIZE,
            type_style: TypeStyle::Name,
            assumed_version: None,
            max_attributes: DecodeOptions::DEFAULT_MAX_ATTRIBUTES,
        }
    }
}

impl DecodeOptions {
    /// The default size limit: 1 MiB.
    pub const DEFAULT_MAX_SIZE: usize = 1 << 20;

    /// Inputs larger than `bytes` (a structured document; in binary mode the body plus
    /// the header names and values) are refused before parsing.
    #[must_use]
    pub fn with_max_size(mut self, bytes: usize) -> Self {
        self.max_size = bytes;
        self
    }

    /// The default limit on attributes, extensions included: 256. Real events carry
    /// fewer than 30; HTTP servers refuse more than about 100 headers in all.
    pub const DEFAULT_MAX_ATTRIBUTES: usize = 256;

    /// Inputs with more than `count` attributes (`specversion`, `id`, ..., and extension
    /// attributes; not `data` or `data_base64`) are
    /// [`DecodeError::TooManyAttributes`](super::DecodeError::TooManyAttributes).
    #[must_use]
    pub fn with_max_attributes(mut self, count: usize) -> Self {
        self.max_attributes = count;
        self
    }

    /// The limit on attributes.
    #[must_use]
    pub fn max_attributes(&self) -> usize {
        self.max_attributes
    }

    /// The [`TypeStyle`] the producer used; the default is [`TypeStyle::Name`].
    #[must_use]
    pub fn with_type_style(mut self, style: TypeStyle) -> Self {
        self.type_style = style;
        self
    }

    /// The version of events that carry no `dataversion` (written by producers other than
    /// factum); without it, such events are [`DecodeError::Missing`](super::DecodeError::Missing).
    #[must_use]
    pub fn with_assumed_version(mut self, version: u32) -> Self {
        self.assumed_version = Some(version);
        self
    }

    /// The size limit in bytes.
    #[must_use]
    pub fn max_size(&self) -> usize {
        self.max_size
    }

    /// The type style.
    #[must_use]
    pub fn type_style(&self) -> &TypeStyle {
        &self.type_style
    }
}
