//! The Java emitter's tuples: a record with one component per item (`item0`, `item1`,
//! ...), read from and written as a JSON array of exactly that many items.

use std::fmt::Write as _;

use super::super::model::{Decl, Type};
use super::{Emitter, javadoc};

impl Emitter<'_> {
    pub(super) fn tuple(&self, out: &mut String, decl: &Decl, items: &[Type]) {
        let n = &decl.name;
        let ids: Vec<String> = (0..items.len()).map(|i| format!("item{i}")).collect();
        let params: Vec<(String, Option<String>)> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), Some(format!("Item {i}."))))
            .collect();
        javadoc(out, "", decl.doc.as_deref().or(Some(n)), &params);
        let comps: Vec<String> = items
            .iter()
            .zip(&ids)
            .map(|(t, i)| format!("{} {i}", self.ty(t)))
            .collect();
        let _ = writeln!(out, "public record {n}(\n    {}) {{", comps.join(",\n    "));
        // Compact constructor: items that are references and not nullable are not null.
        let checks: Vec<String> = items
            .iter()
            .zip(&ids)
            .filter(|(t, _)| {
                !matches!(t, Type::Nullable(_))
                    && !matches!(self.ty(t).as_str(), "int" | "long" | "double" | "boolean")
            })
            .map(|(_, i)| format!("    Objects.requireNonNull({i}, \"{i}\");"))
            .collect();
        if !checks.is_empty() {
            let _ = writeln!(
                out,
                "  /** Checks that the items are set. */\n  public {n} {{\n{}\n  }}\n",
                checks.join("\n")
            );
        }
        let len = items.len();
        let _ = write!(
            out,
            "  /**\n   * Reads one from Jackson's tree: an array of exactly {len} items, each checked.\n   *\n   * @param json the node\n   * @return the value\n   */\n\
\x20 @JsonCreator(mode = JsonCreator.Mode.DELEGATING)\n  public static {n} fromJson(JsonNode json) {{\n    return read(json, \"$\");\n  }}\n\n\
\x20 static {n} read(JsonNode json, String path) {{\n    if (json == null || !json.isArray() || json.size() != {len}) {{\n      throw new Json.DecodeException(path, \"expected an array of {len} items\");\n    }}\n"
        );
        let args: Vec<String> = items
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let p = format!("path + \"[{i}]\"");
                let node = format!("json.get({i})");
                if matches!(t, Type::Nullable(_)) {
                    self.read(t, &node, &p, 0)
                } else {
                    self.read(t, &format!("Json.notNull({node}, {p})"), &p, 0)
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "    return new {n}(\n        {});\n  }}\n",
            args.join(",\n        ")
        );
        let mut adds = String::new();
        for (t, i) in items.iter().zip(&ids) {
            let _ = write!(adds, "\n        .add({})", self.write(t, i, 0));
        }
        let _ = write!(
            out,
            "  /**\n   * Writes it as on the wire: an array.\n   *\n   * @return the node\n   */\n  @JsonValue\n  public JsonNode toJson() {{\n    return Json.F.arrayNode(){adds};\n  }}\n}}\n"
        );
    }
}
