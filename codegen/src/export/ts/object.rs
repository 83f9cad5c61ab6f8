//! TypeScript structs: an interface, a decoder that checks every field (required,
//! nullable, optional, defaulted) and an encoder that writes back what was read.

use std::fmt::Write as _;

use super::super::model::{Field, Presence, Type};
use super::codec::{dec_expr, enc_expr};
use super::layout::{self, Expr};
use super::syntax::{access, doc, js_string, key, path_of, quote};
use super::types::{dec_sig, enc_sig, ty, ty_expr};

pub(super) fn code(out: &mut String, n: &str, fields: &[Field]) {
    let _ = writeln!(out, "export interface {n} {{");
    for f in fields {
        doc(out, "  ", f.doc.as_deref());
        let (opt, t) = match f.presence {
            Presence::Required | Presence::Default(_) => ("", ty_expr(&f.ty)),
            Presence::Nullable => ("", Expr::text(format!("{} | null", ty(&f.ty)))),
            Presence::Optional { nullable: false } => ("?", ty_expr(&f.ty)),
            Presence::Optional { nullable: true } => {
                ("?", Expr::text(format!("{} | null", ty(&f.ty))))
            }
        };
        let k = format!("{}{opt}: ", key(&f.wire));
        let _ = writeln!(out, "  {k}{};", layout::layout(&t, 2, 2 + k.len(), ";"));
    }
    out.push_str("}\n");
    // Decoder.
    let _ = write!(
        out,
        "\n{}  const o = rt.expectObject(json, path);\n  const out: {n} = {{\n",
        dec_sig(n)
    );
    for f in fields {
        let w = quote(&f.wire);
        let p = path_of(&f.wire);
        let e = match &f.presence {
            Presence::Required => dec_expr(
                &f.ty,
                Expr::call(
                    "rt.expectNotNull",
                    vec![
                        Expr::call(
                            "rt.required",
                            vec![Expr::text("o"), Expr::text(&w), Expr::text("path")],
                        ),
                        Expr::text(&p),
                    ],
                ),
                &p,
                0,
            ),
            Presence::Nullable => dec_expr(
                &Type::Nullable(Box::new(f.ty.clone())),
                Expr::call(
                    "rt.required",
                    vec![Expr::text("o"), Expr::text(&w), Expr::text("path")],
                ),
                &p,
                0,
            ),
            Presence::Default(v) => dec_expr(
                &f.ty,
                Expr::Nullish(
                    Box::new(Expr::call(
                        "rt.member",
                        vec![Expr::text("o"), Expr::text(&w)],
                    )),
                    Box::new(Expr::call(
                        "rt.parseJson",
                        vec![Expr::text(js_string(
                            &serde_json::to_string(v).expect("JSON values serialize"),
                        ))],
                    )),
                ),
                &p,
                0,
            ),
            Presence::Optional { .. } => continue,
        };
        out.push_str(&layout::stmt(4, &format!("{}: ", key(&f.wire)), &e, ","));
    }
    out.push_str("  };\n");
    for f in fields {
        let Presence::Optional { nullable } = f.presence else {
            continue;
        };
        let w = quote(&f.wire);
        let p = path_of(&f.wire);
        let d = if nullable {
            dec_expr(
                &Type::Nullable(Box::new(f.ty.clone())),
                Expr::text("v"),
                &p,
                0,
            )
        } else {
            dec_expr(
                &f.ty,
                Expr::call("rt.expectNotNull", vec![Expr::text("v"), Expr::text(&p)]),
                &p,
                0,
            )
        };
        let _ = write!(
            out,
            "  {{\n{}{}  }}\n",
            layout::stmt(
                4,
                "const v = ",
                &Expr::call("rt.member", vec![Expr::text("o"), Expr::text(&w)]),
                ";"
            ),
            layout::if_stmt(
                4,
                "v !== undefined",
                &format!("{} = ", access("out", &f.wire)),
                &d,
                ";"
            ),
        );
    }
    out.push_str("  return out;\n}\n");
    // Encoder.
    let _ = write!(
        out,
        "\n{}  const out: rt.JsonObject = {{}};\n",
        enc_sig(n, "rt.JsonObject")
    );
    for f in fields {
        let a = access("value", &f.wire);
        let target = access("out", &f.wire);
        match f.presence {
            Presence::Optional { nullable } => {
                let t = if nullable {
                    Type::Nullable(Box::new(f.ty.clone()))
                } else {
                    f.ty.clone()
                };
                out.push_str(&layout::if_stmt(
                    2,
                    &format!("{a} !== undefined"),
                    &format!("{target} = "),
                    &enc_expr(&t, &a, 0),
                    ";",
                ));
            }
            Presence::Nullable => {
                out.push_str(&layout::stmt(
                    2,
                    &format!("{target} = "),
                    &enc_expr(&Type::Nullable(Box::new(f.ty.clone())), &a, 0),
                    ";",
                ));
            }
            _ => {
                out.push_str(&layout::stmt(
                    2,
                    &format!("{target} = "),
                    &enc_expr(&f.ty, &a, 0),
                    ";",
                ));
            }
        }
    }
    out.push_str("  return out;\n}\n");
}
