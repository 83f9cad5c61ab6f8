//! The attributes of `#[derive(DomainEvent)]`: `#[internal]`, `#[publish(...)]` and
//! `#[domain_event(allow_name = "...")]` on variants.
//!
//! A mapping (`#[publish(Target { field: expr, ..Default })]`) is kept as the tokens the
//! user wrote: the compiler checks it, at those tokens, once it is expanded into a
//! struct literal. Only its shape is read here: the target's path, the braces, and a
//! trailing `..Default`.

use proc_macro2::{Delimiter, Group, Ident, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::parse::{ParseStream, Parser};
use syn::{LitStr, Path, PathArguments, Token};

use crate::internals::Ctxt;

/// The helper attributes, for the errors that name them.
const INTERNAL: &str = "internal";
const PUBLISH: &str = "publish";
const DOMAIN_EVENT: &str = "domain_event";

const PUBLISH_EXAMPLE: &str =
    "#[publish(OrderPlaced { order_id: order_id.clone(), total: *total })]";

/// A variant's attributes.
pub struct Variant {
    /// `#[internal]`, at its span.
    pub internal: Option<Span>,
    /// Each `#[publish(...)]`, in order.
    pub publish: Vec<Publish>,
    /// `#[domain_event(allow_name = "reason")]`.
    pub allow_name: Option<String>,
    /// Whether `#[internal]` or `#[publish]` was written at all, even malformed (whose
    /// error then suffices: the variant did decide).
    pub decided: bool,
}

/// One `#[publish(...)]`: the integration event a variant maps to.
pub struct Publish {
    /// The target type, written with `::<>` before generic arguments so that it is both
    /// a type and an expression path.
    pub path: Path,
    /// How it is built.
    pub body: Body,
}

/// How a target is built.
pub enum Body {
    /// `Target { field: expr, ..., ..Default }`.
    Struct {
        /// The field initializers, as written (without the `..Default`).
        fields: TokenStream,
        /// The braces' span.
        span: Span,
        /// `Default` in `..Default`, if written.
        fill: Option<Ident>,
    },
    /// `Target(expr, ...)`: the parenthesized arguments, as written.
    Tuple(Group),
    /// `Target`: a unit struct.
    Unit,
}

impl Variant {
    pub fn from_ast(cx: &Ctxt, variant: &syn::Variant) -> Self {
        let mut internal: Option<Span> = None;
        let mut publish = Vec::new();
        let mut allow_name = None;
        let mut decided = false;
        for attr in &variant.attrs {
            if attr.path().is_ident(INTERNAL) || attr.path().is_ident(PUBLISH) {
                decided = true;
            }
            if attr.path().is_ident(INTERNAL) {
                match &attr.meta {
                    syn::Meta::Path(path) => {
                        if internal.is_some() {
                            cx.error_spanned_by(
                                attr,
                                format!(
                                    "duplicate #[internal] on `{}`: write it once",
                                    variant.ident
                                ),
                            );
                        } else {
                            internal = Some(path_span(path));
                        }
                    }
                    _ => cx.error_spanned_by(
                        attr,
                        format!(
                            "#[internal] takes no arguments: write `#[internal]` on `{}`, or `{PUBLISH_EXAMPLE}` to publish it",
                            variant.ident
                        ),
                    ),
                }
            } else if attr.path().is_ident(PUBLISH) {
                if let Some(p) = parse_publish(cx, attr) {
                    publish.push(p);
                }
            } else if attr.path().is_ident(DOMAIN_EVENT) {
                parse_domain_event(cx, attr, &mut allow_name);
            }
        }
        Variant {
            internal,
            publish,
            allow_name,
            decided,
        }
    }
}

fn path_span(path: &Path) -> Span {
    path.segments
        .first()
        .map_or_else(Span::call_site, |s| s.ident.span())
}

fn parse_domain_event(cx: &Ctxt, attr: &syn::Attribute, allow_name: &mut Option<String>) {
    if let syn::Meta::Path(_) = &attr.meta {
        cx.error_spanned_by(
            attr,
            "#[domain_event] needs a setting: #[domain_event(allow_name = \"reason\")] opts the variant out of the naming rule",
        );
        return;
    }
    let result = attr.parse_nested_meta(|meta| {
        if meta.path.is_ident("allow_name") {
            let lit: LitStr = meta.value()?.parse()?;
            let value = lit.value();
            if value.trim().is_empty() {
                cx.error_at(
                    lit.span(),
                    "`allow_name` needs a reason: say why this name may break the naming rule, e.g. allow_name = \"name fixed by the warehouse's wire format\"",
                );
            }
            if allow_name.is_some() {
                cx.error_spanned_by(
                    &meta.path,
                    "duplicate `allow_name` in #[domain_event(...)]: give it once",
                );
            }
            *allow_name = Some(value);
            Ok(())
        } else {
            let path = meta.path.to_token_stream().to_string().replace(' ', "");
            Err(meta.error(format!(
                "unknown attribute `{path}` in #[domain_event(...)]; expected `allow_name = \"reason\"`"
            )))
        }
    });
    if let Err(err) = result {
        cx.syn_error(err);
    }
}

fn parse_publish(cx: &Ctxt, attr: &syn::Attribute) -> Option<Publish> {
    let syn::Meta::List(list) = &attr.meta else {
        cx.error_spanned_by(
            attr,
            format!(
                "#[publish] needs the integration event to build from this variant, e.g. `{PUBLISH_EXAMPLE}`"
            ),
        );
        return None;
    };
    if list.tokens.is_empty() {
        cx.error_spanned_by(
            attr,
            format!(
                "#[publish()] is empty: name the integration event and its fields, e.g. `{PUBLISH_EXAMPLE}`"
            ),
        );
        return None;
    }
    let parser = |input: ParseStream| publish_body(cx, input);
    match parser.parse2(list.tokens.clone()) {
        Ok(publish) => publish,
        Err(err) => {
            cx.syn_error(err);
            None
        }
    }
}

fn publish_body(cx: &Ctxt, input: ParseStream) -> syn::Result<Option<Publish>> {
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        return Err(syn::Error::new(
            lit.span(),
            format!(
                "#[publish(...)] takes the integration event's type and fields, not a string: write `#[publish({} {{ ... }})]`",
                lit.value()
            ),
        ));
    }
    let mut path: Path = input.parse()?;
    for segment in &mut path.segments {
        if let PathArguments::AngleBracketed(args) = &mut segment.arguments {
            args.colon2_token.get_or_insert_with(<Token![::]>::default);
        }
    }
    let body = match input.cursor().group(Delimiter::Brace) {
        Some(_) => {
            let TokenTree::Group(group) = input.parse::<TokenTree>()? else {
                unreachable!("a brace group was peeked");
            };
            struct_body(cx, &group)
        }
        None => match input.cursor().group(Delimiter::Parenthesis) {
            Some(_) => {
                let TokenTree::Group(group) = input.parse::<TokenTree>()? else {
                    unreachable!("a parenthesized group was peeked");
                };
                Body::Tuple(group)
            }
            None => Body::Unit,
        },
    };
    if !input.is_empty() {
        let message = if input.peek(Token![,]) {
            format!(
                "one integration event per #[publish(...)]: to publish several, write one #[publish(...)] for each, e.g. `#[publish({0} {{ .. }})] #[publish(Other {{ .. }})]`",
                path.to_token_stream().to_string().replace(' ', "")
            )
        } else {
            "expected `{ field: expr, ... }` after the integration event's type, as in a struct literal".to_owned()
        };
        return Err(input.error(message));
    }
    Ok(Some(Publish { path, body }))
}

/// Splits `{ a: x, b: y, ..Default }` into the initializers and the `..Default`.
fn struct_body(cx: &Ctxt, group: &Group) -> Body {
    let tokens: Vec<TokenTree> = group.stream().into_iter().collect();
    let mut field_start = true;
    let mut rest_at = None;
    for (i, token) in tokens.iter().enumerate() {
        if field_start
            && is_dot(token, Spacing::Joint)
            && tokens.get(i + 1).is_some_and(|t| is_dot(t, Spacing::Alone))
        {
            rest_at = Some(i);
            break;
        }
        field_start = matches!(token, TokenTree::Punct(p) if p.as_char() == ',');
    }
    let Some(rest_at) = rest_at else {
        return Body::Struct {
            fields: tokens.into_iter().collect(),
            span: group.span(),
            fill: None,
        };
    };
    let mut base: Vec<&TokenTree> = tokens[rest_at + 2..].iter().collect();
    if matches!(base.last(), Some(TokenTree::Punct(p)) if p.as_char() == ',') {
        base.pop();
    }
    let fill = match base.as_slice() {
        [TokenTree::Ident(ident)] if ident == "Default" => Some(ident.clone()),
        [] => {
            cx.error_spanned_by(
                tokens[rest_at..].iter().cloned().collect::<TokenStream>(),
                "`..` alone fills nothing: write `..Default` to take the fields you did not list from `Default::default()`",
            );
            None
        }
        _ => {
            cx.error_spanned_by(
                base.iter().copied().cloned().collect::<TokenStream>(),
                "only `..Default` can fill the fields you did not list: write `..Default` (they take `Default::default()`), or list every field",
            );
            None
        }
    };
    Body::Struct {
        fields: tokens[..rest_at].iter().cloned().collect(),
        span: group.span(),
        fill,
    }
}

fn is_dot(token: &TokenTree, spacing: Spacing) -> bool {
    matches!(token, TokenTree::Punct(p) if p.as_char() == '.' && p.spacing() == spacing)
}

/// `#[internal]` or `#[publish]` on the enum itself (`#[domain_event(crate = "...")]`
/// belongs there, read by [`crate_path`]).
pub fn reject_on_container(cx: &Ctxt, item: &syn::DeriveInput) {
    for attr in &item.attrs {
        for name in [INTERNAL, PUBLISH] {
            if attr.path().is_ident(name) {
                cx.error_spanned_by(
                    attr,
                    format!(
                        "#[{name}] goes on each variant of `{}`, not on the enum: every domain event decides for itself whether it is internal or published",
                        item.ident
                    ),
                );
            }
        }
    }
}

/// `#[domain_event(crate = "path")]` on the enum.
pub fn crate_path(cx: &Ctxt, item: &syn::DeriveInput) -> Option<Path> {
    crate::internals::krate::parse_only_crate(
        cx,
        &item.attrs,
        DOMAIN_EVENT,
        "; `allow_name` goes on each variant",
    )
}

/// Any of the attributes on a field.
pub fn reject_on_field(cx: &Ctxt, field: &syn::Field) {
    for attr in &field.attrs {
        for name in [INTERNAL, PUBLISH, DOMAIN_EVENT] {
            if attr.path().is_ident(name) {
                cx.error_spanned_by(
                    attr,
                    format!(
                        "#[{name}] goes on the variant, not on a field: a domain event is internal or published as a whole; to leave a field out of the integration event, do not map it"
                    ),
                );
            }
        }
    }
}
