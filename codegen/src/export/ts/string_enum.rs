//! TypeScript string enums: a union of string literals with its list of values.

use std::fmt::Write as _;

use super::super::model::EnumValue;
use super::codec::unknown_error;
use super::layout::{self, Expr};
use super::syntax::quote;
use super::types::{dec_sig, enc_sig, union_members};

/// A string enum: a union of string literals, the list of its values, and a decoder that
/// accepts only those.
pub(super) fn code(out: &mut String, n: &str, values: &[EnumValue]) {
    let union: Vec<String> = values.iter().map(|v| quote(&v.wire)).collect();
    let members: Vec<(String, Option<&str>)> = union
        .iter()
        .zip(values)
        .map(|(q, v)| (q.clone(), v.doc.as_deref()))
        .collect();
    let _ = writeln!(
        out,
        "export type {n} ={};",
        union_members(n, &members, true)
    );
    let _ = writeln!(
        out,
        "\n/** Every value of {n}. */\n{}",
        layout::array_decl(
            &format!("export const {n}Values: readonly {n}[] = "),
            &union
        )
    );
    let _ = write!(
        out,
        "\n{dsig}  \
         const s = rt.expectString(json, path);\n  \
         {find}  \
         {unknown_value}  \
         return v;\n}}\n\
         \n{esig}  return value;\n}}\n",
        dsig = dec_sig(n),
        esig = enc_sig(n, "rt.Json"),
        find = layout::stmt(
            2,
            "const v = ",
            &Expr::call(
                format!("{n}Values.find"),
                vec![Expr::Arrow(
                    "(x)".to_owned(),
                    Box::new(Expr::text("x === s"))
                )]
            ),
            ";"
        )
        .trim_start(),
        unknown_value = layout::if_stmt(
            2,
            "v === undefined",
            "throw ",
            &unknown_error(&format!("`unknown {n} value ${{JSON.stringify(s)}}`")),
            ";"
        )
        .trim_start(),
    );
}
