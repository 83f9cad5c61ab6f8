//! Code generation, once the input has passed every check.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::DeriveInput;
use syn::spanned::Spanned;

use crate::internals::ast::{Container, Data, Field};
use crate::internals::{Ctxt, Kind, attr, krate, valid};
use crate::{section, vocabulary};

/// Runs one derive over its input; errors become `compile_error!`s at their spans.
pub fn derive(kind: Kind, input: TokenStream) -> TokenStream {
    vocabulary::run(input, |input, vocabulary| expand(kind, input, vocabulary))
}

/// Checks and expands one input with a given vocabulary.
///
/// # Errors
///
/// Every problem found, combined.
pub fn expand(
    kind: Kind,
    input: &DeriveInput,
    vocabulary: &factum_naming::Vocabulary,
) -> syn::Result<TokenStream> {
    let cx = Ctxt::new();
    let Some(cont) = Container::from_ast(&cx, input, kind) else {
        cx.check()?;
        unreachable!("a union is always an error");
    };
    valid::check(&cx, &cont, kind, vocabulary);
    cx.check()?;
    let out = generate(kind, &cont);
    Ok(match &cont.attrs.krate {
        Some(path) => krate::rewrite(out, &path.value),
        None => out,
    })
}

fn generate(kind: Kind, cont: &Container) -> TokenStream {
    let ident = cont.ident;
    let (impl_generics, ty_generics, where_clause) = cont.original.generics.split_for_impl();
    let name = cont
        .attrs
        .name
        .as_ref()
        .map_or_else(|| ident.to_string(), |n| n.value.clone());
    let version = cont.attrs.version.as_ref().map_or(1, |v| v.value);
    let kind_variant = match kind {
        Kind::Event => quote!(Event),
        Kind::Command => quote!(Command),
        Kind::Query => quote!(Query),
    };
    let kind_trait = kind_variant.clone();
    let key_name = if let Some(key) = &cont.attrs.key {
        let member = valid::member_name(&key.value.member);
        quote!(::factum::__private::Some(#member))
    } else {
        quote!(::factum::__private::None)
    };
    let variants: Vec<String> = match &cont.data {
        Data::Struct(_) => Vec::new(),
        Data::Enum(variants) => variants.iter().map(|v| v.ident.to_string()).collect(),
    };
    // `Message`'s defaults serve a struct without a key: its impl holds only what differs.
    let key_items = cont.attrs.key.as_ref().map(|_| {
        let partition_key = partition_key_body(cont);
        quote! {
            const KEY: ::factum::__private::Option<&'static str> = #key_name;
            #[inline]
            fn partition_key(&self) -> ::factum::__private::Option<::factum::__private::Cow<'_, str>> {
                #partition_key
            }
        }
    });
    let variant_items = matches!(cont.data, Data::Enum(_)).then(|| {
        let variant_name = variant_name_body(cont);
        quote! {
            const VARIANTS: &'static [&'static str] = &[#(#variants),*];
            #[inline]
            fn variant_name(&self) -> ::factum::__private::Option<&'static str> {
                #variant_name
            }
        }
    });
    let versioned = if kind == Kind::Event {
        versioned(cont)
    } else {
        quote!()
    };

    let upcasts = cont.attrs.upcast_from.is_some();
    let register = if cont.is_generic() {
        quote!()
    } else {
        // The schema function is named at the type's span, so a missing `JsonSchema`
        // is reported on the type.
        let schema = quote_spanned!(ident.span()=> ::factum::__private::schema_fns::<#ident>());
        // `::Name` written here: one macro call fewer per type than `stringify!`.
        let path_tail = format!("::{ident}");
        // One static in the registry's link section: no constructor function per type.
        section::entry(
            "MESSAGES",
            &quote! {
                static MESSAGE: ::factum::__private::MessageInfo = ::factum::__private::MessageInfo::__new(
                    #name,
                    ::factum::MessageKind::#kind_variant,
                    #version,
                    #key_name,
                    ::core::concat!(::core::module_path!(), #path_tail),
                    &[#(#variants),*],
                    #upcasts,
                    #schema,
                );
            },
        )
    };

    quote! {
        const _: () = {
            #[automatically_derived]
            impl #impl_generics ::factum::Message for #ident #ty_generics #where_clause {
                const NAME: &'static str = #name;
                const KIND: ::factum::MessageKind = ::factum::MessageKind::#kind_variant;
                const VERSION: u32 = #version;
                #key_items
                #variant_items
            }

            #[automatically_derived]
            impl #impl_generics ::factum::#kind_trait for #ident #ty_generics #where_clause {}

            #versioned

            #register
        };
    }
}

/// `Versioned` for events: decoding by version, upcasting through `upcast_from`. Without
/// `upcast_from` the trait's defaults decode the event's own version, and the impl is
/// empty.
fn versioned(cont: &Container) -> TokenStream {
    let ident = cont.ident;
    // A generic event travels when its instance does: `where Self: Wire`.
    let mut generics = cont.original.generics.clone();
    if !generics.params.is_empty() {
        generics
            .make_where_clause()
            .predicates
            .push(syn::parse_quote!(Self: ::factum::__private::Wire));
    }
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    // Events travel: `Versioned` requires `Wire` ((de)serializable); the trait is named at
    // the type's span so that a missing derive is reported on the type.
    let versioned = quote_spanned!(ident.span()=> ::factum::Versioned);
    let Some(prev) = &cont.attrs.upcast_from else {
        return quote! {
            #[automatically_derived]
            impl #impl_generics #versioned for #ident #ty_generics #where_clause {}
        };
    };
    let prev_path = &prev.value;
    // Spanned at `upcast_from = X`, so that a broken chain is reported there.
    let span = attr::span_of(prev);
    let step = quote_spanned!(span=> ::factum::__private::upcast::<#prev_path, Self>);
    let decode_exact = quote_spanned!(ident.span()=> ::factum::__private::decode_exact::<Self>);
    // A module-level constant is always evaluated (an associated one only when used).
    let check = quote_spanned! {span=>
        const _: () = ::factum::__private::check_upcast::<#ident #ty_generics, #prev_path>();
    };
    quote! {
        #check

        #[automatically_derived]
        impl #impl_generics #versioned for #ident #ty_generics #where_clause {
            const OLDEST_VERSION: u32 = <#prev_path as ::factum::Versioned>::OLDEST_VERSION;

            #[inline]
            fn decode_text(
                version: u32,
                data: &mut ::factum::__private::DataText<'_>,
            ) -> ::factum::__private::Result<Self, ::factum::DataError> {
                if version == <Self as ::factum::Message>::VERSION {
                    #decode_exact(data)
                } else if (<Self as ::factum::Versioned>::OLDEST_VERSION
                    ..<Self as ::factum::Message>::VERSION)
                    .contains(&version)
                {
                    <#prev_path as ::factum::Versioned>::decode_text(version, data).map(#step)
                } else {
                    ::factum::__private::Err(::factum::__private::unsupported::<Self>(version))
                }
            }
        }
    }
}

/// `PartitionKey::partition_key(value)`, spanned at the field's type so that a type
/// without `PartitionKey` is reported there.
fn key_call(field: &Field, value: impl FnOnce(Span) -> TokenStream) -> TokenStream {
    let span = field.original.ty.span();
    let value = value(span);
    quote_spanned! {span=>
        ::factum::__private::Some(::factum::__private::PartitionKey::partition_key(#value))
    }
}

/// The same field reference, spanned at `span`.
fn respan(member: &syn::Member, span: Span) -> syn::Member {
    match member {
        syn::Member::Named(ident) => syn::Member::Named(syn::Ident::new(&ident.to_string(), span)),
        syn::Member::Unnamed(index) => syn::Member::Unnamed(syn::Index {
            index: index.index,
            span,
        }),
    }
}

fn partition_key_body(cont: &Container) -> TokenStream {
    let Some(key) = &cont.attrs.key else {
        return quote!(::factum::__private::None);
    };
    let member = &key.value.member;
    match &cont.data {
        Data::Struct(fields) => {
            let field = valid::struct_key(fields, key).expect("key checked in valid.rs");
            key_call(field, |span| {
                let member = respan(member, span);
                quote_spanned!(span=> &self.#member)
            })
        }
        Data::Enum(variants) => {
            let arms = variants.iter().map(|variant| {
                let v = variant.ident;
                let field = variant
                    .fields
                    .iter()
                    .find(|f| f.member == *member)
                    .expect("key checked in valid.rs");
                let call = key_call(field, |span| quote_spanned!(span=> __key));
                quote!(Self::#v { #member: __key, .. } => #call,)
            });
            quote!(match self { #(#arms)* })
        }
    }
}

fn variant_name_body(cont: &Container) -> TokenStream {
    match &cont.data {
        Data::Struct(_) => quote!(::factum::__private::None),
        Data::Enum(variants) => {
            if variants.is_empty() {
                return quote!(match *self {});
            }
            let arms = variants.iter().map(|variant| {
                let v = variant.ident;
                let name = v.to_string();
                quote!(Self::#v { .. } => ::factum::__private::Some(#name),)
            });
            quote!(match self { #(#arms)* })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(kind: Kind, input: TokenStream) -> Result<String, String> {
        let input: DeriveInput = syn::parse2(input).unwrap();
        expand(kind, &input, &factum_naming::Vocabulary::default())
            .map(|t| t.to_string())
            .map_err(|e| {
                e.into_iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
    }

    #[test]
    fn expands_a_keyed_event() {
        let out = run(
            Kind::Event,
            quote! {
                #[event(version = 2, key = order_id)]
                struct OrderPlaced { order_id: String, total: f64 }
            },
        )
        .unwrap();
        assert!(out.starts_with("const _ : () ="), "{out}");
        assert!(out.contains("const VERSION : u32 = 2u32"), "{out}");
        assert!(
            out.contains("impl :: factum :: Event for OrderPlaced"),
            "{out}"
        );
        assert!(out.contains("& self . order_id"), "{out}");
        assert!(out.contains("link_section = \"linkme_MESSAGES\""), "{out}");
    }

    #[test]
    fn a_plain_event_leaves_the_rest_to_the_traits_defaults() {
        let out = run(
            Kind::Event,
            quote!(
                struct OrderPlaced {
                    order_id: String,
                }
            ),
        )
        .unwrap();
        for absent in [
            "fn partition_key",
            "fn variant_name",
            "const KEY",
            "const VARIANTS",
        ] {
            assert!(!out.contains(absent), "{absent}: {out}");
        }
        assert!(
            out.contains("impl :: factum :: Versioned for OrderPlaced { }"),
            "{out}"
        );
        let upcasting = run(
            Kind::Event,
            quote! {
                #[event(version = 2, upcast_from = OrderPlacedV1)]
                struct OrderPlaced { order_id: String }
            },
        )
        .unwrap();
        assert!(upcasting.contains("fn decode_text"), "{upcasting}");
        assert!(upcasting.contains("check_upcast"), "{upcasting}");
    }

    #[test]
    fn reports_every_error_together() {
        let errors = run(
            Kind::Event,
            quote! {
                #[event(version = 0, colour = "red", key = missing)]
                #[event(version = 3, version = 4)]
                struct SendWelcomeEmail { user_id: String }
            },
        )
        .unwrap_err();
        let lines: Vec<&str> = errors
            .lines()
            .filter(|l| !l.starts_with("= help") && !l.starts_with("= note"))
            .collect();
        assert!(errors.contains("`version` starts at 1"), "{errors}");
        assert!(errors.contains("unknown attribute `colour`"), "{errors}");
        assert!(errors.contains("duplicate `version`"), "{errors}");
        assert!(errors.contains("has no field `missing`"), "{errors}");
        assert!(errors.contains("named like a command"), "{errors}");
        assert_eq!(lines.len(), 5, "{errors}");
    }

    #[test]
    fn non_ascii_names_never_panic() {
        for name in [
            "OrderX丸er",
            "Über",
            "ÜberShipper丸",
            "İed",
            "Straße丸ed",
            "丸",
        ] {
            let ident = syn::Ident::new(name, proc_macro2::Span::call_site());
            for kind in [Kind::Event, Kind::Command, Kind::Query] {
                let _ = run(kind, quote!(struct #ident { id: String }));
                let _ = run(kind, quote!(enum OrderEvent { #ident { id: String } }));
                let _ = run(
                    kind,
                    quote!(#[event(name = "com.丸.x.")] struct #ident { id: String }),
                );
            }
        }
    }

    #[test]
    fn generic_types_are_not_registered() {
        let out = run(
            Kind::Command,
            quote!(
                struct PlaceOrder<T> {
                    item: T,
                }
            ),
        )
        .unwrap();
        assert!(!out.contains("link_section"), "{out}");
        assert!(
            out.contains("impl < T > :: factum :: Command for PlaceOrder < T >"),
            "{out}"
        );
    }

    #[test]
    fn enum_variants_are_each_checked() {
        let errors = run(
            Kind::Event,
            quote! {
                enum OrderEvent { OrderPlaced { id: u8 }, ShipOrder { id: u8 }, CustomerMustPay(u8) }
            },
        )
        .unwrap_err();
        assert!(errors.contains("`ShipOrder`"), "{errors}");
        assert!(errors.contains("`CustomerMustPay`"), "{errors}");
        assert!(!errors.contains("`OrderPlaced`"), "{errors}");
        assert!(!errors.contains("`OrderEvent`"), "{errors}");
    }
}
