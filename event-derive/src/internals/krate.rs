//! `crate = "path"`: the path through which generated code names factum, for crates that
//! use factum through a re-export (as serde's and thiserror's `crate` attribute).
//!
//! The derives generate code against `::factum`; with a `crate` path, every `::factum` in
//! the generated tokens becomes that path.

use proc_macro2::{Group, TokenStream, TokenTree};
use quote::ToTokens;
use syn::LitStr;
use syn::meta::ParseNestedMeta;

use super::Ctxt;

/// The value of `crate = "path"`, already past `crate`.
///
/// # Errors
///
/// A value that is not a string, or a string that is not a path.
pub fn parse_value(meta: &ParseNestedMeta) -> syn::Result<syn::Path> {
    let lit: LitStr = meta.value()?.parse()?;
    lit.parse::<syn::Path>().map_err(|_| {
        syn::Error::new(
            lit.span(),
            format!(
                "`crate` takes the path factum is reachable at, such as `crate = \"my_crate::factum\"`; `{}` is not a path",
                lit.value()
            ),
        )
    })
}

/// `#[<attr_name>(crate = "path")]` on an item whose derive takes no other attribute
/// there (`Inbox`, `DomainEvent`): the path, once; every other key is an error, which
/// ends with `hint`.
pub fn parse_only_crate(
    cx: &Ctxt,
    attrs: &[syn::Attribute],
    attr_name: &str,
    hint: &str,
) -> Option<syn::Path> {
    let mut path: Option<syn::Path> = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident(attr_name)) {
        let result = attr.parse_nested_meta(|meta| {
            if !meta.path.is_ident("crate") {
                let key = meta.path.to_token_stream().to_string();
                return Err(meta.error(format!(
                    "unknown attribute `{key}` in #[{attr_name}(...)] on the type; the one known here is `crate`{hint}"
                )));
            }
            let value = parse_value(&meta)?;
            if path.is_some() {
                return Err(meta.error(format!(
                    "duplicate `crate` in #[{attr_name}(...)]: give it once"
                )));
            }
            path = Some(value);
            Ok(())
        });
        if let Err(err) = result {
            cx.syn_error(err);
        }
    }
    path
}

/// Keywords after which `::` starts a path (after any other name it continues one).
const KEYWORDS: [&str; 20] = [
    "impl", "as", "for", "dyn", "where", "in", "return", "let", "mut", "const", "static", "type",
    "use", "unsafe", "ref", "move", "else", "if", "match", "pub",
];

/// `tokens` with every `::factum` (a leading `::` then `factum`) replaced by `path`.
#[must_use]
pub fn rewrite(tokens: TokenStream, path: &syn::Path) -> TokenStream {
    let replacement = path.to_token_stream();
    let mut out = Vec::new();
    let mut iter = tokens.into_iter().peekable();
    while let Some(token) = iter.next() {
        match token {
            TokenTree::Group(group) => {
                let mut new = Group::new(group.delimiter(), rewrite(group.stream(), path));
                new.set_span(group.span());
                out.push(TokenTree::Group(new));
            }
            TokenTree::Punct(first)
                if first.as_char() == ':' && first.spacing() == proc_macro2::Spacing::Joint =>
            {
                // `::` is two `:` puncts, the first joint; a leading one (not after a
                // name, as in `other::factum`) then `factum`.
                let second_colon =
                    matches!(iter.peek(), Some(TokenTree::Punct(p)) if p.as_char() == ':');
                let leading = match out.last() {
                    Some(TokenTree::Ident(prev)) => KEYWORDS.iter().any(|k| prev == k),
                    _ => true,
                };
                if second_colon && leading {
                    let second = iter.next();
                    if matches!(iter.peek(), Some(TokenTree::Ident(id)) if id == "factum") {
                        iter.next();
                        out.extend(replacement.clone());
                        continue;
                    }
                    out.push(TokenTree::Punct(first));
                    out.extend(second);
                    continue;
                }
                out.push(TokenTree::Punct(first));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    #[test]
    fn leading_factum_paths_are_rewritten_everywhere() {
        let path: syn::Path = syn::parse_quote!(::my_app::reexports::factum);
        let out = rewrite(
            quote! {
                impl ::factum::Message for T {
                    const KIND: ::factum::MessageKind = ::factum::MessageKind::Event;
                    fn f() -> Vec<::factum::__private::Cow<'_, str>> { other::factum::x() }
                }
                #[::factum::__private::linkme::distributed_slice(::factum::__private::MESSAGES)]
                static S: u8 = 0;
            },
            &path,
        )
        .to_string();
        // Only `other::factum`, which is not a leading path, is left.
        assert_eq!(
            out.replace("reexports :: factum", "")
                .matches(":: factum ::")
                .count(),
            1,
            "{out}"
        );
        assert!(
            out.contains("impl :: my_app :: reexports :: factum :: Message for T"),
            "{out}"
        );
        assert!(
            out.contains("Vec < :: my_app :: reexports :: factum :: __private :: Cow"),
            "{out}"
        );
        assert!(out.contains("other :: factum :: x"), "{out}");
        assert!(out.contains("distributed_slice (:: my_app"), "{out}");
    }
}
