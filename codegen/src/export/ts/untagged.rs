//! TypeScript unions for serde's untagged enums: decoding tries the variants in order and
//! the first that matches wins.

use std::fmt::Write as _;

use super::super::model::{Body, Model, Tagging, Type, Union, Variant};
use super::codec::{dec_expr, enc_expr};
use super::layout::{self, Expr};
use super::syntax::quote;
use super::types::{dec_sig, enc_sig, ty, union_members};

/// An untagged union. When every variant is a JSON kind of its own (object, array,
/// string, number, bigint, boolean, date-time), its type is the plain union of the
/// variants' types and the encoder tells them apart by their run-time kind. Otherwise
/// (two variants of one kind, or one that may be any JSON value) no run-time test can
/// tell which variant a decoded value came from, so each value carries it:
/// `{ variant: "Name"; value: T }`. Decoding tries the variants in order and the first
/// that matches wins, as serde's does.
pub(super) fn code(out: &mut String, model: &Model, n: &str, u: &Union) {
    let payload = |v: &Variant| v.payload.clone().unwrap_or(Type::Any);
    let mut seen: Vec<&str> = Vec::new();
    let plain = u.variants.iter().all(|v| {
        let c = category(model, &payload(v), 0);
        let fresh = c != "any" && !seen.contains(&c);
        seen.push(c);
        fresh
    });
    let mut members = Vec::new();
    let mut dec_cases = String::new();
    let mut enc_cases = String::new();
    for v in &u.variants {
        let t = payload(v);
        let decoded = dec_expr(&t, Expr::text("json"), "path", 0);
        let tag = quote(&v.name);
        let decoded = if plain {
            members.push((ty(&t), v.doc.as_deref()));
            decoded
        } else {
            members.push((
                format!("{{ variant: {tag}; value: {} }}", ty(&t)),
                v.doc.as_deref(),
            ));
            Expr::Object(vec![
                ("variant".to_owned(), Expr::text(&tag)),
                ("value".to_owned(), decoded),
            ])
        };
        let _ = writeln!(
            dec_cases,
            "  try {{\n{}  }} catch (e) {{\n    if (!(e instanceof rt.DecodeError)) throw e;\n  }}",
            layout::stmt(4, "return ", &decoded, ";")
        );
        if plain {
            let guard = match category(model, &t, 0) {
                "array" => "Array.isArray(value)".to_owned(),
                "Timestamp" => "value instanceof rt.Timestamp".to_owned(),
                "object" => "typeof value === \"object\" && !Array.isArray(value) && !(value instanceof rt.Timestamp)".to_owned(),
                other => format!("typeof value === \"{other}\""),
            };
            enc_cases.push_str(&layout::if_stmt(
                2,
                &guard,
                "return ",
                &enc_expr(&t, "value", 0),
                ";",
            ));
        } else {
            let _ = write!(
                enc_cases,
                "    case {tag}:\n{}",
                layout::stmt(6, "return ", &enc_expr(&t, "value.value", 0), ";")
            );
        }
    }
    let encoder = if plain {
        format!("{enc_cases}  throw new TypeError(\"not a {n}\");\n")
    } else {
        format!("  switch (value.variant) {{\n{enc_cases}  }}\n")
    };
    let _ = write!(
        out,
        "export type {n} ={};\n\n{dsig}{dec_cases}  \
         throw new rt.DecodeError(path, \"matches no variant of {n}\");\n}}\n\
         \n{esig}{encoder}}}\n",
        union_members(n, &members, plain),
        dsig = dec_sig(n),
        esig = enc_sig(n, "rt.Json"),
    );
}

/// The run-time kind of a TypeScript value of type `t` (for untagged unions): `any` when
/// values of `t` may be of several kinds. `depth` stops at aliases of aliases in a cycle.
fn category(model: &Model, t: &Type, depth: usize) -> &'static str {
    match t {
        Type::Bool => "boolean",
        Type::Int(k) if !k.fits_double() => "bigint",
        Type::Int(_) | Type::Float => "number",
        Type::String | Type::Uuid => "string",
        Type::DateTime => "Timestamp",
        Type::Array(_) => "array",
        Type::Nullable(_) | Type::Any => "any",
        Type::Map(_) => "object",
        Type::Named(n) => match model.decl(n).map(|d| &d.body) {
            Some(Body::Struct(_)) => "object",
            Some(Body::Tuple(_)) => "array",
            Some(Body::StringEnum(_)) => "string",
            Some(Body::Alias(a)) if depth < 16 => category(model, a, depth + 1),
            Some(Body::Union(u))
                if matches!(
                    u.tagging,
                    Tagging::Internal { .. } | Tagging::Adjacent { .. }
                ) =>
            {
                "object"
            }
            _ => "any",
        },
    }
}
