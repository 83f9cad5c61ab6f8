//! TypeScript tuples: a tuple type with a decoder that checks the length, then each item.

use std::fmt::Write as _;

use super::super::model::Type;
use super::codec::{dec_expr, enc_expr};
use super::layout::{self, Expr};
use super::types::{dec_sig, enc_sig, ty};

/// A tuple type, decoded by `rt.decodeTuple` (which checks the length, then each item)
/// and encoded by `rt.encodeTuple`.
pub(super) fn code(out: &mut String, n: &str, items: &[Type]) {
    let types: Vec<String> = items.iter().map(ty).collect();
    let line = format!("export type {n} = [{}];", types.join(", "));
    if line.len() <= layout::WIDTH {
        let _ = writeln!(out, "{line}");
    } else {
        let _ = writeln!(out, "export type {n} = [\n  {},\n];", types.join(",\n  "));
    }
    let mut dec = vec![Expr::text("json"), Expr::text("path")];
    let mut enc = vec![Expr::text("value")];
    for t in items {
        dec.push(Expr::Arrow(
            "(j0, p0)".to_owned(),
            Box::new(dec_expr(t, Expr::text("j0"), "p0", 1)),
        ));
        enc.push(Expr::Arrow(
            "(x0)".to_owned(),
            Box::new(enc_expr(t, "x0", 1)),
        ));
    }
    let _ = write!(
        out,
        "\n{dsig}{}}}\n\n{esig}{}}}\n",
        layout::stmt(
            2,
            "return ",
            &Expr::call(format!("rt.decodeTuple<{n}>"), dec),
            ";"
        ),
        layout::stmt(
            2,
            "return ",
            &Expr::call(format!("rt.encodeTuple<{n}>"), enc),
            ";"
        ),
        dsig = dec_sig(n),
        esig = enc_sig(n, "rt.Json"),
    );
}
