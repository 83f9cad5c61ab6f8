//! # factum
//!
//! Event-driven architecture rules as compile-time guarantees.
//!
//! Derive [`Event`], [`Command`] or [`Query`] on a type and the compiler checks that its
//! name reads as what it claims to be: an event is a fact in the past tense
//! (`OrderPlaced`), a command an imperative request (`PlaceOrder`), a query a question
//! (`GetOrderById`). The derive also implements [`Message`] (wire name, kind, version,
//! partition key) and registers the type in the [`registry`] that build scripts read to
//! write contracts.
//!
//! ```
//! use factum::{Event, Message, MessageKind};
//! use schemars::JsonSchema;
//!
//! #[derive(Event, serde::Serialize, serde::Deserialize, JsonSchema)]
//! #[event(version = 2, key = order_id)]
//! pub struct OrderPlaced {
//!     pub order_id: String,
//!     pub total_amount: f64,
//! }
//!
//! assert_eq!(OrderPlaced::NAME, "OrderPlaced");
//! assert_eq!(OrderPlaced::KIND, MessageKind::Event);
//! assert_eq!(OrderPlaced::VERSION, 2);
//! let event = OrderPlaced { order_id: "o-1".into(), total_amount: 9.5 };
//! assert_eq!(event.partition_key().as_deref(), Some("o-1"));
//! ```
//!
//! A name that reads wrong is a compile error at the name, with a suggestion:
//!
//! ```compile_fail
//! # use factum::Event;
//! #[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
//! pub struct SendWelcomeEmail { pub user_id: String }
//! // error: `SendWelcomeEmail` is named like a command (imperative "Send"),
//! //        but events are facts in the past tense
//! //        = help: name it after what happened, e.g. `WelcomeEmailSent`
//! ```
//!
//! ## Attributes
//!
//! `#[event(...)]`, `#[command(...)]` and `#[query(...)]` take:
//!
//! | attribute | meaning | default |
//! |---|---|---|
//! | `name = "OrderPlaced"` | the wire name, independent of the Rust path; it is checked by the naming rules too | the type's name |
//! | `version = 2` | the message version, at least 1 | `1` |
//! | `key = order_id` | the field that is the partition key; its type implements [`PartitionKey`] | none |
//! | `allow_name = "reason"` | opt out of the naming rule for this type (or enum variant), with a reason | |
//! | `upcast_from = OrderPlacedV1` | events: this version reads the one before through `impl From<OrderPlacedV1>` (see [`Versioned`]) | |
//! | `crate = "path"` | the path at which this crate reaches factum, for crates that use it through a re-export (`#[inbox(crate = "...")]` and `#[domain_event(crate = "...")]` on the enum for those derives) | `::factum` |
//!
//! Unknown and duplicate attributes are errors, and all errors of one item are reported
//! together.
//!
//! ## Enums
//!
//! On an enum, every variant is one message of a family (`enum OrderEvent { OrderPlaced
//! {..}, OrderCancelled {..} }`): the naming rule applies to each variant at its own span,
//! and not to the enum's own name. `key` names a field that every variant has.
//!
//! ## Extending the vocabulary
//!
//! The naming rules know English verbs from `WordNet` 3.0 plus common software verbs. A
//! crate adds its own domain verbs in a file `factum-vocabulary.txt` beside its
//! `Cargo.toml`, read by the derive macros (a change to it rebuilds the crate):
//!
//! ```text
//! # factum-vocabulary.txt
//! verb frobnicate              # regular: frobnicated
//! verb undergo underwent undergone   # irregular: base, past, participle
//! query-verb tally             # TallyVotes reads as a query
//! noun cart                    # never a verb here: CartItem is a noun phrase, not a command
//! ```
//!
//! The full format is documented in [`factum_naming::Vocabulary`](https://docs.rs/factum-naming).
//! To opt out one type with a stated reason, use `allow_name = "..."`.

#![deny(missing_docs)]

pub mod domain;
pub mod envelope;
mod key;
mod message;
pub mod registry;
mod version;

pub use envelope::{Envelope, Producer};
pub use key::PartitionKey;
pub use message::{Command, Event, Message, MessageKind, Query};
pub use version::{DataError, Inbox, InboxGroup, Versioned};

/// Derives [`Message`](trait@Message) and [`Event`](trait@Event), checking that the
/// name reads as a fact in the past tense. See the [crate docs](crate) for attributes.
pub use factum_derive::Event;

/// Derives [`Message`](trait@Message) and [`Command`](trait@Command), checking that the
/// name reads as an imperative request. See the [crate docs](crate) for attributes.
pub use factum_derive::Command;

/// Derives [`Message`](trait@Message) and [`Query`](trait@Query), checking that the
/// name reads as a question or names what the query returns (`AvailableHours`). See the
/// [crate docs](crate) for attributes.
pub use factum_derive::Query;

/// `#[derive(DomainEvent)]` and its trait: on an enum of domain events, every variant is
/// `#[internal]` or maps to integration events with
/// `#[publish(Target { field: expr, .. })]`, checked by the compiler. The derive
/// (`factum_derive::DomainEvent`) is re-exported through [`domain`], beside the trait,
/// as [`Event`](trait@Event) is here. See the [`domain`] module.
pub use domain::DomainEvent;

/// Derives [`Inbox`](trait@Inbox) on an enum whose variants each hold one event type.
pub use factum_derive::Inbox;

/// Not public API: used by the code the derives generate.
#[doc(hidden)]
pub mod __private {
    pub use ::linkme;
    pub use ::schemars;
    pub use ::std::borrow::Cow;
    pub use ::std::option::Option::{self, None, Some};

    pub use crate::key::PartitionKey;
    pub use crate::registry::{CONSUMERS, ConsumerInfo, MESSAGES, MessageInfo};
    pub use crate::version::{
        DataText, Upcast, Wire, check_inbox_names, check_upcast, decode_exact, unsupported, upcast,
    };
    pub use ::core::convert::From;
    pub use ::core::result::Result::{self, Err, Ok};

    /// The schema functions of `T`, taken in a const context so that registering a
    /// message instantiates no generic code (the build-time cost of 500 messages stays
    /// small); the root schema is assembled by [`MessageInfo::schema`].
    #[must_use]
    pub const fn schema_fns<T: HasSchema + ?Sized>() -> crate::registry::SchemaFns {
        crate::registry::SchemaFns {
            name: T::schema_name,
            json_schema: T::json_schema,
        }
    }

    /// Implemented for every type with a JSON Schema; exists for its error message.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` has no JSON Schema, which every factum message needs for its contract",
        label = "this message type does not implement `schemars::JsonSchema`",
        note = "add `#[derive(schemars::JsonSchema)]` to `{Self}` (and to the types of its fields)"
    )]
    pub trait HasSchema: ::schemars::JsonSchema {}
    impl<T: ::schemars::JsonSchema + ?Sized> HasSchema for T {}

    // DomainEvent
    pub use crate::domain::publish_to;
    pub use ::core::default::Default;
    pub use ::std::vec::Vec;
}
