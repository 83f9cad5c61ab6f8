//! The Java emitter's sum types: a serde enum as a sealed interface with one nested record
//! per variant (`Shape.Circle`), and its tag-dispatching `read` and `write`.

use std::fmt::Write as _;

use super::super::model::{Decl, Model, Tagging, Type, Union, Variant};
use super::super::names;
use super::super::ts::quote;
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

    pub(super) fn union(&self, out: &mut String, decl: &Decl, u: &Union) {
        let n = &decl.name;
        javadoc(out, "", decl.doc.as_deref(), &[]);
        let names = nested_names(self.model, n, u);
        let permits: Vec<String> = names.iter().map(|vn| format!("{n}.{vn}")).collect();
        let _ = writeln!(
            out,
            "public sealed interface {n} permits {} {{",
            permits.join(", ")
        );
        for (v, vn) in u.variants.iter().zip(&names) {
            out.push('\n');
            if let Some(own) = self.own_struct(n, v) {
                let mut rec = String::new();
                self.record(&mut rec, own, vn, Some(n));
                indent(out, &rec);
                continue;
            }
            match &v.payload {
                None => {
                    javadoc(out, "  ", v.doc.as_deref().or(Some(vn)), &[]);
                    let _ = writeln!(out, "  record {vn}() implements {n} {{");
                }
                Some(t) => {
                    javadoc(
                        out,
                        "  ",
                        v.doc.as_deref().or(Some(vn)),
                        &[("value".to_owned(), Some("the payload".to_owned()))],
                    );
                    let check = if matches!(
                        self.ty(t).as_str(),
                        "int" | "long" | "double" | "boolean"
                    ) {
                        String::new()
                    } else {
                        format!(
                            "    /** Checks the payload is set. */\n    public {vn} {{\n      Objects.requireNonNull(value, \"value\");\n    }}\n\n"
                        )
                    };
                    let _ = write!(
                        out,
                        "  record {vn}({} value) implements {n} {{\n{check}",
                        self.ty(t)
                    );
                }
            }
            let _ = writeln!(
                out,
                "    @JsonValue\n    @Override\n    public JsonNode toJson() {{\n      return {n}.write(this);\n    }}\n  }}"
            );
        }
        let _ = write!(
            out,
            "\n  /**\n   * Writes it as on the wire.\n   *\n   * @return the node\n   */\n  JsonNode toJson();\n\n\
\x20 /**\n   * Reads one from Jackson's tree, dispatching on the tag.\n   *\n   * @param json the node\n   * @return the value\n   */\n\
\x20 @JsonCreator(mode = JsonCreator.Mode.DELEGATING)\n  static {n} fromJson(JsonNode json) {{\n    return read(json, \"$\");\n  }}\n\n\
\x20 /**\n   * Reads one at a path.\n   *\n   * @param json the node\n   * @param path where\n   * @return the value\n   */\n  static {n} read(JsonNode json, String path) {{\n"
        );
        // A variant's record, and whether it wraps the payload as `value`.
        let class = |v: &Variant| {
            let i = u.variants.iter().position(|x| x.tag == v.tag).unwrap_or(0);
            (format!("{n}.{}", names[i]), self.own_struct(n, v).is_none())
        };
        let construct = |v: &Variant, node: &str, p: &str| -> String {
            let (cls, nested) = class(v);
            match (&v.payload, nested) {
                (None, _) => format!("new {cls}()"),
                (Some(_), false) => format!("{cls}.read({node}, {p})"),
                (Some(t), true) => format!(
                    "new {cls}({})",
                    self.read(t, &format!("Json.notNull({node}, {p})"), p, 0)
                ),
            }
        };
        match &u.tagging {
            Tagging::External => {
                out.push_str("    String tag;\n    JsonNode inner = null;\n    if (json != null && json.isTextual()) {\n      tag = json.textValue();\n    } else {\n      ObjectNode o = Json.object(json, path);\n      if (o.size() != 1) {\n        throw new Json.DecodeException(path, \"expected an object with exactly one key\");\n      }\n      tag = o.fieldNames().next();\n      inner = o.get(tag);\n    }\n    switch (tag) {\n");
                for v in &u.variants {
                    let guard = if v.payload.is_none() {
                        "inner == null"
                    } else {
                        "inner != null"
                    };
                    let _ = writeln!(
                        out,
                        "      case {}:\n        if ({guard}) {{\n          return {};\n        }}\n        break;",
                        quote(&v.tag),
                        construct(
                            v,
                            "inner",
                            &format!("path + {}", quote(&format!(".{}", v.tag)))
                        )
                    );
                }
                let _ = writeln!(
                    out,
                    "      default:\n        break;\n    }}\n    throw new Json.DecodeException(path, \"unknown or malformed {n} variant \\\"\" + tag + \"\\\"\");\n  }}"
                );
            }
            Tagging::Internal { tag } | Tagging::Adjacent { tag, .. } => {
                let _ = write!(
                    out,
                    "    ObjectNode o = Json.object(json, path);\n    String tag = Json.string(Json.required(o, {q}, path), path + {qp});\n    switch (tag) {{\n",
                    q = quote(tag),
                    qp = quote(&format!(".{tag}"))
                );
                for v in &u.variants {
                    let e = match (&u.tagging, &v.payload) {
                        (Tagging::Adjacent { content, .. }, Some(_)) => construct(
                            v,
                            &format!("Json.required(o, {}, path)", quote(content)),
                            &format!("path + {}", quote(&format!(".{content}"))),
                        ),
                        _ => construct(v, "o", "path"),
                    };
                    let _ = writeln!(out, "      case {}:\n        return {e};", quote(&v.tag));
                }
                let _ = writeln!(
                    out,
                    "      default:\n        throw new Json.DecodeException(path, \"unknown {n} variant \\\"\" + tag + \"\\\"\");\n    }}\n  }}"
                );
            }
            Tagging::Untagged => {
                for v in &u.variants {
                    let _ = writeln!(
                        out,
                        "    try {{\n      return {};\n    }} catch (Json.DecodeException e) {{\n      // try the next variant\n    }}",
                        construct(v, "json", "path")
                    );
                }
                let _ = writeln!(
                    out,
                    "    throw new Json.DecodeException(path, \"matches no variant of {n}\");\n  }}"
                );
            }
        }
        // write
        let _ = write!(
            out,
            "\n  /**\n   * Writes a value with its tag.\n   *\n   * @param value the value\n   * @return the node\n   */\n  static JsonNode write({n} value) {{\n"
        );
        for v in &u.variants {
            let (cls, nested) = class(v);
            let payload = match (&v.payload, nested) {
                (None, _) => None,
                (Some(_), false) => Some("x.fields()".to_owned()),
                (Some(t), true) => Some(self.write(t, "x.value()", 0)),
            };
            let tq = quote(&v.tag);
            let body = match (&u.tagging, payload) {
                (Tagging::External, None) => format!("return Json.F.textNode({tq});"),
                (Tagging::External, Some(p)) => {
                    format!("return Json.F.objectNode().set({tq}, {p});")
                }
                (Tagging::Internal { tag } | Tagging::Adjacent { tag, .. }, None) => {
                    format!("return Json.F.objectNode().put({}, {tq});", quote(tag))
                }
                (Tagging::Adjacent { tag, content }, Some(p)) => {
                    format!(
                        "return Json.F.objectNode().put({}, {tq}).set({}, {p});",
                        quote(tag),
                        quote(content)
                    )
                }
                (Tagging::Internal { .. } | Tagging::Untagged, Some(p)) => format!("return {p};"),
                (Tagging::Untagged, None) => "return Json.F.nullNode();".to_owned(),
            };
            let var = if body.contains("x.") { " x" } else { "" };
            let _ = writeln!(
                out,
                "    if (value instanceof {cls}{var}) {{\n      {body}\n    }}"
            );
        }
        let _ = writeln!(
            out,
            "    throw new IllegalArgumentException(\"not a {n}\");\n  }}\n}}"
        );
    }
}
