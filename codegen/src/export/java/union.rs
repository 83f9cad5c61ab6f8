//! The Java emitter's sum types: a serde enum as a sealed interface with one nested record
//! per variant (`Shape.Circle`), and its tag-dispatching `read` and `write`.

use std::fmt::Write as _;

use super::super::model::{Decl, Model, Tagging, Type, Union, Variant};
use super::super::names;
use super::super::ts::quote;
use super::statements;
use super::syntax::{Expr, bin, call, method, new, t as tx};
use super::{Emitter, indent, javadoc};

/// The names of a union's records, nested in its interface: the variants' names, but one
/// that would hide a type the file uses (from `java.lang`, an import, the model, or the
/// interface itself) gets `Variant`.
fn nested_names(model: &Model, union: &str, u: &Union) -> Vec<String> {
    const TAKEN: &[&str] = &[
        "Integer",
        "String",
        "Number",
        "Boolean",
        "Bool",
        "List",
        "Map",
        "Object",
        "Long",
        "Double",
        "Json",
        "Member",
        "Override",
        "Record",
        "Enum",
        "Objects",
        "UUID",
        "BigInteger",
        "OffsetDateTime",
        "JsonNode",
        "ObjectNode",
        "JsonCreator",
        "JsonValue",
        "Iterator",
        "Class",
        "System",
        "Math",
    ];
    let names = u
        .variants
        .iter()
        .map(|v| {
            if TAKEN.contains(&v.name.as_str()) || v.name == union || model.decl(&v.name).is_some()
            {
                format!("{}Variant", v.name)
            } else {
                v.name.clone()
            }
        })
        .collect();
    names::unique(names, &[], "")
}

impl<'m> Emitter<'m> {
    /// The variant's own struct, when it is nested in the union's interface as a record
    /// with the struct's fields (rather than a record wrapping the payload as `value`).
    fn own_struct(&self, u: &str, v: &Variant) -> Option<&'m Decl> {
        match &v.payload {
            Some(Type::Named(p)) if self.variant_of.get(p).is_some_and(|x| x == u) => {
                self.model.decl(p)
            }
            _ => None,
        }
    }

    /// A union's sealed interface, its text relative to column `col`, where it sits.
    #[allow(clippy::too_many_lines)]
    pub(super) fn union(&self, out: &mut String, decl: &Decl, u: &Union, col: usize) {
        let n = &decl.name;
        javadoc(out, "", decl.doc.as_deref(), &[]);
        let names = nested_names(self.model, n, u);
        let permits: Vec<String> = names.iter().map(|vn| format!("{n}.{vn}")).collect();
        statements::interface_head(out, col, col, "public sealed ", n, &permits);
        for (i, (v, vn)) in u.variants.iter().zip(&names).enumerate() {
            // prettier-plugin-java puts no blank line first in an interface's body.
            if i > 0 {
                out.push('\n');
            }
            if let Some(own) = self.own_struct(n, v) {
                let mut rec = String::with_capacity(8 * 1024);
                self.record(&mut rec, own, vn, Some(n), col + 2);
                indent(out, &rec);
                continue;
            }
            match &v.payload {
                None => {
                    javadoc(out, "  ", v.doc.as_deref().or(Some(vn)), &[]);
                    statements::record_head(out, col + 2, col, "", vn, &[], Some(n));
                }
                Some(t) => {
                    javadoc(
                        out,
                        "  ",
                        v.doc.as_deref().or(Some(vn)),
                        &[("value".to_owned(), Some("the payload".to_owned()))],
                    );
                    statements::record_head(
                        out,
                        col + 2,
                        col,
                        "",
                        vn,
                        &[format!("{} value", self.ty(t))],
                        Some(n),
                    );
                    if !matches!(self.ty(t).as_str(), "int" | "long" | "double" | "boolean") {
                        let _ = write!(
                            out,
                            "    /** Checks the payload is set. */\n    public {vn} {{\n      Objects.requireNonNull(value, \"value\");\n    }}\n\n"
                        );
                    }
                }
            }
            out.push_str("    @JsonValue\n    @Override\n    public JsonNode toJson() {\n");
            statements::ret(
                out,
                col + 6,
                col,
                "return",
                &call(n.clone(), "write", vec![tx("this")]),
            );
            out.push_str("    }\n  }\n");
        }
        out.push_str("\n  /**\n   * Writes it as on the wire.\n   *\n   * @return the node\n   */\n  JsonNode toJson();\n\n  /**\n   * Reads one from Jackson's tree, dispatching on the tag.\n   *\n   * @param json the node\n   * @return the value\n   */\n  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)\n");
        statements::method_head(
            out,
            col + 2,
            col,
            "static ",
            n,
            "fromJson",
            &["JsonNode json".to_owned()],
        );
        out.push_str("    return read(json, \"$\");\n  }\n\n  /**\n   * Reads one at a path.\n   *\n   * @param json the node\n   * @param path where\n   * @return the value\n   */\n");
        statements::method_head(
            out,
            col + 2,
            col,
            "static ",
            n,
            "read",
            &["JsonNode json".to_owned(), "String path".to_owned()],
        );
        // A variant's record, and whether it wraps the payload as `value`.
        let class = |v: &Variant| {
            let i = u.variants.iter().position(|x| x.tag == v.tag).unwrap_or(0);
            (format!("{n}.{}", names[i]), self.own_struct(n, v).is_none())
        };
        let construct = |v: &Variant, node: Expr, p: Expr| -> Expr {
            let (cls, nested) = class(v);
            match (&v.payload, nested) {
                (None, _) => new(cls, vec![]),
                (Some(_), false) => call(cls, "read", vec![node, p]),
                (Some(t), true) => new(
                    cls,
                    vec![self.read(t, call("Json", "notNull", vec![node, p.clone()]), p, 0)],
                ),
            }
        };
        let unknown = |what: String| {
            let message = bin(
                "+",
                bin("+", tx(format!("\"{what} \\\"\"")), tx("tag")),
                tx("\"\\\"\""),
            );
            new("Json.DecodeException", vec![tx("path"), message])
        };
        match &u.tagging {
            Tagging::External => {
                out.push_str("    String tag;\n    JsonNode inner = null;\n    if (json != null && json.isTextual()) {\n      tag = json.textValue();\n    } else {\n      ObjectNode o = Json.object(json, path);\n      if (o.size() != 1) {\n");
                statements::ret(
                    out,
                    col + 8,
                    col,
                    "throw",
                    &new(
                        "Json.DecodeException",
                        vec![
                            tx("path"),
                            tx("\"expected an object with exactly one key\""),
                        ],
                    ),
                );
                out.push_str("      }\n      tag = o.fieldNames().next();\n      inner = o.get(tag);\n    }\n    switch (tag) {\n");
                for v in &u.variants {
                    let guard = if v.payload.is_none() {
                        "inner == null"
                    } else {
                        "inner != null"
                    };
                    let _ = writeln!(
                        out,
                        "      case {}:\n        if ({guard}) {{",
                        quote(&v.tag)
                    );
                    let p = bin("+", tx("path"), tx(quote(&format!(".{}", v.tag))));
                    statements::ret(out, col + 10, col, "return", &construct(v, tx("inner"), p));
                    out.push_str("        }\n        break;\n");
                }
                out.push_str("      default:\n        break;\n    }\n");
                statements::ret(
                    out,
                    col + 4,
                    col,
                    "throw",
                    &unknown(format!("unknown or malformed {n} variant")),
                );
                out.push_str("  }\n");
            }
            Tagging::Internal { tag } | Tagging::Adjacent { tag, .. } => {
                out.push_str("    ObjectNode o = Json.object(json, path);\n");
                let read_tag = call(
                    "Json",
                    "string",
                    vec![
                        call(
                            "Json",
                            "required",
                            vec![tx("o"), tx(quote(tag)), tx("path")],
                        ),
                        bin("+", tx("path"), tx(quote(&format!(".{tag}")))),
                    ],
                );
                statements::decl(out, col + 4, col, "String", "tag", &read_tag);
                out.push_str("    switch (tag) {\n");
                for v in &u.variants {
                    let e = match (&u.tagging, &v.payload) {
                        (Tagging::Adjacent { content, .. }, Some(_)) => construct(
                            v,
                            call(
                                "Json",
                                "required",
                                vec![tx("o"), tx(quote(content)), tx("path")],
                            ),
                            bin("+", tx("path"), tx(quote(&format!(".{content}")))),
                        ),
                        _ => construct(v, tx("o"), tx("path")),
                    };
                    let _ = writeln!(out, "      case {}:", quote(&v.tag));
                    statements::ret(out, col + 8, col, "return", &e);
                }
                out.push_str("      default:\n");
                statements::ret(
                    out,
                    col + 8,
                    col,
                    "throw",
                    &unknown(format!("unknown {n} variant")),
                );
                out.push_str("    }\n  }\n");
            }
            Tagging::Untagged => {
                for v in &u.variants {
                    out.push_str("    try {\n");
                    statements::ret(
                        out,
                        col + 6,
                        col,
                        "return",
                        &construct(v, tx("json"), tx("path")),
                    );
                    out.push_str("    } catch (Json.DecodeException e) {\n      // try the next variant\n    }\n");
                }
                statements::ret(
                    out,
                    col + 4,
                    col,
                    "throw",
                    &new(
                        "Json.DecodeException",
                        vec![tx("path"), tx(format!("\"matches no variant of {n}\""))],
                    ),
                );
                out.push_str("  }\n");
            }
        }
        // write
        out.push_str("\n  /**\n   * Writes a value with its tag.\n   *\n   * @param value the value\n   * @return the node\n   */\n");
        statements::method_head(
            out,
            col + 2,
            col,
            "static ",
            "JsonNode",
            "write",
            &[format!("{n} value")],
        );
        let object = || call("Json.F", "objectNode", vec![]);
        for v in &u.variants {
            let (cls, nested) = class(v);
            let payload = match (&v.payload, nested) {
                (None, _) => None,
                (Some(_), false) => Some(call("x", "fields", vec![])),
                (Some(t), true) => Some(self.write(t, call("x", "value", vec![]), 0)),
            };
            let var = if payload.is_some() { " x" } else { "" };
            let tq = tx(quote(&v.tag));
            let body = match (&u.tagging, payload) {
                (Tagging::External, None) => call("Json.F", "textNode", vec![tq]),
                (Tagging::External, Some(p)) => method(object(), "set", vec![tq, p]),
                (Tagging::Internal { tag } | Tagging::Adjacent { tag, .. }, None) => {
                    method(object(), "put", vec![tx(quote(tag)), tq])
                }
                (Tagging::Adjacent { tag, content }, Some(p)) => method(
                    method(object(), "put", vec![tx(quote(tag)), tq]),
                    "set",
                    vec![tx(quote(content)), p],
                ),
                (Tagging::Internal { .. } | Tagging::Untagged, Some(p)) => p,
                (Tagging::Untagged, None) => call("Json.F", "nullNode", vec![]),
            };
            statements::if_head(
                out,
                col + 4,
                col,
                &Expr::InstanceOf("value".to_owned(), format!("{cls}{var}")),
            );
            statements::ret(out, col + 6, col, "return", &body);
            out.push_str("    }\n");
        }
        statements::ret(
            out,
            col + 4,
            col,
            "throw",
            &new(
                "IllegalArgumentException",
                vec![tx(format!("\"not a {n}\""))],
            ),
        );
        out.push_str("  }\n}\n");
    }
}
