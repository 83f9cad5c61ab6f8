//! Code generation, once the enum has passed every check.
//!
//! Each `#[publish(...)]` becomes one private associated function of the enum, taking the
//! variant's fields by reference under their own names and returning the target built
//! by the user's struct literal. Every mapping is thus compiled once, at the user's
//! spans, and called from both `DomainEvent::publish_into` and the `Publishes<Target>`
//! implementation.

use proc_macro2::{Group, Span, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::DeriveInput;

use super::ast::{Container, Variant};
use super::attr::{Body, Publish};
use super::valid;
use crate::internals::Ctxt;

/// Checks and expands one input with a given vocabulary.
///
/// # Errors
///
/// Every problem found, combined.
pub fn expand(
    input: &DeriveInput,
    vocabulary: &factum_naming::Vocabulary,
) -> syn::Result<TokenStream> {
    let cx = Ctxt::new();
    let Some(cont) = Container::from_ast(&cx, input) else {
        cx.check()?;
        unreachable!("a struct or union is always an error");
    };
    valid::check(&cx, &cont, vocabulary);
    let krate = super::attr::crate_path(&cx, input);
    cx.check()?;
    let out = generate(&cont);
    Ok(match krate {
        Some(path) => crate::internals::krate::rewrite(out, &path),
        None => out,
    })
}

/// One `#[publish(...)]` with the name of the function that builds it.
struct Mapping<'a> {
    publish: &'a Publish,
    function: syn::Ident,
}

fn generate(cont: &Container) -> TokenStream {
    let ident = cont.ident;
    let (impl_generics, ty_generics, where_clause) = cont.original.generics.split_for_impl();

    let mut index = 0_usize;
    let mappings: Vec<Vec<Mapping>> = cont
        .variants
        .iter()
        .map(|variant| {
            variant
                .attrs
                .publish
                .iter()
                .map(|publish| {
                    let function = format_ident!("__factum_publish_{}", index);
                    index += 1;
                    Mapping { publish, function }
                })
                .collect()
        })
        .collect();

    let functions = cont
        .variants
        .iter()
        .zip(&mappings)
        .flat_map(|(variant, mappings)| mappings.iter().map(move |m| function(variant, m)));

    let names: Vec<String> = cont.variants.iter().map(|v| v.ident.to_string()).collect();
    let publish_arms = cont
        .variants
        .iter()
        .zip(&mappings)
        .map(|(variant, mappings)| {
            let pattern = pattern(variant, !mappings.is_empty());
            let calls = mappings.iter().map(|m| {
                let span = target_span(m.publish);
                let call = call(variant, m);
                // The event is one token at the target's span: a target that is not an
                // integration event is reported there.
                let event = syn::Ident::new("__event", span);
                quote! {
                    let #event = #call;
                    ::factum::__private::publish_to(__sink, #event);
                }
            });
            quote!(#pattern => { #(#calls)* })
        });
    let internal_arms = cont.variants.iter().map(|variant| {
        let pattern = pattern(variant, false);
        let internal = variant.attrs.internal.is_some();
        quote!(#pattern => #internal,)
    });
    let name_arms = cont.variants.iter().zip(&names).map(|(variant, name)| {
        let pattern = pattern(variant, false);
        quote!(#pattern => #name,)
    });

    let publishes = publishes(cont, &mappings);

    quote! {
        const _: () = {
            #[automatically_derived]
            impl #impl_generics #ident #ty_generics #where_clause {
                #(#functions)*
            }

            #[automatically_derived]
            impl #impl_generics ::factum::domain::DomainEvent for #ident #ty_generics #where_clause {
                const VARIANTS: &'static [&'static str] = &[#(#names),*];

                fn publish_into<__S>(&self, __sink: &mut __S)
                where
                    __S: ::factum::domain::IntegrationSink + ?::core::marker::Sized,
                {
                    match self { #(#publish_arms)* }
                }

                #[inline]
                fn is_internal(&self) -> bool {
                    match self { #(#internal_arms)* }
                }

                #[inline]
                fn variant_name(&self) -> &'static str {
                    match self { #(#name_arms)* }
                }
            }

            #(#publishes)*
        };
    }
}

/// One `Publishes<Target>` per distinct target, in order of first appearance.
fn publishes(cont: &Container, mappings: &[Vec<Mapping>]) -> Vec<TokenStream> {
    let ident = cont.ident;
    let (impl_generics, ty_generics, where_clause) = cont.original.generics.split_for_impl();
    let mut targets: Vec<(String, &syn::Path)> = Vec::new();
    for mapping in mappings.iter().flatten() {
        let key = mapping.publish.path.to_token_stream().to_string();
        if !targets.iter().any(|(k, _)| *k == key) {
            targets.push((key, &mapping.publish.path));
        }
    }
    targets.iter().map(|(key, path)| {
        let arms = cont.variants.iter().zip(mappings).map(|(variant, mappings)| {
            let calls: Vec<TokenStream> = mappings
                .iter()
                .filter(|m| m.publish.path.to_token_stream().to_string() == *key)
                .map(|m| call(variant, m))
                .collect();
            let pattern = pattern(variant, !calls.is_empty());
            if calls.is_empty() {
                quote!(#pattern => ::factum::__private::Vec::new(),)
            } else {
                quote!(#pattern => ::factum::__private::Vec::from([#(#calls),*]),)
            }
        });
        quote! {
            #[automatically_derived]
            impl #impl_generics ::factum::domain::Publishes<#path> for #ident #ty_generics #where_clause {
                fn integration_events(&self) -> ::factum::__private::Vec<#path> {
                    match self { #(#arms)* }
                }
            }
        }
    }).collect()
}

/// `Self::Variant { a, b }` (binding the fields by reference), or `Self::Variant { .. }`.
fn pattern(variant: &Variant, bind: bool) -> TokenStream {
    let v = variant.ident;
    if !bind {
        return quote!(Self::#v { .. });
    }
    let fields = variant.fields.iter().map(|f| match &f.member {
        syn::Member::Named(name) => quote!(#name),
        syn::Member::Unnamed(index) => {
            let binding = &f.binding;
            quote!(#index: #binding)
        }
    });
    quote!(Self::#v { #(#fields),* })
}

/// `Self::__factum_publish_N(a, b)`, with the bindings of [`pattern`].
fn call(variant: &Variant, mapping: &Mapping) -> TokenStream {
    let function = &mapping.function;
    let args = variant.fields.iter().map(|f| &f.binding);
    quote!(Self::#function(#(#args),*))
}

/// The function that builds one target from the variant's fields.
fn function(variant: &Variant, mapping: &Mapping) -> TokenStream {
    let function = &mapping.function;
    let path = &mapping.publish.path;
    let params = variant.fields.iter().map(|f| {
        let binding = &f.binding;
        let ty = f.ty;
        quote!(#binding: &#ty)
    });
    let build = match &mapping.publish.body {
        Body::Struct { fields, span, fill } => {
            let fill = fill.as_ref().map(|default| {
                let span = default.span();
                quote_spanned!(span=> ..::factum::__private::Default::default())
            });
            let mut group = Group::new(proc_macro2::Delimiter::Brace, quote!(#fields #fill));
            group.set_span(*span);
            quote!(#path #group)
        }
        Body::Tuple(group) => quote!(#path #group),
        Body::Unit => quote!(#path),
    };
    quote! {
        #[doc(hidden)]
        #[inline]
        #[allow(
            unused_variables,
            clippy::ptr_arg,
            clippy::trivially_copy_pass_by_ref,
            clippy::used_underscore_binding,
            clippy::too_many_arguments
        )]
        fn #function(#(#params),*) -> #path {
            #build
        }
    }
}

/// Where an error about a target as a whole is reported: its type's name.
fn target_span(publish: &Publish) -> Span {
    let located = publish
        .path
        .segments
        .last()
        .map_or_else(Span::call_site, |s| s.ident.span());
    Span::call_site().located_at(located)
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn run(input: TokenStream) -> Result<String, Vec<String>> {
        let input: DeriveInput = syn::parse2(input).unwrap();
        expand(&input, &factum_naming::Vocabulary::default())
            .map(|t| t.to_string())
            .map_err(|e| e.into_iter().map(|e| e.to_string()).collect())
    }

    #[test]
    fn a_range_in_a_field_is_not_a_struct_base() {
        let out = run(quote! {
            enum E {
                #[publish(Window { slots: 0..*n, from: ..*n, ..Default })]
                SlotsOpened { n: u8 },
            }
        })
        .unwrap();
        assert!(out.contains("slots : 0 .. * n , from : .. * n ,"), "{out}");
        assert!(
            out.contains(".. :: factum :: __private :: Default :: default ()"),
            "{out}"
        );
    }

    #[test]
    fn generic_targets_get_a_turbofish() {
        let out = run(quote! {
            enum E<T> {
                #[publish(Changed<T> { value: value.clone() })]
                ValueSet { value: T },
            }
        })
        .unwrap();
        assert!(out.contains("-> Changed :: < T > {"), "{out}");
        assert!(out.contains("Publishes < Changed :: < T > >"), "{out}");
    }

    #[test]
    fn tuple_fields_are_bound_by_position() {
        let out = run(quote! {
            enum E {
                #[publish(Moved(_0.clone()))]
                ParcelMoved(String, u8),
            }
        })
        .unwrap();
        assert!(
            out.contains("Self :: ParcelMoved { 0 : _0 , 1 : _1 }"),
            "{out}"
        );
        assert!(
            out.contains("(_0 : & String , _1 : & u8) -> Moved"),
            "{out}"
        );
    }

    #[test]
    fn reports_every_error_together() {
        let errors = run(quote! {
            #[publish(X {})]
            enum E {
                ShipOrder { id: u8 },
                #[internal] #[publish(X { id: *id })]
                OrderShipped { id: u8 },
                #[publish(X { ..base })]
                OrderPacked { #[internal] id: u8 },
            }
        })
        .unwrap_err();
        let expected = [
            "goes on each variant of `E`, not on the enum",
            "decide whether `ShipOrder` is internal or published",
            "named like a command",
            "`OrderShipped` is both `#[internal]` and published",
            "only `..Default` can fill",
            "goes on the variant, not on a field",
        ];
        for e in expected {
            assert!(errors.iter().any(|m| m.contains(e)), "{e}: {errors:#?}");
        }
        assert_eq!(errors.len(), expected.len(), "{errors:#?}");
    }
}
