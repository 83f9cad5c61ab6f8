//! Domain events and the integration events they publish.
//!
//! Domain events are internal to a bounded context and change freely; integration events
//! are its public, versioned contracts. `#[derive(DomainEvent)]` on an enum of domain
//! events makes every variant decide, at compile time, whether it stays inside the
//! context (`#[internal]`) or maps to one or more integration events
//! (`#[publish(Target { field: expr, .. })]`), and generates that mapping.
//!
//! ```
//! use factum::{DomainEvent, Event};
//! use factum::domain::Publishes;
//! use serde::{Deserialize, Serialize};
//!
//! #[derive(Event, Serialize, Deserialize, schemars::JsonSchema, Debug, PartialEq)]
//! #[event(key = order_id)]
//! pub struct OrderPlaced { pub order_id: String, pub total_minor: i64 }
//!
//! #[derive(DomainEvent)]
//! pub enum OrderDomainEvent {
//!     #[internal]
//!     DiscountApplied { order_id: u64, percent: u8 },
//!     #[publish(OrderPlaced { order_id: order_id.to_string(), total_minor: *total_minor })]
//!     OrderSubmitted { order_id: u64, total_minor: i64 },
//! }
//!
//! let submitted = OrderDomainEvent::OrderSubmitted { order_id: 7, total_minor: 1250 };
//! let published: Vec<OrderPlaced> = submitted.integration_events();
//! assert_eq!(published, [OrderPlaced { order_id: "7".into(), total_minor: 1250 }]);
//!
//! let discount = OrderDomainEvent::DiscountApplied { order_id: 7, percent: 10 };
//! assert!(Publishes::<OrderPlaced>::integration_events(&discount).is_empty());
//! ```
//!
//! ## The attributes
//!
//! Each variant carries exactly one decision:
//!
//! | attribute | meaning |
//! |---|---|
//! | `#[internal]` | the variant never leaves the context: it publishes nothing |
//! | `#[publish(Target { field: expr, ... })]` | the variant publishes one `Target`, built from the expressions; repeat the attribute to publish several events (of one type or of several) |
//! | `#[publish(Target { field: expr, ..Default })]` | fields not listed take `Default::default()`; without `..Default`, every field of `Target` must be listed |
//! | `#[publish(Target(expr, ...))]`, `#[publish(Target)]` | a tuple-struct or unit-struct target |
//! | `#[domain_event(allow_name = "reason")]` | opts the variant out of the event naming rule, with a reason |
//!
//! A variant with neither `#[internal]` nor `#[publish(...)]` is a compile error naming
//! it ("decide whether `DiscountApplied` is internal or published"): adding a domain event
//! forces a decision about the public contract. Variant names follow the naming rules of
//! events (see [`Event`](trait@crate::Event)).
//!
//! ## How a mapping is compiled
//!
//! The mapping is a struct literal of the target, written by you and compiled as you
//! wrote it, so the compiler checks it at your spans: a missing or unknown target field,
//! a type mismatch, a source field that does not exist. In the expressions, the
//! variant's fields are in scope **by reference** (the mapping runs on `&self`): a field
//! `order_id: OrderId` is an `&OrderId`, so write `order_id.to_string()`,
//! `order_id.clone()` or `*amount` (for `Copy` fields). Fields of a tuple variant are
//! named `_0`, `_1`, ... . A target's generic arguments are written in the path
//! (`EntityChanged<T> { .. }` or `EntityChanged::<T> { .. }`).
//!
//! Targets must be events ([`IntegrationEvent`]: `factum::Event` and
//! `serde::Serialize`); publishing a command is a compile error at the target's path.
//!
//! ## What is generated
//!
//! - [`DomainEvent`]: [`publish_into`](DomainEvent::publish_into) hands every
//!   integration event of a value, in the order of its `#[publish]` attributes, to an
//!   [`IntegrationSink`]; this works with any number of target types.
//! - [`Publishes<E>`] for each target type `E`: [`integration_events`](Publishes::integration_events)
//!   returns the events of that type as a `Vec<E>`. Asking for a type the enum never
//!   publishes does not compile.
//! - Envelopes caused by a context (a command's [`Envelope`], or a [`Cause`] built from
//!   the ids and trace context of a request): [`Publishes::envelopes`] (typed),
//!   [`DomainEvent::envelopes_into`] (an [`EnvelopeSink`], any number of target types) and
//!   [`DomainEvent::envelopes_json`] (encoded JSON, ready for an outbox). Causation,
//!   correlation and trace context are carried over by [`Producer::caused_by`].
//!
//! Why these shapes: a `Vec` because a variant publishes zero, one or a few events, and
//! an empty `Vec` does not allocate (internal variants cost nothing); an iterator would
//! borrow the domain event and have a type no one can name. Several target types do not
//! share a type, and generating an enum of them would add a type to your module that you
//! did not write; a sink ([`IntegrationSink::accept`] is generic over the event) keeps
//! every event's own type, so it can be serialized, wrapped in an envelope or written to
//! an outbox without boxing.
//!
//! ## Generics
//!
//! A generic enum works as long as its own bounds make the mappings compile: the derive
//! adds no bounds. The targets of one enum must be distinct types (two target paths that
//! name the same type, through an alias, are conflicting `Publishes` implementations).

use crate::Event;
use crate::envelope::{Cause, EncodeError, Envelope, Producer};
/// The derive, beside its trait (so that `use factum::domain::DomainEvent` brings both).
pub use factum_derive::DomainEvent;

/// An enum of domain events, each variant internal or mapped to integration events.
///
/// Implemented by `#[derive(DomainEvent)]`; see the [module docs](self).
///
/// ```
/// use factum::{DomainEvent, Event};
/// use factum::domain::{IntegrationEvent, IntegrationSink};
///
/// #[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
/// pub struct PaymentCaptured { pub order_id: String }
///
/// #[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
/// pub struct InvoiceIssued { pub order_id: String, pub number: u32 }
///
/// #[derive(DomainEvent)]
/// pub enum PaymentDomainEvent {
///     #[publish(PaymentCaptured { order_id: _0.clone() })]
///     #[publish(InvoiceIssued { order_id: _0.clone(), number: *_1 })]
///     PaymentSettled(String, u32),
///     #[internal]
///     RetryScheduled,
/// }
///
/// /// Collects the wire names of what is published.
/// struct Names(Vec<&'static str>);
///
/// impl IntegrationSink for Names {
///     fn accept<E: IntegrationEvent>(&mut self, _event: E) {
///         self.0.push(E::NAME);
///     }
/// }
///
/// let mut names = Names(Vec::new());
/// PaymentDomainEvent::PaymentSettled("o-1".into(), 17).publish_into(&mut names);
/// PaymentDomainEvent::RetryScheduled.publish_into(&mut names);
/// assert_eq!(names.0, ["PaymentCaptured", "InvoiceIssued"]);
/// assert!(PaymentDomainEvent::RetryScheduled.is_internal());
/// assert_eq!(PaymentDomainEvent::RetryScheduled.variant_name(), "RetryScheduled");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an enum of domain events",
    label = "not a domain event",
    note = "derive `factum::DomainEvent` on `{Self}`, and mark each variant `#[internal]` or `#[publish(...)]`"
)]
pub trait DomainEvent {
    /// The names of the variants, in order.
    const VARIANTS: &'static [&'static str];

    /// Hands every integration event this value publishes to `sink`, in the order of the
    /// variant's `#[publish(...)]` attributes; an internal variant hands nothing.
    fn publish_into<S: IntegrationSink + ?Sized>(&self, sink: &mut S);

    /// Whether this value's variant is `#[internal]` (publishes nothing).
    fn is_internal(&self) -> bool;

    /// The name of this value's variant.
    fn variant_name(&self) -> &'static str;

    /// Wraps every integration event of this value in an envelope built by `producer`
    /// and caused by `cause` (its `causationid` is the cause's id; correlation id and
    /// trace context are carried over, see [`Producer::caused_by`]), and hands each
    /// envelope to `sink`, in order.
    fn envelopes_into<'c, S: EnvelopeSink + ?Sized>(
        &self,
        producer: &Producer,
        cause: impl Into<Cause<'c>>,
        sink: &mut S,
    ) {
        self.publish_into(&mut Wrap {
            producer,
            cause: cause.into(),
            sink,
        });
    }

    /// The integration events of this value as envelopes caused by `cause`, each encoded
    /// as structured-mode JSON (`application/cloudevents+json`), in order: what an outbox
    /// stores or a broker sends, whatever the events' types.
    ///
    /// ```
    /// use factum::{DomainEvent, Event};
    /// use factum::envelope::{Cause, Producer};
    ///
    /// #[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    /// #[event(key = order_id)]
    /// pub struct OrderPlaced { pub order_id: String }
    ///
    /// #[derive(DomainEvent)]
    /// pub enum OrderDomainEvent {
    ///     #[publish(OrderPlaced { order_id: order_id.clone() })]
    ///     OrderSubmitted { order_id: String },
    /// }
    ///
    /// let producer = Producer::new("/orders")?;
    /// let cause = Cause::new("cmd-1").with_correlation_id("req-9");
    /// let submitted = OrderDomainEvent::OrderSubmitted { order_id: "o-1".into() };
    /// let json = submitted.envelopes_json(&producer, cause)?;
    /// assert_eq!(json.len(), 1);
    /// assert!(json[0].contains(r#""type":"OrderPlaced""#));
    /// assert!(json[0].contains(r#""causationid":"cmd-1""#));
    /// assert!(json[0].contains(r#""correlationid":"req-9""#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// The first event whose data does not encode as JSON.
    fn envelopes_json<'c>(
        &self,
        producer: &Producer,
        cause: impl Into<Cause<'c>>,
    ) -> Result<Vec<String>, EncodeError> {
        let mut json = JsonEnvelopes(Ok(Vec::new()));
        self.envelopes_into(producer, cause, &mut json);
        json.0
    }
}

/// A domain event enum that publishes integration events of type `E`.
///
/// Implemented by `#[derive(DomainEvent)]` once for each distinct `#[publish(...)]`
/// target; a type the enum never publishes has no implementation, so asking for it is
/// a compile error.
///
/// ```compile_fail
/// use factum::{DomainEvent, Event};
/// use factum::domain::Publishes;
///
/// #[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
/// pub struct OrderPlaced { pub order_id: u64 }
/// #[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
/// pub struct OrderShipped { pub order_id: u64 }
///
/// #[derive(DomainEvent)]
/// pub enum OrderDomainEvent {
///     #[publish(OrderPlaced { order_id: *order_id })]
///     OrderSubmitted { order_id: u64 },
/// }
///
/// let event = OrderDomainEvent::OrderSubmitted { order_id: 1 };
/// let shipped: Vec<OrderShipped> = event.integration_events(); // error: never published
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` never publishes `{E}`",
    label = "no variant of `{Self}` has `#[publish({E} {{ .. }})]`",
    note = "add `#[publish({E} {{ ... }})]` to the variants that publish it, or ask for a type `{Self}` publishes"
)]
pub trait Publishes<E>: DomainEvent {
    /// The integration events of type `E` that this value publishes: empty for an
    /// internal variant or one that publishes other types, else one per matching
    /// `#[publish(...)]`, in order.
    fn integration_events(&self) -> Vec<E>;

    /// [`integration_events`](Self::integration_events), each wrapped in an envelope
    /// built by `producer` and caused by `cause` (see [`Producer::caused_by`]).
    ///
    /// ```
    /// use factum::{DomainEvent, Event};
    /// use factum::domain::Publishes;
    /// use factum::envelope::{Envelope, Producer};
    ///
    /// #[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    /// pub struct CheckoutRequested { pub order_id: u64 }
    /// #[derive(Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    /// pub struct OrderPlaced { pub order_id: u64 }
    ///
    /// #[derive(DomainEvent)]
    /// pub enum OrderDomainEvent {
    ///     #[publish(OrderPlaced { order_id: *order_id })]
    ///     OrderSubmitted { order_id: u64 },
    /// }
    ///
    /// let producer = Producer::new("/orders")?;
    /// let trigger = producer.envelope(CheckoutRequested { order_id: 1 });
    /// let submitted = OrderDomainEvent::OrderSubmitted { order_id: 1 };
    /// let placed: Vec<Envelope<OrderPlaced>> = submitted.envelopes(&producer, &trigger);
    /// assert_eq!(placed[0].causation_id(), Some(trigger.id()));
    /// assert_eq!(placed[0].data().order_id, 1);
    /// # Ok::<(), factum::envelope::AttributeError>(())
    /// ```
    fn envelopes<'c>(&self, producer: &Producer, cause: impl Into<Cause<'c>>) -> Vec<Envelope<E>>
    where
        E: Event,
    {
        let cause = cause.into();
        self.integration_events()
            .into_iter()
            .map(|event| producer.caused_by(cause, event))
            .collect()
    }
}

/// Receives the integration events of a domain event, each with its own type.
///
/// Implement it to serialize the events, wrap them in envelopes, or store them in an
/// outbox; see [`DomainEvent`] for an example.
pub trait IntegrationSink {
    /// Receives one integration event.
    fn accept<E: IntegrationEvent>(&mut self, event: E);
}

impl<S: IntegrationSink + ?Sized> IntegrationSink for &mut S {
    fn accept<E: IntegrationEvent>(&mut self, event: E) {
        (**self).accept(event);
    }
}

/// Receives the envelopes of a domain event's integration events, each with its event's
/// own type ([`DomainEvent::envelopes_into`]).
pub trait EnvelopeSink {
    /// Receives one envelope.
    fn accept<E: IntegrationEvent>(&mut self, envelope: Envelope<E>);
}

impl<S: EnvelopeSink + ?Sized> EnvelopeSink for &mut S {
    fn accept<E: IntegrationEvent>(&mut self, envelope: Envelope<E>) {
        (**self).accept(envelope);
    }
}

/// Wraps each integration event into an envelope caused by `cause`.
struct Wrap<'a, 'c, S: ?Sized> {
    producer: &'a Producer,
    cause: Cause<'c>,
    sink: &'a mut S,
}

impl<S: EnvelopeSink + ?Sized> IntegrationSink for Wrap<'_, '_, S> {
    fn accept<E: IntegrationEvent>(&mut self, event: E) {
        self.sink.accept(self.producer.caused_by(self.cause, event));
    }
}

/// Encodes each envelope as JSON, keeping the first error.
struct JsonEnvelopes(Result<Vec<String>, EncodeError>);

impl EnvelopeSink for JsonEnvelopes {
    fn accept<E: IntegrationEvent>(&mut self, envelope: Envelope<E>) {
        if let Ok(out) = &mut self.0 {
            match envelope.to_json_string() {
                Ok(json) => out.push(json),
                Err(err) => self.0 = Err(err),
            }
        }
    }
}

/// What a `#[publish(...)]` target must be: an [`Event`](trait@Event) that serializes.
///
/// Implemented for every such type.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be published as an integration event",
    label = "`#[publish(...)]` target is not an event",
    note = "a `#[publish(...)]` target must be an integration event: a type with `#[derive(factum::Event, serde::Serialize)]`; commands are sent to one handler and queries are asked, neither is published"
)]
pub trait IntegrationEvent: Event + serde::Serialize {}

impl<T: Event + serde::Serialize> IntegrationEvent for T {}

/// Hands `event` to `sink`; the bound is checked at each `#[publish(...)]` target.
#[doc(hidden)]
#[inline]
pub fn publish_to<S: IntegrationSink + ?Sized, E: IntegrationEvent>(sink: &mut S, event: E) {
    sink.accept(event);
}
