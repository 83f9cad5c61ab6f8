//! Expressions that decode a type from the lossless JSON of `runtime.ts` (checking it) and
//! encode it back.

use super::super::model::Type;
use super::layout::Expr;
use super::syntax::big;

/// `new rt.DecodeError(path, message)`.
pub(super) fn unknown_error(message: &str) -> Expr {
    Expr::call(
        "new rt.DecodeError",
        vec![Expr::text("path"), Expr::text(message)],
    )
}

/// An expression decoding JSON `j` at `p` into `t`; `d` numbers nested lambdas.
pub(super) fn dec_expr(t: &Type, j: Expr, p: &str, d: usize) -> Expr {
    let (jj, pp) = (format!("j{d}"), format!("p{d}"));
    let args = |extra: Vec<Expr>| {
        let mut v = vec![j.clone(), Expr::text(p)];
        v.extend(extra);
        v
    };
    let lambda = |i: &Type| {
        Expr::Arrow(
            format!("({jj}, {pp})"),
            Box::new(dec_expr(i, Expr::text(&jj), &pp, d + 1)),
        )
    };
    match t {
        Type::Bool => Expr::call("rt.expectBool", args(vec![])),
        Type::Int(k) => {
            let (lo, hi) = k.range();
            if k.fits_double() {
                Expr::call(
                    "rt.decodeSmallInt",
                    args(vec![Expr::text(lo.to_string()), Expr::text(hi.to_string())]),
                )
            } else {
                Expr::call(
                    "rt.decodeBigInt",
                    args(vec![Expr::text(big(lo)), Expr::text(big(hi))]),
                )
            }
        }
        Type::Float => Expr::call("rt.decodeFloat", args(vec![])),
        Type::String => Expr::call("rt.expectString", args(vec![])),
        Type::Uuid => Expr::call("rt.decodeUuid", args(vec![])),
        Type::DateTime => Expr::call("rt.decodeTimestamp", args(vec![])),
        Type::Any => j,
        Type::Array(i) => Expr::call("rt.decodeList", args(vec![lambda(i)])),
        Type::Map(i) => Expr::call("rt.decodeMap", args(vec![lambda(i)])),
        Type::Named(n) => Expr::call(format!("decode{n}"), args(vec![])),
        Type::Nullable(i) => Expr::call("rt.decodeNullable", args(vec![lambda(i)])),
    }
}

/// An expression encoding value `v` of type `t` as JSON.
pub(super) fn enc_expr(t: &Type, v: &str, d: usize) -> Expr {
    let x = format!("x{d}");
    let lambda = |i: &Type| Expr::Arrow(format!("({x})"), Box::new(enc_expr(i, &x, d + 1)));
    match t {
        Type::Bool | Type::String | Type::Uuid | Type::Any => Expr::text(v),
        Type::Int(k) => {
            let (lo, hi) = k.range();
            if k.fits_double() {
                Expr::call(
                    "rt.encodeSmallInt",
                    vec![
                        Expr::text(v),
                        Expr::text(lo.to_string()),
                        Expr::text(hi.to_string()),
                    ],
                )
            } else {
                Expr::call(
                    "rt.encodeBigInt",
                    vec![Expr::text(v), Expr::text(big(lo)), Expr::text(big(hi))],
                )
            }
        }
        Type::Float => Expr::call("rt.encodeFloat", vec![Expr::text(v)]),
        Type::DateTime => Expr::text(format!("{v}.toString()")),
        Type::Array(i) => Expr::call(format!("{v}.map"), vec![lambda(i)]),
        Type::Map(i) => Expr::call("rt.encodeMap", vec![Expr::text(v), lambda(i)]),
        Type::Named(n) => Expr::call(format!("encode{n}"), vec![Expr::text(v)]),
        Type::Nullable(i) => Expr::Cond(
            format!("{v} === null"),
            Box::new(Expr::text("null")),
            Box::new(enc_expr(i, v, d)),
        ),
    }
}
