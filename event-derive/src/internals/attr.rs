//! Attribute parsing: `#[event(...)]`, `#[command(...)]`, `#[query(...)]`.
//!
//! Unknown and duplicate attributes are errors; after an error the parser skips to the
//! next attribute, so that every mistake in one list is reported.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::{Ident, LitInt, LitStr, Member, Token};

use super::{Ctxt, Kind};

const CONTAINER_ATTRS: &str = "`name`, `version`, `key`, `allow_name`, `crate`";
const EVENT_ATTRS: &str = "`name`, `version`, `key`, `allow_name`, `upcast_from`, `crate`";

/// One attribute value with the tokens it was written as, for spans.
pub struct Attr<T> {
    pub value: T,
    pub tokens: TokenStream,
}

struct Slot<'c, T> {
    cx: &'c Ctxt,
    name: &'static str,
    value: Option<Attr<T>>,
}

impl<'c, T> Slot<'c, T> {
    fn new(cx: &'c Ctxt, name: &'static str) -> Self {
        Slot {
            cx,
            name,
            value: None,
        }
    }

    /// Sets the value; `meta` is where it was written (for a duplicate's error),
    /// `spanned` the value's tokens.
    fn set<A: ToTokens>(&mut self, meta: &ParseNestedMeta, attr_name: &str, spanned: A, value: T) {
        let tokens = spanned.into_token_stream();
        if self.value.is_some() {
            self.cx.error_spanned_by(
                &meta.path,
                format!(
                    "duplicate `{}` in #[{attr_name}(...)]: give it once",
                    self.name
                ),
            );
        } else {
            self.value = Some(Attr { value, tokens });
        }
    }
}

/// How the `key` attribute names a field.
pub struct KeyField {
    /// The field, by name or tuple index.
    pub member: Member,
}

/// The attributes on the type.
pub struct Container {
    /// `name = "..."`: the wire name.
    pub name: Option<Attr<String>>,
    /// `version = N`.
    pub version: Option<Attr<u32>>,
    /// `key = field`.
    pub key: Option<Attr<KeyField>>,
    /// `allow_name = "reason"`.
    pub allow_name: Option<Attr<String>>,
    /// `upcast_from = OlderVersion` (events only).
    pub upcast_from: Option<Attr<syn::Path>>,
    /// `crate = "path"`: where the generated code finds factum.
    pub krate: Option<Attr<syn::Path>>,
}

/// The attributes on an enum variant.
pub struct Variant {
    /// `allow_name = "reason"`.
    pub allow_name: Option<Attr<String>>,
}

impl Container {
    // One branch per attribute, each short.
    #[allow(clippy::too_many_lines)]
    pub fn from_ast(cx: &Ctxt, item: &syn::DeriveInput, kind: Kind) -> Self {
        let attr_name = kind.attr_name();
        let mut name = Slot::new(cx, "name");
        let mut version = Slot::new(cx, "version");
        let mut key = Slot::new(cx, "key");
        let mut allow_name = Slot::new(cx, "allow_name");
        let mut upcast_from = Slot::new(cx, "upcast_from");
        let mut krate = Slot::new(cx, "crate");
        let expected = if kind == Kind::Event {
            EVENT_ATTRS
        } else {
            CONTAINER_ATTRS
        };

        for attr in item.attrs.iter().filter(|a| a.path().is_ident(attr_name)) {
            parse_list(cx, attr, |meta| {
                if meta.path.is_ident("name") {
                    let lit: LitStr = meta.value()?.parse()?;
                    if let Some(value) = wire_name(cx, &lit) {
                        name.set(meta, attr_name, &lit, value);
                    }
                } else if meta.path.is_ident("version") {
                    let input = meta.value()?;
                    if input.peek(LitStr) {
                        let lit: LitStr = input.parse()?;
                        return Err(syn::Error::new(
                            lit.span(),
                            format!(
                                "`version` takes a whole number, not a string: write `version = {}`",
                                lit.value()
                            ),
                        ));
                    }
                    let lit: LitInt = input.parse()?;
                    if let Some(value) = version_number(cx, &lit) {
                        version.set(meta, attr_name, &lit, value);
                    }
                } else if meta.path.is_ident("key") {
                    let input = meta.value()?;
                    let lookahead = input.lookahead1();
                    if lookahead.peek(Ident) {
                        let ident: Ident = input.parse()?;
                        key.set(
                            meta,
                            attr_name,
                            &ident,
                            KeyField {
                                member: Member::Named(ident.clone()),
                            },
                        );
                    } else if lookahead.peek(LitInt) {
                        let lit: LitInt = input.parse()?;
                        let index: u32 = lit.base10_parse()?;
                        key.set(
                            meta,
                            attr_name,
                            &lit,
                            KeyField {
                                member: Member::Unnamed(syn::Index {
                                    index,
                                    span: lit.span(),
                                }),
                            },
                        );
                    } else if input.peek(LitStr) {
                        let lit: LitStr = input.parse()?;
                        return Err(syn::Error::new(
                            lit.span(),
                            format!(
                                "`key` takes the field itself, not a string: write `key = {}`",
                                lit.value()
                            ),
                        ));
                    } else {
                        return Err(lookahead.error());
                    }
                } else if meta.path.is_ident("allow_name") {
                    let lit: LitStr = meta.value()?.parse()?;
                    let reason = reason(cx, &lit);
                    allow_name.set(meta, attr_name, &lit, reason);
                } else if meta.path.is_ident("upcast_from") {
                    if kind != Kind::Event {
                        return Err(meta.error(format!(
                            "`upcast_from` is for events only: a {attr_name} has no older versions to upcast"
                        )));
                    }
                    let path: syn::Path = meta.value()?.parse()?;
                    upcast_from.set(meta, attr_name, &path, path.clone());
                } else if meta.path.is_ident("crate") {
                    let path = super::krate::parse_value(meta)?;
                    krate.set(meta, attr_name, &path, path.clone());
                } else {
                    return Err(unknown(meta, attr_name, expected));
                }
                Ok(())
            });
        }

        Container {
            name: name.value,
            version: version.value,
            key: key.value,
            allow_name: allow_name.value,
            upcast_from: upcast_from.value,
            krate: krate.value,
        }
    }
}

impl Variant {
    pub fn from_ast(cx: &Ctxt, variant: &syn::Variant, kind: Kind) -> Self {
        let attr_name = kind.attr_name();
        let mut allow_name = Slot::new(cx, "allow_name");
        for attr in variant
            .attrs
            .iter()
            .filter(|a| a.path().is_ident(attr_name))
        {
            parse_list(cx, attr, |meta| {
                if meta.path.is_ident("allow_name") {
                    let lit: LitStr = meta.value()?.parse()?;
                    let reason = reason(cx, &lit);
                    allow_name.set(meta, attr_name, &lit, reason);
                } else if ["name", "version", "key"]
                    .iter()
                    .any(|n| meta.path.is_ident(n))
                {
                    let path = meta.path.to_token_stream().to_string();
                    return Err(meta.error(format!(
                        "`{path}` belongs on the enum, not on a variant: move it to the enum's #[{attr_name}(...)]"
                    )));
                } else {
                    return Err(unknown(meta, attr_name, "`allow_name`"));
                }
                Ok(())
            });
        }
        Variant {
            allow_name: allow_name.value,
        }
    }
}

/// Factum attributes on a field are a mistake: say where they go.
pub fn reject_on_field(cx: &Ctxt, field: &syn::Field, kind: Kind) {
    for attr in field
        .attrs
        .iter()
        .filter(|a| a.path().is_ident(kind.attr_name()))
    {
        cx.error_spanned_by(
            attr,
            format!(
                "#[{}(...)] goes on the type (or on an enum variant), not on a field; to make this field the partition key, write `key = <field>` on the type",
                kind.attr_name()
            ),
        );
    }
}

/// Parses `#[attr(a = 1, b = 2)]`, recording errors and going on with the next item.
fn parse_list(
    cx: &Ctxt,
    attr: &syn::Attribute,
    mut logic: impl FnMut(&ParseNestedMeta) -> syn::Result<()>,
) {
    if let syn::Meta::Path(_) = &attr.meta {
        cx.error_spanned_by(
            attr,
            format!(
                "#[{0}] needs a list of settings, such as #[{0}(version = 2)]",
                attr.path().to_token_stream()
            ),
        );
        return;
    }
    let result = attr.parse_nested_meta(|meta| {
        if let Err(err) = logic(&meta) {
            cx.syn_error(err);
            skip_to_comma(meta.input)?;
        }
        Ok(())
    });
    if let Err(err) = result {
        cx.syn_error(err);
    }
}

fn skip_to_comma(input: syn::parse::ParseStream) -> syn::Result<()> {
    while !input.is_empty() && !input.peek(Token![,]) {
        input.parse::<proc_macro2::TokenTree>()?;
    }
    Ok(())
}

fn unknown(meta: &ParseNestedMeta, attr_name: &str, expected: &str) -> syn::Error {
    let path = meta.path.to_token_stream().to_string().replace(' ', "");
    meta.error(format!(
        "unknown attribute `{path}` in #[{attr_name}(...)]; expected one of {expected}"
    ))
}

/// A wire name: letters, digits, `_`, `-` and `.`, starting with a letter; no `..`.
/// It names files later (contracts), so it must never make a path.
fn wire_name(cx: &Ctxt, lit: &LitStr) -> Option<String> {
    let value = lit.value();
    let valid = value
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && !value.contains("..")
        && !value.ends_with('.');
    if valid {
        Some(value)
    } else {
        cx.error_at(
            lit.span(),
            format!(
                "invalid message name {value:?}: start with a letter and use only letters, digits, `_`, `-` and single `.` separators, e.g. \"OrderPlaced\" or \"checkout.OrderPlaced\"",
            ),
        );
        None
    }
}

fn version_number(cx: &Ctxt, lit: &LitInt) -> Option<u32> {
    match lit.base10_parse::<u32>() {
        Ok(0) => {
            cx.error_at(
                lit.span(),
                "`version` starts at 1: write `version = 1` for the first version",
            );
            None
        }
        Ok(v) => Some(v),
        Err(_) => {
            cx.error_at(
                lit.span(),
                format!("`version` must be a whole number from 1 to {}", u32::MAX),
            );
            None
        }
    }
}

fn reason(cx: &Ctxt, lit: &LitStr) -> String {
    let value = lit.value();
    if value.trim().is_empty() {
        cx.error_at(
            lit.span(),
            "`allow_name` needs a reason: say why this name may break the naming rule, e.g. allow_name = \"wire name fixed by the legacy billing system\"",
        );
    }
    // Kept even when empty: the user opted out, so the naming rule stays quiet.
    value
}

/// The span of an attribute's value, for errors about it.
pub fn span_of<T>(attr: &Attr<T>) -> Span {
    attr.tokens
        .clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |t| t.span())
}
