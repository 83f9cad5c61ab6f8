//! TypeScript unions for serde's externally, internally and adjacently tagged enums: a
//! union type and a decoder and encoder that dispatch on the tag. Untagged ones are
//! `super::untagged`'s.

use std::fmt::Write as _;

use super::super::model::{Model, Tagging, Type, Union};
use super::codec::{dec_expr, enc_expr, unknown_error};
use super::layout::{self, Expr};
use super::syntax::{access, key, path_of, quote};
use super::types::{dec_sig, enc_sig, ty, union_members};
use super::untagged;

pub(super) fn code(out: &mut String, model: &Model, n: &str, u: &Union) {
    let mut members = Vec::new();
    let mut dec_cases = String::new();
    let mut enc_cases = String::new();
    match &u.tagging {
        Tagging::External => {
            for v in &u.variants {
                let tag = quote(&v.tag);
                match &v.payload {
                    None => {
                        members.push((tag.clone(), v.doc.as_deref()));
                        let _ = writeln!(
                            dec_cases,
                            "    case {tag}:\n      if (typeof json === \"string\") return {tag};\n      break;"
                        );
                        let _ = writeln!(enc_cases, "  if (value === {tag}) return value;");
                    }
                    Some(t) => {
                        members.push((
                            format!("{{ {}: {} }}", key(&v.tag), ty(t)),
                            v.doc.as_deref(),
                        ));
                        let a = access("value", &v.tag);
                        let payload = dec_expr(
                            t,
                            Expr::text(format!("rt.expectObject(json, path)[{tag}] as rt.Json")),
                            &path_of(&v.tag),
                            0,
                        );
                        let _ = write!(
                            dec_cases,
                            "    case {tag}:\n{}      break;\n",
                            layout::if_stmt(
                                6,
                                "typeof json !== \"string\"",
                                "return ",
                                &Expr::Object(vec![(key(&v.tag), payload)]),
                                ";"
                            )
                        );
                        // `a as T` needs no parentheses as a whole value or an argument.
                        let cast = format!("{a} as {}", ty(t));
                        let value = match enc_expr(t, &format!("({cast})"), 0) {
                            Expr::Text(s) if s == format!("({cast})") => Expr::Text(cast),
                            Expr::Call(c, args) => Expr::Call(
                                c,
                                args.into_iter()
                                    .map(|x| match x {
                                        Expr::Text(s) if s == format!("({cast})") => {
                                            Expr::Text(cast.clone())
                                        }
                                        x => x,
                                    })
                                    .collect(),
                            ),
                            e => e,
                        };
                        enc_cases.push_str(&layout::if_stmt(
                            2,
                            &format!("typeof value === \"object\" && {tag} in value"),
                            "return ",
                            &Expr::Object(vec![(key(&v.tag), value)]),
                            ";",
                        ));
                    }
                }
            }
            let _ = write!(
                out,
                "export type {n} ={};\n\n{dsig}  \
                 let tag: string;\n  if (typeof json === \"string\") tag = json;\n  else {{\n    \
                 const keys = Object.keys(rt.expectObject(json, path));\n    \
                 {one_key}    \
                 tag = keys[0] as string;\n  }}\n  switch (tag) {{\n{dec_cases}  }}\n  \
               {unknown}}}\n\
                 \n{esig}{enc_cases}  throw new TypeError(\"not a {n}\");\n}}\n",
                union_members(n, &members, true),
                dsig = dec_sig(n),
                esig = enc_sig(n, "rt.Json"),
                unknown = unknown_variant(n),
                one_key = layout::if_stmt(
                    4,
                    "keys.length !== 1",
                    "throw ",
                    &unknown_error("\"expected an object with exactly one key\""),
                    ";"
                )
                .trim_start(),
            );
        }
        Tagging::Internal { tag } | Tagging::Adjacent { tag, .. } => {
            let content = match &u.tagging {
                Tagging::Adjacent { content, .. } => Some(content.as_str()),
                _ => None,
            };
            let tk = key(tag);
            let ta = access("value", tag);
            for v in &u.variants {
                let tv = quote(&v.tag);
                let tag_only = || vec![(tk.clone(), Expr::text(&tv))];
                let (member, d, e) = match (&v.payload, content) {
                    (None, _) => (
                        format!("{{ {tk}: {tv} }}"),
                        Expr::Object(tag_only()),
                        Expr::Object(tag_only()),
                    ),
                    (Some(Type::Named(p)), None) => (
                        format!("({{ {tk}: {tv} }} & {p})"),
                        Expr::Object(vec![
                            (tk.clone(), Expr::text(&tv)),
                            (
                                String::new(),
                                Expr::text(format!("...decode{p}(json, path)")),
                            ),
                        ]),
                        Expr::Object(vec![
                            (String::new(), Expr::text(format!("...encode{p}(value)"))),
                            (tk.clone(), Expr::text(&tv)),
                        ]),
                    ),
                    (Some(t), Some(c)) => {
                        let ck = key(c);
                        let cq = quote(c);
                        let mut d = tag_only();
                        d.push((
                            ck.clone(),
                            dec_expr(
                                t,
                                Expr::call(
                                    "rt.required",
                                    vec![Expr::text("o"), Expr::text(cq), Expr::text("path")],
                                ),
                                &path_of(c),
                                0,
                            ),
                        ));
                        let mut e = tag_only();
                        e.push((ck.clone(), enc_expr(t, &access("value", c), 0)));
                        (
                            format!("{{ {tk}: {tv}; {ck}: {} }}", ty(t)),
                            Expr::Object(d),
                            Expr::Object(e),
                        )
                    }
                    (Some(_), None) => unreachable!("internal variants carry a struct"),
                };
                members.push((member, v.doc.as_deref()));
                let _ = write!(
                    dec_cases,
                    "    case {tv}:\n{}",
                    layout::stmt(6, "return ", &d, ";")
                );
                let _ = write!(
                    enc_cases,
                    "    case {tv}:\n{}",
                    layout::stmt(6, "return ", &e, ";")
                );
            }
            // `o` is only needed by adjacent decoders; internal ones spread `json`.
            let object = Expr::call(
                "rt.expectObject",
                vec![Expr::text("json"), Expr::text("path")],
            );
            let (o, tag_from) = if content.is_some() {
                (format!("  const o = {};\n", object.flat()), Expr::text("o"))
            } else {
                (String::new(), object)
            };
            let tag_expr = Expr::call(
                "rt.expectString",
                vec![
                    Expr::call(
                        "rt.required",
                        vec![tag_from, Expr::text(quote(tag)), Expr::text("path")],
                    ),
                    Expr::text(path_of(tag)),
                ],
            );
            let _ = write!(
                out,
                "export type {n} ={};\n\n{dsig}{o}{}  \
                 switch (tag) {{\n{dec_cases}  }}\n  \
               {unknown}}}\n\
                 \n{esig}  switch ({ta}) {{\n{enc_cases}  }}\n}}\n",
                union_members(n, &members, false),
                layout::stmt(2, "const tag = ", &tag_expr, ";"),
                dsig = dec_sig(n),
                esig = enc_sig(n, "rt.Json"),
                unknown = unknown_variant(n),
            );
        }
        Tagging::Untagged => untagged::code(out, model, n, u),
    }
}

/// The last statement of a tagged union's decoder, without its indent.
fn unknown_variant(n: &str) -> String {
    layout::stmt(
        2,
        "throw ",
        &unknown_error(&format!("`unknown {n} variant ${{JSON.stringify(tag)}}`")),
        ";",
    )
    .trim_start()
    .to_owned()
}
