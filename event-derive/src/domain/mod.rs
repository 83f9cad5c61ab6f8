//! `#[derive(DomainEvent)]`: domain events mapped to integration events, checked by the
//! compiler.
//!
//! The same pipeline as the message derives: [`ast`] builds the model and reads the
//! attributes ([`attr`]), [`valid`] checks the rules, collecting every error with its
//! span, and only then [`expand`] generates code.

mod ast;
mod attr;
mod expand;
mod valid;

use proc_macro2::TokenStream;

use crate::vocabulary;

/// Runs the derive over its input; errors become `compile_error!`s at their spans.
pub fn derive(input: TokenStream) -> TokenStream {
    vocabulary::run(input, expand::expand)
}
