//! The TypeScript envelope generic over its data, and `decode`/`encode` of any known
//! message version by wire name and version.

use std::fmt::Write as _;

use super::super::model::{AttributeType, Model};
use super::layout::{self, Expr};
use super::syntax::{doc, quote};

pub(super) fn envelope(out: &mut String, model: &Model) {
    out.push_str(
        "\n/** A CloudEvents 1.0 envelope (structured JSON mode) around data of type T. */\nexport interface Envelope<T> {\n",
    );
    for a in &model.attributes {
        doc(out, "  ", a.doc.as_deref());
        let t = match a.ty {
            AttributeType::String => "string",
            AttributeType::Integer => "number",
            AttributeType::DateTime => "rt.Timestamp",
        };
        let _ = writeln!(
            out,
            "  {}{}: {t};",
            a.name,
            if a.required { "" } else { "?" }
        );
    }
    out.push_str(
        "  /** Extension attributes factum does not know, kept as they are. */\n  extensions: Record<string, string | bigint | boolean>;\n  /** The data. */\n  data: T;\n}\n",
    );
    let mut known: Vec<String> = model.attributes.iter().map(|a| quote(&a.name)).collect();
    known.extend(["\"data\"".to_owned(), "\"data_base64\"".to_owned()]);
    let known = layout::array_decl("const ATTRIBUTES: readonly string[] = ", &known);
    let _ = write!(
        out,
        "\n{known}\n\
         \n/** Decodes an envelope whose data `data` decodes. */\n\
         export function decodeEnvelope<T>(\n  json: rt.Json,\n  data: (json: rt.Json, path: string) => T,\n): Envelope<T> {{\n  \
         const o = rt.expectObject(json, \"$\");\n  const out: Envelope<T> = {{\n",
    );
    for a in model.attributes.iter().filter(|a| a.required) {
        let required = Expr::call(
            "rt.required",
            vec![
                Expr::text("o"),
                Expr::text(quote(&a.name)),
                Expr::text("\"$\""),
            ],
        );
        out.push_str(&layout::stmt(
            4,
            &format!("{}: ", a.name),
            &attr_dec(a.ty, required, &a.name),
            ",",
        ));
    }
    out.push_str(
        "    extensions: {},\n    data: data(rt.required(o, \"data\", \"$\"), \"$.data\"),\n  };\n",
    );
    for a in model.attributes.iter().filter(|a| !a.required) {
        let _ = write!(
            out,
            "  {{\n    const v = rt.member(o, {q});\n{}  }}\n",
            layout::if_stmt(
                4,
                "v !== undefined",
                &format!("out.{} = ", a.name),
                &attr_dec(a.ty, Expr::text("v"), &a.name),
                ";"
            ),
            q = quote(&a.name),
        );
    }
    out.push_str(
        "  for (const k of Object.keys(o)) {\n    if (ATTRIBUTES.includes(k)) continue;\n    const v = o[k] as rt.Json;\n    \
         if (typeof v === \"string\" || typeof v === \"boolean\") out.extensions[k] = v;\n    \
         else\n      out.extensions[k] = rt.decodeBigInt(\n        v,\n        `$.${k}`,\n        -(2n ** 63n),\n        2n ** 64n - 1n,\n      );\n  }\n  return out;\n}\n",
    );
    out.push_str(
        "\n/** Encodes an envelope, its data with `data`. */\nexport function encodeEnvelope<T>(\n  envelope: Envelope<T>,\n  data: (value: T) => rt.Json,\n): rt.JsonObject {\n  const out: rt.JsonObject = {};\n",
    );
    for a in &model.attributes {
        let v = format!("envelope.{}", a.name);
        let e = match a.ty {
            AttributeType::String => Expr::text(&v),
            AttributeType::Integer => Expr::call(
                "rt.encodeSmallInt",
                vec![
                    Expr::text(&v),
                    Expr::text("-2147483648"),
                    Expr::text("2147483647"),
                ],
            ),
            AttributeType::DateTime => Expr::text(format!("{v}.toString()")),
        };
        let target = format!("out.{} = ", a.name);
        if a.required {
            out.push_str(&layout::stmt(2, &target, &e, ";"));
        } else {
            out.push_str(&layout::if_stmt(
                2,
                &format!("{v} !== undefined"),
                &target,
                &e,
                ";",
            ));
        }
    }
    out.push_str(
        "  for (const [k, v] of Object.entries(envelope.extensions)) {\n    \
         out[k] = typeof v === \"bigint\" ? new rt.JsonNumber(v.toString()) : v;\n  }\n  \
         out.data = data(envelope.data);\n  return out;\n}\n",
    );
    // Decode by name and version.
    let members: Vec<[String; 3]> = model
        .messages
        .iter()
        .map(|m| {
            [
                format!("name: {}", quote(&m.name)),
                format!("version: {}", m.version),
                format!("envelope: Envelope<{}>", m.type_name),
            ]
        })
        .collect();
    out.push_str(
        "\n/** An envelope of a known message version, tagged with its wire name and version. */\nexport type Decoded =",
    );
    if let [only] = members.as_slice() {
        let line = format!(" {{ {} }};", only.join("; "));
        if "export type Decoded =".len() + line.len() <= layout::WIDTH {
            let _ = writeln!(out, "{line}");
        } else {
            let _ = writeln!(out, " {{\n  {};\n}};", only.join(";\n  "));
        }
    } else {
        for (i, m) in members.iter().enumerate() {
            let end = if i + 1 == members.len() { ";" } else { "" };
            let line = format!("  | {{ {} }}{end}", m.join("; "));
            if line.len() <= layout::WIDTH {
                let _ = write!(out, "\n{line}");
            } else {
                let _ = write!(out, "\n  | {{\n      {};\n    }}{end}", m.join(";\n      "));
            }
        }
        out.push('\n');
    }
    out.push_str(
        "\n/** Decodes an envelope of any known message version (by `type` and `dataversion`). */\nexport function decode(json: rt.Json): Decoded {\n  \
         const o = rt.expectObject(json, \"$\");\n  const type = rt.expectString(rt.required(o, \"type\", \"$\"), \"$.type\");\n  \
         const version = rt.decodeSmallInt(\n    rt.required(o, \"dataversion\", \"$\"),\n    \"$.dataversion\",\n    1,\n    2147483647,\n  );\n  \
         switch (`${type}/v${version}`) {\n",
    );
    for m in &model.messages {
        let decoded = Expr::Object(vec![
            ("name".to_owned(), Expr::text(quote(&m.name))),
            ("version".to_owned(), Expr::text(m.version.to_string())),
            (
                "envelope".to_owned(),
                Expr::call(
                    "decodeEnvelope",
                    vec![
                        Expr::text("json"),
                        Expr::text(format!("decode{}", m.type_name)),
                    ],
                ),
            ),
        ]);
        let _ = write!(
            out,
            "    case {}:\n{}",
            quote(&format!("{}/v{}", m.name, m.version)),
            layout::stmt(6, "return ", &decoded, ";")
        );
    }
    out.push_str(
        "  }\n  throw new rt.DecodeError(\n    \"$\",\n    `unknown message ${JSON.stringify(type)} version ${version}`,\n  );\n}\n\
         \n/** Encodes a decoded envelope. */\nexport function encode(decoded: Decoded): rt.JsonObject {\n  switch (decoded.name) {\n",
    );
    let mut by_name: Vec<(&str, Vec<(u32, &str)>)> = Vec::new();
    for m in &model.messages {
        match by_name.last_mut() {
            Some((n, v)) if *n == m.name => v.push((m.version, &m.type_name)),
            _ => by_name.push((&m.name, vec![(m.version, &m.type_name)])),
        }
    }
    for (name, versions) in by_name {
        let _ = writeln!(
            out,
            "    case {}:\n      switch (decoded.version) {{",
            quote(name)
        );
        for (v, t) in versions {
            let _ = write!(
                out,
                "        case {v}:\n{}",
                layout::stmt(
                    10,
                    "return ",
                    &Expr::call(
                        "encodeEnvelope",
                        vec![
                            Expr::text("decoded.envelope"),
                            Expr::text(format!("encode{t}"))
                        ],
                    ),
                    ";",
                )
            );
        }
        out.push_str("      }\n      break;\n");
    }
    out.push_str("  }\n  throw new TypeError(\"not a known message version\");\n}\n");
}

fn attr_dec(t: AttributeType, j: Expr, name: &str) -> Expr {
    let p = Expr::text(quote(&format!("$.{name}")));
    match t {
        AttributeType::String => Expr::call("rt.expectString", vec![j, p]),
        AttributeType::Integer => Expr::call(
            "rt.decodeSmallInt",
            vec![j, p, Expr::text("-2147483648"), Expr::text("2147483647")],
        ),
        AttributeType::DateTime => Expr::call("rt.decodeTimestamp", vec![j, p]),
    }
}
