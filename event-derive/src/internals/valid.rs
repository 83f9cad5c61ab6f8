//! Semantic checks: the naming rule and the partition key.

use factum_naming::Vocabulary;
use quote::ToTokens;
use syn::Member;

use super::ast::{Container, Data, Field};
use super::attr::{self, Attr, KeyField};
use super::{Ctxt, Kind};

/// Records every rule the container breaks.
pub fn check(cx: &Ctxt, cont: &Container, kind: Kind, vocabulary: &Vocabulary) {
    check_names(cx, cont, kind, vocabulary);
    check_key(cx, cont);
    if let Some(from) = &cont.attrs.upcast_from
        && cont.is_generic()
    {
        cx.error_spanned_by(
            &from.tokens,
            "`upcast_from` needs a concrete event type: a generic event has no single chain of versions",
        );
    }
}

fn check_names(cx: &Ctxt, cont: &Container, kind: Kind, vocabulary: &Vocabulary) {
    if cont.attrs.allow_name.is_some() {
        return;
    }
    let report = |span: proc_macro2::Span, result: Result<(), factum_naming::Violation>| {
        if let Err(violation) = result {
            cx.error_at(span, violation);
        }
    };
    match &cont.data {
        Data::Struct(_) => {
            let ident = cont.ident.to_string();
            report(
                cont.ident.span(),
                factum_naming::check(&ident, kind.naming(), vocabulary),
            );
            if let Some(name) = &cont.attrs.name {
                // A wire name (`com.shop.order.placed`) is read on its last segment.
                if factum_naming::wire_segment(&name.value) != ident {
                    report(
                        attr::span_of(name),
                        factum_naming::check_wire_name(&name.value, kind.naming(), vocabulary),
                    );
                }
            }
        }
        Data::Enum(variants) => {
            if variants.is_empty() {
                cx.error_spanned_by(
                    cont.ident,
                    format!(
                        "`{}` has no variants: an enum of messages needs at least one",
                        cont.ident
                    ),
                );
            }
            // A variant reads with its enum's subject: `OrderEvent::Placed` is `OrderPlaced`.
            let family = cont.ident.to_string();
            for variant in variants.iter().filter(|v| v.attrs.allow_name.is_none()) {
                report(
                    variant.ident.span(),
                    factum_naming::check_variant(
                        &family,
                        &variant.ident.to_string(),
                        kind.naming(),
                        vocabulary,
                    ),
                );
            }
        }
    }
}

fn check_key(cx: &Ctxt, cont: &Container) {
    let Some(key) = &cont.attrs.key else {
        return;
    };
    match &cont.data {
        Data::Struct(fields) => {
            if !has_member(fields, &key.value.member) {
                cx.error_spanned_by(
                    &key.tokens,
                    format!(
                        "`{}` has no field `{}` to be the partition key; {}",
                        cont.ident,
                        member_name(&key.value.member),
                        available(fields)
                    ),
                );
            }
        }
        Data::Enum(variants) => {
            for variant in variants {
                if !has_member(&variant.fields, &key.value.member) {
                    cx.error_spanned_by(
                        variant.ident,
                        format!(
                            "variant `{}` has no field `{}`, which the enum's partition `key` names: give every variant that field, or remove `key`",
                            variant.ident,
                            member_name(&key.value.member),
                        ),
                    );
                }
            }
        }
    }
}

fn has_member(fields: &[Field], member: &Member) -> bool {
    fields.iter().any(|f| &f.member == member)
}

/// A field's name, or its index in a tuple, as written in `key = ...`.
pub fn member_name(member: &Member) -> String {
    member.to_token_stream().to_string()
}

fn available(fields: &[Field]) -> String {
    if fields.is_empty() {
        return "it has no fields: add one, or remove `key`".to_owned();
    }
    let names: Vec<String> = fields
        .iter()
        .map(|f| format!("`{}`", member_name(&f.member)))
        .collect();
    format!("choose one of its fields: {}", names.join(", "))
}

/// The key field of a struct, once checked.
pub fn struct_key<'a>(fields: &'a [Field<'a>], key: &Attr<KeyField>) -> Option<&'a Field<'a>> {
    fields.iter().find(|f| f.member == key.value.member)
}
