//! The intermediate type model every emitter reads: what the contract files say, in
//! terms of types rather than JSON Schema keywords.

use serde_json::Value;

/// Everything exported from one contracts folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Every message version, by wire name then version.
    pub messages: Vec<Message>,
    /// Every named type (message data, `$defs`, variant payloads), sorted by name (so
    /// that [`Model::decl`] can search it).
    pub decls: Vec<Decl>,
    /// The envelope's attributes but `data`, from `envelope.schema.json`.
    pub attributes: Vec<Attribute>,
}

impl Model {
    /// The declaration named `name`.
    #[must_use]
    pub fn decl(&self, name: &str) -> Option<&Decl> {
        self.decls
            .binary_search_by(|d| d.name.as_str().cmp(name))
            .ok()
            .map(|i| &self.decls[i])
    }

    /// Whether an attribute of the envelope has this name.
    #[must_use]
    pub fn is_attribute(&self, name: &str) -> bool {
        self.attributes.iter().any(|a| a.name == name)
    }
}

/// One message version.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The wire name (the CloudEvents `type`).
    pub name: String,
    /// The contract version, from 1.
    pub version: u32,
    /// `event`, `command` or `query`.
    pub kind: String,
    /// The declaration of its data: `<Name>V<version>`.
    pub type_name: String,
}

/// One attribute of the envelope.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    /// Its name on the wire.
    pub name: String,
    /// Its type.
    pub ty: AttributeType,
    /// Whether every envelope carries it.
    pub required: bool,
    /// Its description.
    pub doc: Option<String>,
}

/// The type of an envelope attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttributeType {
    /// A string.
    String,
    /// An integer (`dataversion`).
    Integer,
    /// An RFC 3339 date-time (`time`).
    DateTime,
}

/// A named type.
#[derive(Debug, Clone, PartialEq)]
pub struct Decl {
    /// Its name, in `PascalCase`, unique in the model.
    pub name: String,
    /// Its description.
    pub doc: Option<String>,
    /// What it is.
    pub body: Body,
    /// For the fields of an internally tagged variant: the tag's wire name and value.
    pub tagged_by: Option<(String, String)>,
}

/// What a named type is.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// An object with named fields.
    Struct(Vec<Field>),
    /// A string with a closed set of values.
    StringEnum(Vec<EnumValue>),
    /// One of several variants.
    Union(Union),
    /// Another name for a type.
    Alias(Type),
    /// A fixed-length JSON array whose items have these types, in order (a Rust tuple or
    /// tuple struct; JSON Schema's `prefixItems`).
    Tuple(Vec<Type>),
}

/// One value of a string enum.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumValue {
    /// The value on the wire.
    pub wire: String,
    /// Its description.
    pub doc: Option<String>,
}

/// A sum type, as serde writes enums.
#[derive(Debug, Clone, PartialEq)]
pub struct Union {
    /// How the variant is told apart.
    pub tagging: Tagging,
    /// The variants, in the schema's order (which untagged decoding tries in turn).
    pub variants: Vec<Variant>,
}

/// serde's four enum representations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tagging {
    /// `{"Variant": payload}`, or `"Variant"` for a unit variant.
    External,
    /// `{"<tag>": "Variant", ...fields}`.
    Internal {
        /// The tag's wire name.
        tag: String,
    },
    /// `{"<tag>": "Variant", "<content>": payload}`.
    Adjacent {
        /// The tag's wire name.
        tag: String,
        /// The content's wire name.
        content: String,
    },
    /// The payload alone; decoding tries each variant in order.
    Untagged,
}

/// One variant of a [`Union`].
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    /// Its name in `PascalCase` (the tag, made an identifier).
    pub name: String,
    /// The tag's value on the wire (for untagged unions, the variant's position).
    pub tag: String,
    /// Its description.
    pub doc: Option<String>,
    /// Its payload; `None` for a unit variant. For [`Tagging::Internal`] always a
    /// [`Type::Named`] struct.
    pub payload: Option<Type>,
}

/// One field of a struct.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Its name on the wire, kept exactly.
    pub wire: String,
    /// Its type (without the `null` a nullable field also accepts).
    pub ty: Type,
    /// Whether it must be there and may be null.
    pub presence: Presence,
    /// Its description.
    pub doc: Option<String>,
}

/// How a field may be missing or null.
#[derive(Debug, Clone, PartialEq)]
pub enum Presence {
    /// Always there, never null.
    Required,
    /// Always there, may be null.
    Nullable,
    /// May be absent; when `nullable`, it may also be null, and absent and null stay
    /// apart (encoding writes back what decoding read).
    Optional {
        /// Whether null is allowed besides absence.
        nullable: bool,
    },
    /// Absent means this value; encoding always writes it.
    Default(Value),
}

/// A type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Type {
    /// `true` or `false`.
    Bool,
    /// An integer of a given width.
    Int(IntKind),
    /// A double-precision float.
    Float,
    /// A string.
    String,
    /// An RFC 3339 date-time, nanoseconds kept.
    DateTime,
    /// A UUID, written in its hyphenated form.
    Uuid,
    /// Any JSON value.
    Any,
    /// A list.
    Array(Box<Type>),
    /// An object with string keys and values of one type.
    Map(Box<Type>),
    /// A named type (a [`Decl`]).
    Named(String),
    /// A value that may be null (inside lists and maps).
    Nullable(Box<Type>),
}

/// The width and sign of an integer, from the schema's `format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntKind {
    /// `int8`.
    I8,
    /// `int16`.
    I16,
    /// `int32`.
    I32,
    /// `int64`, and integers with no format.
    I64,
    /// `uint8`.
    U8,
    /// `uint16`.
    U16,
    /// `uint32`.
    U32,
    /// `uint64`.
    U64,
}

impl IntKind {
    /// Its smallest and largest value.
    #[must_use]
    pub fn range(self) -> (i128, i128) {
        match self {
            IntKind::I8 => (i8::MIN.into(), i8::MAX.into()),
            IntKind::I16 => (i16::MIN.into(), i16::MAX.into()),
            IntKind::I32 => (i32::MIN.into(), i32::MAX.into()),
            IntKind::I64 => (i64::MIN.into(), i64::MAX.into()),
            IntKind::U8 => (0, u8::MAX.into()),
            IntKind::U16 => (0, u16::MAX.into()),
            IntKind::U32 => (0, u32::MAX.into()),
            IntKind::U64 => (0, u64::MAX.into()),
        }
    }

    /// Whether every value is an exact IEEE double (|x| <= 2^53): 32 bits and less.
    #[must_use]
    pub fn fits_double(self) -> bool {
        !matches!(self, IntKind::I64 | IntKind::U64)
    }
}
