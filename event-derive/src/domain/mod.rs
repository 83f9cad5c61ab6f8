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

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{DeriveInput, LitStr};

use crate::vocabulary;

/// Runs the derive over its input; errors become `compile_error!`s at their spans.
pub fn derive(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(err) => return err.to_compile_error(),
    };
    let loaded = match vocabulary::load() {
        Ok(loaded) => loaded,
        Err(message) => return syn::Error::new(Span::call_site(), message).to_compile_error(),
    };
    match expand::expand(&input, &loaded.vocabulary) {
        Ok(mut tokens) => {
            if let Some(path) = loaded.path.as_ref().and_then(|p| p.to_str()) {
                // Tells cargo that the crate depends on its vocabulary file.
                let path = LitStr::new(path, Span::call_site());
                tokens.extend(quote! {
                    const _: &[u8] = ::core::include_bytes!(#path);
                });
            }
            tokens
        }
        Err(err) => err.to_compile_error(),
    }
}
