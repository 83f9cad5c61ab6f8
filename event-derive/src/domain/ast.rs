//! The input model: an enum of domain events as the derive sees it.

use proc_macro2::Span;
use quote::format_ident;
use syn::{DeriveInput, Ident, Member, Type};

use super::attr;
use crate::internals::Ctxt;

/// The enum with `#[derive(DomainEvent)]`.
pub struct Container<'a> {
    /// The enum's name.
    pub ident: &'a Ident,
    /// Its variants, in order.
    pub variants: Vec<Variant<'a>>,
    /// The parsed input.
    pub original: &'a DeriveInput,
}

/// One domain event.
pub struct Variant<'a> {
    /// The variant's name.
    pub ident: &'a Ident,
    /// Its decision: internal, or what it publishes.
    pub attrs: attr::Variant,
    /// Its fields, named or positional.
    pub fields: Vec<Field<'a>>,
}

/// One field of a variant.
pub struct Field<'a> {
    /// The field, by name or index, for patterns.
    pub member: Member,
    /// The name it is bound to in the mappings: its own, or `_0`, `_1`, ... in a tuple.
    pub binding: Ident,
    /// Its type.
    pub ty: &'a Type,
}

impl<'a> Container<'a> {
    /// Builds the model, recording problems in `cx`; `None` if the input is not an enum.
    pub fn from_ast(cx: &Ctxt, item: &'a DeriveInput) -> Option<Container<'a>> {
        attr::reject_on_container(cx, item);
        let data = match &item.data {
            syn::Data::Enum(data) => data,
            syn::Data::Struct(data) => {
                cx.error_at(
                    data.struct_token.span,
                    format!(
                        "`DomainEvent` is derived on an enum whose variants are the domain events, not on a struct: make `{0}` a variant of such an enum, e.g. `enum OrderDomainEvent {{ {0} {{ .. }}, .. }}`, and mark each variant `#[internal]` or `#[publish(...)]`",
                        item.ident
                    ),
                );
                return None;
            }
            syn::Data::Union(data) => {
                cx.error_at(
                    data.union_token.span,
                    "`DomainEvent` is derived on an enum whose variants are the domain events, not on a union",
                );
                return None;
            }
        };
        let variants = data
            .variants
            .iter()
            .map(|variant| Variant {
                ident: &variant.ident,
                attrs: attr::Variant::from_ast(cx, variant),
                fields: fields_from_ast(cx, &variant.fields),
            })
            .collect();
        Some(Container {
            ident: &item.ident,
            variants,
            original: item,
        })
    }
}

fn fields_from_ast<'a>(cx: &Ctxt, fields: &'a syn::Fields) -> Vec<Field<'a>> {
    fields
        .iter()
        .enumerate()
        .map(|(i, field)| {
            attr::reject_on_field(cx, field);
            let (member, binding) = match &field.ident {
                Some(ident) => (Member::Named(ident.clone()), ident.clone()),
                None => (
                    Member::Unnamed(syn::Index {
                        index: u32::try_from(i).expect("fewer than 2^32 fields"),
                        span: Span::call_site(),
                    }),
                    format_ident!("_{}", i),
                ),
            };
            Field {
                member,
                binding,
                ty: &field.ty,
            }
        })
        .collect()
}
