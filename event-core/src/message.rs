use std::borrow::Cow;
use std::fmt;

/// What a message is: a fact, a request, or a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MessageKind {
    /// A fact in the past tense, published to whoever listens (`OrderPlaced`).
    Event,
    /// A request to one handler to change state (`PlaceOrder`).
    Command,
    /// A question that changes nothing (`GetOrderById`).
    Query,
}

impl MessageKind {
    /// The kind in lower case: `"event"`, `"command"` or `"query"`.
    ///
    /// ```
    /// assert_eq!(factum::MessageKind::Command.as_str(), "command");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Event => "event",
            Self::Command => "command",
            Self::Query => "query",
        }
    }
}

impl fmt::Display for MessageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A message with a stable identity on the wire.
///
/// Implemented by `#[derive(Event)]`, `#[derive(Command)]` and `#[derive(Query)]`; a type
/// is exactly one kind of message, so deriving two of them is a compile error
/// (conflicting implementations of `Message`).
///
/// ```
/// use factum::{Command, Message, MessageKind};
///
/// #[derive(Command, schemars::JsonSchema)]
/// #[command(name = "checkout.PlaceOrder", key = customer_id)]
/// struct PlaceOrder { customer_id: u64 }
///
/// assert_eq!(PlaceOrder::NAME, "checkout.PlaceOrder");
/// assert_eq!(PlaceOrder::KIND, MessageKind::Command);
/// assert_eq!(PlaceOrder::VERSION, 1);
/// assert_eq!(PlaceOrder::KEY, Some("customer_id"));
/// assert_eq!(PlaceOrder { customer_id: 7 }.partition_key().as_deref(), Some("7"));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a factum message",
    label = "not a message",
    note = "derive `factum::Event`, `factum::Command` or `factum::Query` on `{Self}`"
)]
pub trait Message {
    /// The wire name: the `name` attribute, or the type's name.
    const NAME: &'static str;
    /// Whether this is an event, a command or a query.
    const KIND: MessageKind;
    /// The version of this message's contract, starting at 1.
    const VERSION: u32;
    /// The name of the field that holds the partition key, if any.
    const KEY: Option<&'static str> = None;
    /// For an enum of messages, the names of its variants, in order; empty for a struct.
    const VARIANTS: &'static [&'static str] = &[];

    /// The value of the partition key field, as a string; `None` without a `key`.
    // The defaults serve a struct without a `key`, so the derive writes nothing for it
    // (less code per message type to compile).
    #[inline]
    fn partition_key(&self) -> Option<Cow<'_, str>> {
        None
    }

    /// For an enum of messages, the name of this value's variant; `None` for a struct.
    #[inline]
    fn variant_name(&self) -> Option<&'static str> {
        None
    }
}

/// A fact in the past tense (`OrderPlaced`): the only kind of message that is published.
///
/// An API that takes `impl Event` refuses a command at compile time.
///
/// ```compile_fail
/// fn publish(_event: &impl factum::Event) {}
///
/// #[derive(factum::Command, schemars::JsonSchema)]
/// struct PlaceOrder { order_id: String }
///
/// publish(&PlaceOrder { order_id: "o-1".into() }); // error: `PlaceOrder` is not an event
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an event",
    label = "expected an event here",
    note = "only facts in the past tense are published: derive `factum::Event` on an event type; commands are sent to one handler, queries are asked"
)]
pub trait Event: Message {}

/// An imperative request to change state (`PlaceOrder`), sent to one handler.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a command",
    label = "expected a command here",
    note = "only commands are sent to a handler: derive `factum::Command` on a request type; events are published, queries are asked"
)]
pub trait Command: Message {}

/// A question that changes nothing (`GetOrderById`).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a query",
    label = "expected a query here",
    note = "derive `factum::Query` on a question type; events are published, commands are sent"
)]
pub trait Query: Message {}
