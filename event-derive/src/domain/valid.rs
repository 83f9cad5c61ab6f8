//! The rules of a domain event enum: every variant decides, and reads as an event.

use factum_naming::Vocabulary;

use super::ast::Container;
use crate::internals::Ctxt;

/// Records every rule the enum breaks.
pub fn check(cx: &Ctxt, cont: &Container, vocabulary: &Vocabulary) {
    if cont.variants.is_empty() {
        cx.error_spanned_by(
            cont.ident,
            format!(
                "`{}` has no variants: add the domain events of this context, each `#[internal]` or `#[publish(...)]`",
                cont.ident
            ),
        );
    }
    for variant in &cont.variants {
        match (variant.attrs.internal, variant.attrs.publish.is_empty()) {
            (None, true) if !variant.attrs.decided => cx.error_spanned_by(
                variant.ident,
                format!(
                    "decide whether `{0}` is internal or published: mark it `#[internal]` if it never leaves this context, or map it to an integration event with `#[publish(IntegrationEvent {{ field: expr, .. }})]`",
                    variant.ident
                ),
            ),
            (Some(span), false) => cx.error_at(
                span,
                format!(
                    "`{}` is both `#[internal]` and published: an internal domain event publishes nothing; remove `#[internal]` or the `#[publish(...)]`",
                    variant.ident
                ),
            ),
            _ => {}
        }
        if variant.attrs.allow_name.is_none()
            && let Err(violation) = factum_naming::check(
                &variant.ident.to_string(),
                factum_naming::Kind::Event,
                vocabulary,
            )
        {
            cx.error_at(variant.ident.span(), violation);
        }
    }
}
