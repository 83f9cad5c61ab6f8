//! Versions and upcasting: decoding data written as any known version of an event into
//! the newest type.
//!
//! Every `#[derive(Event)]` implements [`Versioned`]. An event names the version it
//! upcasts from with `upcast_from = OlderType`, and provides `From<OlderType>`; decoding
//! data of any version in the chain then yields the newest type, one step at a time
//! (v1 → v2 → v3):
//!
//! ```
//! use factum::{Event, Versioned};
//! use serde::{Deserialize, Serialize};
//!
//! #[derive(Debug, Event, Serialize, Deserialize, schemars::JsonSchema)]
//! #[event(name = "OrderPlaced", version = 1)]
//! struct OrderPlacedV1 { order_id: String, total: f64 }
//!
//! #[derive(Debug, Event, Serialize, Deserialize, schemars::JsonSchema)]
//! #[event(version = 2, upcast_from = OrderPlacedV1)]
//! struct OrderPlaced { order_id: String, total: f64, currency: String }
//!
//! impl From<OrderPlacedV1> for OrderPlaced {
//!     fn from(v1: OrderPlacedV1) -> Self {
//!         OrderPlaced { order_id: v1.order_id, total: v1.total, currency: "EUR".into() }
//!     }
//! }
//!
//! let order = OrderPlaced::decode_version(1, r#"{"order_id":"o-1","total":9.5}"#)?;
//! assert_eq!(order.currency, "EUR");
//! assert_eq!(OrderPlaced::OLDEST_VERSION, 1);
//!
//! let err = OrderPlaced::decode_version(3, "{}").unwrap_err();
//! assert!(err.is_newer_version()); // for an upgraded consumer, not a broken message
//! assert_eq!(err.to_string(), "version 3 of `OrderPlaced` is newer than this consumer reads (up to version 2): leave it for an upgraded consumer");
//! # Ok::<(), factum::DataError>(())
//! ```
//!
//! A chain that names an event of another name, or a version that does not grow by one,
//! is a compile error. A new version is needed only for a breaking change: a compatible
//! one (a new `Option` or `#[serde(default)]` field) keeps the version, and the contract
//! check in the build (`factum_codegen::contracts::build`) tells the two apart.

use std::fmt;

use crate::Event;

/// An event that can be decoded from any version of its upcasting chain.
///
/// Implemented by `#[derive(Event)]`; requires `serde::Deserialize`.
///
/// # Rolling deploys across a breaking change
///
/// When `OrderPlaced` goes from version 1 to 2, producers and consumers are upgraded one
/// service at a time, and no event may be lost or dead-lettered on the way:
///
/// - **Consumers first** (the simple order): an upgraded consumer reads version 1
///   through its upcaster and version 2 as it is. Upgrade every consumer, then the
///   producers.
/// - **Producer first**, with a migration window: the upgraded producer publishes each
///   event as version 2 *and* as a version 1 copy with the same `id`
///   ([`Producer::envelope_pair`](crate::Producer::envelope_pair), through a downcast
///   `From<V2> for V1` or an explicit mapping). A consumer not yet upgraded reads the
///   copy, and meets version 2 as [`DataError::NewerVersion`]: the transport leaves that
///   message for an upgraded consumer (a negative acknowledgement without penalty, or a
///   parking subject that upgraded consumers drain), and never dead-letters it. Upgraded
///   consumers read whichever of the pair comes first and skip the other by `source` and
///   `id`, as every at-least-once consumer deduplicates. When every consumer is
///   upgraded, stop publishing the copy.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a version of an event",
    label = "not an event",
    note = "only events are decoded by version: `{Self}` needs `#[derive(factum::Event)]`; an `upcast_from` names the previous version of the same event (same `name`, `version` one less)"
)]
pub trait Versioned: Event + Wire + Sized {
    /// The oldest version this type decodes: its own version, or the oldest of the chain
    /// it upcasts from.
    const OLDEST_VERSION: u32 = Self::VERSION;

    /// Decodes `data` (JSON text) written as `version` of this event, upcasting it
    /// through every step up to `Self`.
    ///
    /// # Errors
    ///
    /// [`DataError::UnsupportedVersion`] for a version outside the chain,
    /// [`DataError::Invalid`] (with the JSON path of the bad field) for data that does not
    /// match the type of its version.
    #[inline]
    fn decode_version(version: u32, data: &str) -> Result<Self, DataError> {
        Self::decode_text(version, &mut DataText::whole(data))
    }

    /// [`decode_version`](Self::decode_version) over a [`DataText`]. Written here for an
    /// event without `upcast_from` (so the derive writes nothing for it), by the derive
    /// for one with; not public API.
    #[doc(hidden)]
    #[inline]
    fn decode_text(version: u32, data: &mut DataText<'_>) -> Result<Self, DataError> {
        decode_newest(version, data)
    }
}

/// The JSON text of an event's data, as the derived [`Versioned`] impls read it: a whole
/// text, or a value at the start of a longer one (a structured-mode envelope, whose
/// `data` is decoded where it stands rather than scanned first), whose end is then
/// recorded. Not public API.
#[doc(hidden)]
#[derive(Debug)]
pub struct DataText<'a> {
    text: &'a str,
    prefix: bool,
    end: usize,
}

impl<'a> DataText<'a> {
    /// All of `text` is the data.
    pub(crate) fn whole(text: &'a str) -> Self {
        DataText {
            text,
            prefix: false,
            end: text.len(),
        }
    }

    /// The data is the JSON value `text` starts with.
    pub(crate) fn prefix(text: &'a str) -> Self {
        DataText {
            text,
            prefix: true,
            end: 0,
        }
    }

    /// Where the data ended, once decoded.
    pub(crate) fn end(&self) -> usize {
        self.end
    }
}

/// Event data that cannot be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DataError {
    /// The version is newer than any this consumer reads: a producer was upgraded before
    /// this consumer. Not a broken message: leave it for an upgraded consumer (see
    /// [rolling deploys](crate::Versioned#rolling-deploys-across-a-breaking-change)).
    NewerVersion {
        /// The event's wire name.
        name: &'static str,
        /// The version found.
        found: u32,
        /// The newest version this consumer reads.
        newest: u32,
    },
    /// The version is older than any this consumer reads (or 0).
    UnsupportedVersion {
        /// The event's wire name.
        name: &'static str,
        /// The version found.
        found: u32,
        /// The oldest version supported.
        oldest: u32,
        /// The newest version supported.
        newest: u32,
    },
    /// The data does not match the type of its version.
    Invalid {
        /// The event's wire name.
        name: &'static str,
        /// The version whose type was decoded.
        version: u32,
        /// JSON path of the bad value (`.lines[2].sku`), `.` for the whole document.
        path: String,
        /// What is wrong there.
        message: String,
    },
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::NewerVersion {
                name,
                found,
                newest,
            } => write!(
                f,
                "version {found} of `{name}` is newer than this consumer reads (up to version {newest}): leave it for an upgraded consumer"
            ),
            DataError::UnsupportedVersion {
                name,
                found,
                oldest,
                newest,
            } => {
                if oldest == newest {
                    write!(
                        f,
                        "unsupported version {found} of `{name}`: this consumer reads version {newest} only"
                    )
                } else {
                    write!(
                        f,
                        "unsupported version {found} of `{name}`: this consumer reads versions {oldest} to {newest}"
                    )
                }
            }
            DataError::Invalid {
                name,
                version,
                path,
                message,
            } => write!(
                f,
                "invalid data for `{name}` version {version} at {path}: {message}"
            ),
        }
    }
}

impl DataError {
    /// Whether the data is of a version newer than this consumer reads: a message for an
    /// upgraded consumer, not a broken one.
    #[must_use]
    pub fn is_newer_version(&self) -> bool {
        matches!(self, DataError::NewerVersion { .. })
    }
}

impl std::error::Error for DataError {}

/// Decodes JSON text as exactly `T`, reporting the path of a bad field. Used by the
/// derives; not public API.
#[doc(hidden)]
pub fn decode_exact<T: Event + Wire>(data: &mut DataText<'_>) -> Result<T, DataError> {
    if data.prefix {
        // The value the text starts with, and where it ends. A failure is not explained:
        // the caller decodes the envelope again the general way, which says why.
        let mut values = serde_json::Deserializer::from_str(data.text).into_iter::<T>();
        return match values.next() {
            Some(Ok(value)) => {
                data.end = values.byte_offset();
                Ok(value)
            }
            _ => Err(DataError::Invalid {
                name: T::NAME,
                version: T::VERSION,
                path: ".".to_owned(),
                message: "the data does not match the event type".to_owned(),
            }),
        };
    }
    // The fast path: plain serde_json. Only a failure is decoded again with path
    // tracking, which costs about twice the decode, to say where the data is wrong.
    match serde_json::from_str(data.text) {
        Ok(value) => Ok(value),
        Err(_) => Err(explain_failure::<T>(data.text)),
    }
}

/// Decodes `data` again, tracking the JSON path, to describe why it does not match `T`.
#[cold]
fn explain_failure<T: Event + Wire>(data: &str) -> DataError {
    let invalid = |path: String, message: &str| DataError::Invalid {
        name: T::NAME,
        version: T::VERSION,
        path,
        message: strip_position(message),
    };
    let mut de = serde_json::Deserializer::from_str(data);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(err) => {
            let path = err.path().to_string();
            let path = if path == "." {
                path
            } else {
                format!(".{path}")
            };
            invalid(path, &err.into_inner().to_string())
        }
        Ok(_) => match de.end() {
            Err(e) => invalid(".".to_owned(), &e.to_string()),
            // Not reached: the fast path failed on the same input.
            Ok(()) => invalid(".".to_owned(), "the data does not match the event type"),
        },
    }
}

/// `data` written as `version` of an event that upcasts from no older version: decoded
/// when `version` is `T`'s own, else the error for it.
#[inline]
fn decode_newest<T: Versioned>(version: u32, data: &mut DataText<'_>) -> Result<T, DataError> {
    if version == T::VERSION {
        decode_exact(data)
    } else {
        Err(unsupported::<T>(version))
    }
}

/// The error for a version outside `T`'s chain: newer than `T`, or older than its oldest.
#[doc(hidden)]
#[must_use]
pub fn unsupported<T: Versioned>(found: u32) -> DataError {
    if found > T::VERSION {
        return DataError::NewerVersion {
            name: T::NAME,
            found,
            newest: T::VERSION,
        };
    }
    DataError::UnsupportedVersion {
        name: T::NAME,
        found,
        oldest: T::OLDEST_VERSION,
        newest: T::VERSION,
    }
}

/// `serde_json` appends " at line 1 column 7"; the path says where already.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

/// Implemented for every type that can travel in an envelope; exists for its error message.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot travel in an envelope: it is not `serde::Serialize` and `serde::Deserialize`",
    label = "events are encoded and decoded as JSON",
    note = "add `#[derive(serde::Serialize, serde::Deserialize)]` to `{Self}`"
)]
pub trait Wire: serde::Serialize + serde::de::DeserializeOwned {}
impl<T: serde::Serialize + serde::de::DeserializeOwned> Wire for T {}

/// Checks an `upcast_from` step at compile time: same wire name, version one less.
#[doc(hidden)]
pub const fn check_upcast<New: Versioned, Old: Versioned>() {
    assert!(
        const_str_eq(New::NAME, Old::NAME),
        "`upcast_from` names an event with another wire name: every version in an upcasting chain has the same `name` (set `name = \"...\"` on the older type)"
    );
    assert!(
        Old::VERSION < u32::MAX && Old::VERSION + 1 == New::VERSION,
        "`upcast_from` must name the version just before this one: the older type's `version` must be exactly one less (no gaps, versions grow by one)"
    );
}

/// Checks a migration pair at compile time: same wire name, the copy's version older.
#[doc(hidden)]
pub const fn check_downcast<New: crate::Message, Old: crate::Message>() {
    assert!(
        const_str_eq(New::NAME, Old::NAME),
        "`envelope_pair` publishes two versions of one event: the older type must have the same wire name (set `name = \"...\"` on it)"
    );
    assert!(
        Old::VERSION < New::VERSION,
        "`envelope_pair` publishes an event and a copy of an older version: the copy's `version` must be lower"
    );
}

/// One upcasting step, through the `From` impl the user writes.
#[doc(hidden)]
pub fn upcast<Old, New: Upcast<Old>>(old: Old) -> New {
    New::from(old)
}

/// `From<Old>` for the newer version; exists for its error message.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` upcasts from `{Old}` but has no `impl From<{Old}> for {Self}`",
    label = "the upcaster is missing",
    note = "write the step: `impl From<{Old}> for {Self} {{ fn from(old: {Old}) -> Self {{ ... }} }}`"
)]
pub trait Upcast<Old>: From<Old> {}
impl<Old, New: From<Old>> Upcast<Old> for New {}

const fn const_str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The events one consumer handles: an enum with one variant per event type, each
/// holding that event (`#[derive(factum::Inbox)]`).
///
/// Decoding tells "not one of mine" (`Ok(None)`) apart from "mine, but broken"
/// (`Err`), so a consumer can skip foreign events and dead-letter broken ones.
///
/// ```
/// use factum::{Event, Inbox};
/// use serde::{Deserialize, Serialize};
///
/// #[derive(Debug, Event, Serialize, Deserialize, schemars::JsonSchema)]
/// struct OrderPlaced { order_id: String }
///
/// #[derive(Debug, Event, Serialize, Deserialize, schemars::JsonSchema)]
/// struct PaymentFailed { order_id: String, reason: String }
///
/// #[derive(Debug, Inbox)]
/// enum BillingInbox {
///     Placed(OrderPlaced),
///     Failed(PaymentFailed),
/// }
///
/// let mine = BillingInbox::decode_event("OrderPlaced", 1, r#"{"order_id":"o-1"}"#)?;
/// assert!(matches!(mine, Some(BillingInbox::Placed(e)) if e.order_id == "o-1"));
/// assert!(BillingInbox::decode_event("InvoiceSent", 1, "{}")?.is_none()); // not mine
/// assert!(BillingInbox::decode_event("OrderPlaced", 1, "{}").is_err()); // mine, broken
/// assert_eq!(BillingInbox::NAMES, ["OrderPlaced", "PaymentFailed"]);
/// # Ok::<(), factum::DataError>(())
/// ```
pub trait Inbox: Sized {
    /// The wire names of the events handled, in variant order.
    const NAMES: &'static [&'static str];

    /// The newest version of each event handled, in the order of [`NAMES`](Self::NAMES).
    const VERSIONS: &'static [u32];

    /// Decodes the data (JSON text) of the event with wire name `name`, written as
    /// `version`: `Ok(None)` if this inbox does not handle `name`.
    ///
    /// # Errors
    ///
    /// [`DataError`] when the event is handled but its version is not supported or its
    /// data does not match.
    fn decode_event(name: &str, version: u32, data: &str) -> Result<Option<Self>, DataError>;

    /// [`decode_event`](Self::decode_event) over the JSON value `data` starts with (a
    /// structured envelope's `data`, decoded where it stands, its end recorded), or `None`
    /// when this inbox decodes whole texts only (the envelope decoder then finds the
    /// value's end first). Written by the derive; not public API.
    #[doc(hidden)]
    #[inline]
    fn decode_event_at(
        name: &str,
        version: u32,
        data: &mut DataText<'_>,
    ) -> Option<Result<Option<Self>, DataError>> {
        let _ = (name, version, data);
        None
    }

    /// The wire name of the event this value holds.
    fn event_name(&self) -> &'static str;
}

/// An inbox with a declared consumer group (`#[inbox(group = "...")]`), which the
/// derive implements: what a transport needs to subscribe under the group the contract
/// files list.
#[diagnostic::on_unimplemented(
    message = "the inbox `{Self}` declares no consumer group",
    label = "no `#[inbox(group = \"...\")]` on it",
    note = "add `#[inbox(group = \"billing\")]` (the group the contract files list as its receiver), or subscribe under a group chosen at run time"
)]
pub trait InboxGroup: Inbox {
    /// The consumer group.
    const GROUP: &'static str;
}

/// Refuses an inbox that lists one wire name twice (a variant would never be reached).
#[doc(hidden)]
pub const fn check_inbox_names(names: &[&str]) {
    let mut i = 0;
    while i < names.len() {
        let mut j = i + 1;
        while j < names.len() {
            assert!(
                !const_str_eq(names[i], names[j]),
                "two variants of this inbox hold events with the same wire name: keep one variant per event (the newest version; older versions are upcast to it)"
            );
            j += 1;
        }
        i += 1;
    }
}
