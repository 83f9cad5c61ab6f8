//! TypeScript types for the model's types, union members, and the signatures of the
//! generated `decode<Name>` and `encode<Name>` functions.

use std::fmt::Write as _;

use super::super::model::Type;
use super::layout::{self, Expr};
use super::syntax::doc;

/// `ty(t)`, a map as a generic type that can break over lines.
pub(super) fn ty_expr(t: &Type) -> Expr {
    match t {
        Type::Map(i) => Expr::Generic("Record".to_owned(), vec![Expr::text("string"), ty_expr(i)]),
        _ => Expr::text(ty(t)),
    }
}

pub(super) fn ty(t: &Type) -> String {
    match t {
        Type::Bool => "boolean".into(),
        Type::Int(k) if k.fits_double() => "number".into(),
        Type::Int(_) => "bigint".into(),
        Type::Float => "number".into(),
        Type::String | Type::Uuid => "string".into(),
        Type::DateTime => "rt.Timestamp".into(),
        Type::Any => "rt.Json".into(),
        Type::Array(i) => match **i {
            Type::Nullable(_) => format!("({})[]", ty(i)),
            _ => format!("{}[]", ty(i)),
        },
        Type::Map(i) => format!("Record<string, {}>", ty(i)),
        Type::Named(n) => n.clone(),
        Type::Nullable(i) => format!("{} | null", ty(i)),
    }
}

pub(super) fn dec_sig(n: &str) -> String {
    layout::signature(
        &format!("export function decode{n}"),
        &["json: rt.Json", "path = \"$\""],
        n,
    )
}

pub(super) fn enc_sig(n: &str, ret: &str) -> String {
    layout::signature(
        &format!("export function encode{n}"),
        &[&format!("value: {n}")],
        ret,
    )
}

/// The members of a union type, as written after `export type N =`: on one line when
/// `one_line` allows it and no member has a description, otherwise one member per line,
/// each under its description.
pub(super) fn union_members(n: &str, members: &[(String, Option<&str>)], one_line: bool) -> String {
    if one_line && members.iter().all(|(_, d)| d.is_none()) {
        let ms: Vec<&str> = members.iter().map(|(m, _)| m.as_str()).collect();
        let line = format!(" {}", ms.join(" | "));
        if format!("export type {n} ={line};").len() <= layout::WIDTH {
            return line;
        }
    }
    let mut s = String::new();
    for (m, d) in members {
        s.push('\n');
        doc(&mut s, "  ", *d);
        let _ = write!(s, "  | {m}");
    }
    s
}
