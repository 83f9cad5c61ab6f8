//! Derive macros for [factum](https://docs.rs/factum): `Event`, `Command`, `Query`,
//! `Inbox` (the events a consumer handles) and `DomainEvent` (domain → integration mappers).
//!
//! Use them through the `factum` crate, which re-exports them beside the traits they
//! implement; the documentation of the attributes is there.
//!
//! Each derive parses the input into a model ([`internals::ast`]), reads the attributes
//! ([`internals::attr`]), checks the rules ([`internals::valid`]), collecting every
//! error with its span, and only then generates code ([`expand`]).

#![deny(missing_docs)]

mod domain;
mod expand;
mod inbox;
mod internals;
mod section;
mod vocabulary;

use proc_macro::TokenStream;

use internals::Kind;

/// Derives `factum::Message` and `factum::Event`; the name must read as a past-tense fact.
#[proc_macro_derive(Event, attributes(event))]
pub fn derive_event(input: TokenStream) -> TokenStream {
    expand::derive(Kind::Event, input.into()).into()
}

/// Derives `factum::Message` and `factum::Command`; the name must read as an imperative (the
/// imperative of a question verb counts: `CheckForUpdates`) or a request-reply message
/// (`HeartbeatRequest`).
#[proc_macro_derive(Command, attributes(command))]
pub fn derive_command(input: TokenStream) -> TokenStream {
    expand::derive(Kind::Command, input.into()).into()
}

/// Derives `factum::Message` and `factum::Query`; the name must read as a question, or name
/// what the query returns with no verb (`AvailableHours`, `OrderById`).
#[proc_macro_derive(Query, attributes(query))]
pub fn derive_query(input: TokenStream) -> TokenStream {
    expand::derive(Kind::Query, input.into()).into()
}

/// Derives `factum::Inbox` on an enum whose variants each hold one event type.
#[proc_macro_derive(Inbox, attributes(inbox))]
pub fn derive_inbox(input: TokenStream) -> TokenStream {
    inbox::derive(input.into()).into()
}

/// Derives `factum::domain::DomainEvent` and `factum::domain::Publishes` on an enum of
/// domain events: each variant is `#[internal]` or maps to integration events with
/// `#[publish(Target { field: expr, .. })]`.
#[proc_macro_derive(DomainEvent, attributes(internal, publish, domain_event))]
pub fn derive_domain_event(input: TokenStream) -> TokenStream {
    domain::derive(input.into()).into()
}
