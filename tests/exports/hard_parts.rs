//! The "hard parts" contract: one event whose data holds every shape that language
//! exporters get wrong (64-bit integers at their edges, nanosecond date-times, UUIDs,
//! maps, optional vs nullable vs defaulted fields, shared and recursive `$defs`, serde's
//! four enum representations (untagged ones with several variants of one JSON kind too),
//! tuples and tuple structs, string enums, reserved words and names that are not
//! identifiers). Its schema, as schemars writes it, is committed under
//! `tests/exports/contracts/`; its vectors are written by the test that includes this file.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A currency, written as its ISO 4217 code.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Currency {
    /// Euro.
    Eur,
    /// US dollar.
    Usd,
}

/// An amount of money, shared by several fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Money {
    /// Minor units; may be negative.
    pub minor: i64,
    /// Its currency.
    pub currency: Currency,
}

/// A node of a tree: a recursive type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Node {
    /// The node's label.
    pub label: String,
    /// Its children, each a node.
    pub children: Vec<Node>,
}

/// Internally tagged: the tag `kind` sits beside the variant's fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Shape {
    /// A circle.
    Circle {
        /// Its radius.
        radius: f64,
    },
    /// A rectangle.
    Rect {
        /// Width.
        w: u32,
        /// Height.
        h: u32,
    },
    /// No shape at all.
    Nothing,
}

/// Adjacently tagged: `{"t": tag, "c": content}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "t", content = "c")]
pub enum Payload {
    /// Some text.
    Text(String),
    /// A big number.
    Count(u64),
    /// Two small numbers.
    Pair {
        /// First.
        a: u8,
        /// Second.
        b: i16,
    },
    /// Nothing.
    Empty,
}

/// Externally tagged (serde's default): `"Stop"`, `{"Move": {...}}`, `{"Say": "..."}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub enum Action {
    /// Stop.
    Stop,
    /// Move by an offset.
    Move {
        /// Horizontal offset.
        dx: i32,
        /// Vertical offset.
        dy: i32,
    },
    /// Say something.
    Say(String),
    /// Pay an amount.
    Pay(Money),
}

/// Untagged: the first variant whose shape matches.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Reference {
    /// A numeric id.
    Number(u64),
    /// A textual id.
    Text(String),
    /// A structured id.
    Qualified {
        /// The namespace.
        namespace: String,
        /// The id in it.
        id: u64,
    },
}

/// A point on a grid: a tuple struct, written as a JSON array of two items.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Point(pub i64, pub u64);

/// Untagged, with several variants of one JSON kind: the first variant that matches wins,
/// so a phone number without an extension is a `Phone`, not an `Extension`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Contact {
    /// A phone number with an extension.
    Extension {
        /// The number.
        phone: String,
        /// The extension.
        ext: u32,
    },
    /// A phone number.
    Phone {
        /// The number.
        phone: String,
    },
    /// An email address.
    Email {
        /// The address.
        email: String,
    },
    /// A free-text note.
    Note(String),
    /// Another free-text note: never decoded, as `Note` matches every string first.
    Remark(String),
    /// A place on the grid.
    At(Point),
    /// A range of ids: a tuple variant, an array of two items.
    Ids(u64, u64, u64),
}

/// Externally tagged, with a tuple variant: `{"Jump": [x, y]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub enum Step {
    /// Jump to a cell.
    Jump(i32, u64),
    /// Stay.
    Rest,
}

/// Adjacently tagged, with a tuple variant: `{"t": "Span", "c": [from, to]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "t", content = "c")]
pub enum Range {
    /// From and to.
    Span(u64, u64),
    /// Everything.
    All,
}

fn default_retries() -> u32 {
    3
}

fn default_label() -> String {
    "none".to_owned()
}

/// Every hard part of an export in one event.
///
/// Each field's doc comment says which part it holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, factum::Event)]
#[event(key = id)]
pub struct EdgeCasesRecorded {
    /// u64 up to `u64::MAX`: beyond 2^53.
    pub big_unsigned: u64,
    /// i64 down to `i64::MIN`.
    pub big_signed: i64,
    /// A small signed integer.
    pub small: i8,
    /// A 32-bit unsigned integer.
    pub medium: u32,
    /// A float.
    pub ratio: f64,
    /// A date-time with nanoseconds.
    #[schemars(extend("format" = "date-time"))]
    pub at: String,
    /// A UUID.
    #[schemars(extend("format" = "uuid"))]
    pub id: String,
    /// Required but may be null.
    pub nullable: Option<i64>,
    /// May be absent; never null when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub optional: Option<u64>,
    /// Absent means 3.
    #[serde(default = "default_retries")]
    pub retries: u32,
    /// Absent means "none".
    #[serde(default = "default_label")]
    pub label: String,
    /// A map of strings.
    pub tags: BTreeMap<String, String>,
    /// A map of 64-bit counters.
    pub counters: BTreeMap<String, u64>,
    /// A list of date-times.
    #[schemars(extend("items" = {"type": "string", "format": "date-time"}))]
    pub history: Vec<String>,
    /// A shared type, first use.
    pub price: Money,
    /// A shared type, second use, optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount: Option<Money>,
    /// A recursive type.
    pub tree: Node,
    /// A string enum.
    pub currency: Currency,
    /// Internally tagged enums.
    pub shapes: Vec<Shape>,
    /// Adjacently tagged enums.
    pub payloads: Vec<Payload>,
    /// Externally tagged enums.
    pub actions: Vec<Action>,
    /// Untagged enums.
    pub references: Vec<Reference>,
    /// Untagged enums whose variants share a JSON kind.
    pub contacts: Vec<Contact>,
    /// A tuple: a JSON array of a string and a u64.
    pub pair: (String, u64),
    /// A tuple struct, first use.
    pub corner: Point,
    /// A list of tuple structs, second use, and a tuple with a nullable item.
    pub path: Vec<(Point, Option<i8>)>,
    /// Tuple variants, externally tagged.
    pub steps: Vec<Step>,
    /// Tuple variants, adjacently tagged.
    pub ranges: Vec<Range>,
    /// A reserved word in every language.
    #[serde(rename = "class")]
    pub class_: String,
    /// Another one.
    #[serde(rename = "type")]
    pub type_: String,
    /// Not an identifier anywhere.
    #[serde(rename = "content-type")]
    pub content_type: String,
    /// Starts with a digit.
    #[serde(rename = "2fa")]
    pub two_fa: bool,
    /// Camel case on the wire.
    #[serde(rename = "isDefault")]
    pub is_default: bool,
}
