//! `#[derive(Inbox)]`: an enum of the events one consumer handles.
//!
//! Input model: an enum whose every variant holds exactly one event, as a one-field tuple
//! variant (`Placed(OrderPlaced)`). Checks: not a struct or union, at least one variant,
//! one unnamed field per variant, no generics; the event types are checked by the compiler
//! (`Versioned` bound at each variant's type) and distinct wire names at compile time.
//!
//! Attributes: `#[inbox(group = "billing")]`, the consumer group that reads it, and
//! `#[inbox(crate = "path")]`. The inbox is registered (`factum::registry`), so the
//! contract files list it as a receiver of each of its events.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, LitStr};

use crate::internals::{Ctxt, krate};
use crate::section;

/// One variant: its name and the event type it holds.
struct Variant<'a> {
    ident: &'a syn::Ident,
    ty: &'a syn::Type,
}

/// Runs the derive; errors become `compile_error!`s at their spans.
pub fn derive(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(err) => return err.to_compile_error(),
    };
    expand(&input).unwrap_or_else(syn::Error::into_compile_error)
}

/// Checks and expands one input.
///
/// # Errors
///
/// Every problem found, combined.
pub fn expand(input: &DeriveInput) -> syn::Result<TokenStream> {
    let cx = Ctxt::new();
    let variants = parse(&cx, input);
    let attrs = parse_attrs(&cx, &input.attrs);
    cx.check()?;
    let out = generate(input, &variants, attrs.group.as_ref());
    let krate = attrs.krate;
    Ok(match krate {
        Some(path) => krate::rewrite(out, &path),
        None => out,
    })
}

/// `#[inbox(...)]` on the enum.
#[derive(Default)]
struct Attrs {
    krate: Option<syn::Path>,
    group: Option<LitStr>,
}

fn parse_attrs(cx: &Ctxt, attrs: &[syn::Attribute]) -> Attrs {
    let mut out = Attrs::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("inbox")) {
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("crate") {
                let value = krate::parse_value(&meta)?;
                if out.krate.replace(value).is_some() {
                    return Err(meta.error("duplicate `crate` in #[inbox(...)]: give it once"));
                }
            } else if meta.path.is_ident("group") {
                let lit: LitStr = meta.value()?.parse()?;
                let value = lit.value();
                if value.trim().is_empty() || value.chars().any(char::is_control) {
                    return Err(syn::Error::new(
                        lit.span(),
                        "`group` names the consumer group, such as `group = \"billing\"`: it cannot be empty or hold control characters",
                    ));
                }
                if out.group.replace(lit).is_some() {
                    return Err(meta.error("duplicate `group` in #[inbox(...)]: give it once"));
                }
            } else {
                let key = meta.path.to_token_stream().to_string();
                return Err(meta.error(format!(
                    "unknown attribute `{key}` in #[inbox(...)]; the known ones are `group` (the consumer group, such as `group = \"billing\"`) and `crate`"
                )));
            }
            Ok(())
        });
        if let Err(err) = result {
            cx.syn_error(err);
        }
    }
    out
}

fn parse<'a>(cx: &Ctxt, input: &'a DeriveInput) -> Vec<Variant<'a>> {
    let data = match &input.data {
        Data::Enum(data) => data,
        Data::Struct(s) => {
            cx.error_at(
                s.struct_token.span,
                "an inbox is an enum with one variant per event it handles, e.g. `enum BillingInbox { Placed(OrderPlaced), Failed(PaymentFailed) }`",
            );
            return Vec::new();
        }
        Data::Union(u) => {
            cx.error_at(u.union_token.span, "an inbox is an enum, not a union");
            return Vec::new();
        }
    };
    if !input.generics.params.is_empty() {
        cx.error_spanned_by(
            &input.generics,
            "an inbox cannot be generic: it names the concrete event types it handles",
        );
    }
    if data.variants.is_empty() {
        cx.error_spanned_by(
            &input.ident,
            format!(
                "`{}` handles no events: add one variant per event, e.g. `Placed(OrderPlaced)`",
                input.ident
            ),
        );
    }
    let mut variants = Vec::new();
    for variant in &data.variants {
        match &variant.fields {
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => variants.push(Variant {
                ident: &variant.ident,
                ty: &fields.unnamed[0].ty,
            }),
            _ => cx.error_spanned_by(
                variant,
                format!(
                    "variant `{}` must hold exactly one event, as `{}(SomeEvent)`",
                    variant.ident, variant.ident
                ),
            ),
        }
    }
    variants
}

/// Per variant: `if name == <its event's name> { return wrap(<decode>(version, data)) }`,
/// `decode` being the event type's `Versioned` method, named at the type's span.
fn decode_arms(
    variants: &[Variant],
    names: &[TokenStream],
    method: &TokenStream,
    wrap: impl Fn(TokenStream) -> TokenStream,
) -> Vec<TokenStream> {
    variants
        .iter()
        .zip(names)
        .map(|(v, name)| {
            let (variant, ty) = (v.ident, v.ty);
            let decode = quote_spanned!(ty.span()=> <#ty as ::factum::Versioned>::#method);
            let decoded = wrap(quote! {
                #decode(version, data)
                    .map(|event| ::factum::__private::Some(Self::#variant(event)))
            });
            quote! {
                if name == #name {
                    return #decoded;
                }
            }
        })
        .collect()
}

fn generate(input: &DeriveInput, variants: &[Variant], group: Option<&LitStr>) -> TokenStream {
    let ident = &input.ident;
    let (group, group_impl) = match group {
        Some(group) => (
            quote!(::factum::__private::Some(#group)),
            quote! {
                #[automatically_derived]
                impl ::factum::InboxGroup for #ident {
                    const GROUP: &'static str = #group;
                }
            },
        ),
        None => (quote!(::factum::__private::None), quote!()),
    };
    // Each event type is named at its own span, so a type that is not an event is
    // reported on the variant that holds it.
    let names: Vec<TokenStream> = variants
        .iter()
        .map(|v| {
            let ty = v.ty;
            quote_spanned!(ty.span()=> <#ty as ::factum::Message>::NAME)
        })
        .collect();
    let versions = variants.iter().map(|v| {
        let ty = v.ty;
        quote_spanned!(ty.span()=> <#ty as ::factum::Message>::VERSION)
    });
    let arms = decode_arms(variants, &names, &quote!(decode_version), |decoded| decoded);
    // The same, over a value at the start of a longer text (in place).
    let arms_at = decode_arms(
        variants,
        &names,
        &quote!(decode_text),
        |decoded| quote!(::factum::__private::Some(#decoded)),
    );
    let event_names = variants.iter().zip(&names).map(|(v, name)| {
        let variant = v.ident;
        quote!(Self::#variant(_) => #name,)
    });
    let event_name_body = if variants.is_empty() {
        quote!(match *self {})
    } else {
        quote!(match self { #(#event_names)* })
    };
    // One static in the registry's link section, as for messages; the names are written
    // here rather than with `stringify!`.
    let (inbox_name, path_tail) = (ident.to_string(), format!("::{ident}"));
    let register = section::entry(
        "CONSUMERS",
        &quote! {
            static CONSUMER: ::factum::__private::ConsumerInfo =
                ::factum::__private::ConsumerInfo::__new::<#ident>(
                    #inbox_name,
                    ::core::concat!(::core::module_path!(), #path_tail),
                    #group,
                );
        },
    );
    quote! {
        const _: () = {
            #[automatically_derived]
            impl ::factum::Inbox for #ident {
                const NAMES: &'static [&'static str] = &[#(#names),*];
                const VERSIONS: &'static [u32] = &[#(#versions),*];

                fn decode_event(
                    name: &str,
                    version: u32,
                    data: &str,
                ) -> ::factum::__private::Result<
                    ::factum::__private::Option<Self>,
                    ::factum::DataError,
                > {
                    #(#arms)*
                    let _ = (version, data);
                    ::factum::__private::Ok(::factum::__private::None)
                }

                fn decode_event_at(
                    name: &str,
                    version: u32,
                    data: &mut ::factum::__private::DataText<'_>,
                ) -> ::factum::__private::Option<
                    ::factum::__private::Result<
                        ::factum::__private::Option<Self>,
                        ::factum::DataError,
                    >,
                > {
                    #(#arms_at)*
                    let _ = (version, data);
                    ::factum::__private::Some(::factum::__private::Ok(::factum::__private::None))
                }

                fn event_name(&self) -> &'static str {
                    #event_name_body
                }
            }

            #group_impl

            const _: () = ::factum::__private::check_inbox_names(
                <#ident as ::factum::Inbox>::NAMES,
            );

            #register
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(input: TokenStream) -> String {
        let input: DeriveInput = syn::parse2(input).unwrap();
        expand(&input)
            .unwrap_err()
            .into_iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn every_bad_variant_is_reported() {
        let e = errors(quote!(
            enum Inbox {
                A(X),
                B { x: X },
                C,
                D(X, Y),
            }
        ));
        assert!(e.contains("variant `B` must hold exactly one event"), "{e}");
        assert!(e.contains("variant `C`"), "{e}");
        assert!(e.contains("variant `D`"), "{e}");
        assert!(!e.contains("variant `A`"), "{e}");
    }

    #[test]
    fn group_is_registered_and_bad_attributes_are_reported_together() {
        let input: DeriveInput = syn::parse2(quote!(
            #[inbox(group = "billing")]
            enum BillingInbox {
                Placed(OrderPlaced),
            }
        ))
        .unwrap();
        let out = expand(&input).unwrap().to_string();
        assert!(
            out.contains("impl :: factum :: InboxGroup for BillingInbox"),
            "{out}"
        );
        assert!(out.contains("Some (\"billing\")"), "{out}");
        assert!(out.contains("link_section = \"linkme_CONSUMERS\""), "{out}");

        let e = errors(quote!(
            #[inbox(group = "", colour = "red")]
            #[inbox(group = "a", group = "b")]
            enum Inbox {
                A(X),
                B,
            }
        ));
        assert!(e.contains("cannot be empty"), "{e}");
        assert!(e.contains("duplicate `group`"), "{e}");
        assert!(e.contains("variant `B`"), "{e}");
    }

    #[test]
    fn structs_and_generics_are_refused() {
        assert!(
            errors(quote!(
                struct Inbox(X);
            ))
            .contains("an inbox is an enum")
        );
        assert!(
            errors(quote!(
                enum Inbox<T> {
                    A(T),
                }
            ))
            .contains("cannot be generic")
        );
        assert!(
            errors(quote!(
                enum Inbox {}
            ))
            .contains("handles no events")
        );
    }
}
