//! The input model: a message type as the derives see it.

use syn::{DeriveInput, Ident, Member};

use super::{Ctxt, Kind, attr};

/// A struct or enum with a message derive.
pub struct Container<'a> {
    /// The type's name.
    pub ident: &'a Ident,
    /// Its `#[event(...)]` (or `command`, `query`) attributes.
    pub attrs: attr::Container,
    /// Its fields or variants.
    pub data: Data<'a>,
    /// The parsed input.
    pub original: &'a DeriveInput,
}

/// The shape of the type.
pub enum Data<'a> {
    /// A struct and its fields.
    Struct(Vec<Field<'a>>),
    /// An enum and its variants.
    Enum(Vec<Variant<'a>>),
}

/// One enum variant.
pub struct Variant<'a> {
    /// The variant's name.
    pub ident: &'a Ident,
    /// Its attributes.
    pub attrs: attr::Variant,
    /// Its fields.
    pub fields: Vec<Field<'a>>,
}

/// One field.
pub struct Field<'a> {
    /// Its name, or its index in a tuple.
    pub member: Member,
    /// The parsed field.
    pub original: &'a syn::Field,
}

impl<'a> Container<'a> {
    /// Builds the model, recording problems in `cx`; `None` if the input cannot be a
    /// message at all (a union).
    pub fn from_ast(cx: &Ctxt, item: &'a DeriveInput, kind: Kind) -> Option<Container<'a>> {
        let attrs = attr::Container::from_ast(cx, item, kind);
        let data = match &item.data {
            syn::Data::Struct(data) => Data::Struct(fields_from_ast(cx, &data.fields, kind)),
            syn::Data::Enum(data) => Data::Enum(
                data.variants
                    .iter()
                    .map(|variant| Variant {
                        ident: &variant.ident,
                        attrs: attr::Variant::from_ast(cx, variant, kind),
                        fields: fields_from_ast(cx, &variant.fields, kind),
                    })
                    .collect(),
            ),
            syn::Data::Union(data) => {
                cx.error_at(
                    data.union_token.span,
                    format!(
                        "a union cannot be a message: derive `{}` on a struct or an enum",
                        kind.derive_name()
                    ),
                );
                return None;
            }
        };
        Some(Container {
            ident: &item.ident,
            attrs,
            data,
            original: item,
        })
    }

    /// Whether the type has generic parameters.
    pub fn is_generic(&self) -> bool {
        !self.original.generics.params.is_empty()
    }
}

fn fields_from_ast<'a>(cx: &Ctxt, fields: &'a syn::Fields, kind: Kind) -> Vec<Field<'a>> {
    fields
        .iter()
        .enumerate()
        .map(|(i, field)| {
            attr::reject_on_field(cx, field, kind);
            Field {
                member: match &field.ident {
                    Some(ident) => Member::Named(ident.clone()),
                    None => Member::Unnamed(i.into()),
                },
                original: field,
            }
        })
        .collect()
}
