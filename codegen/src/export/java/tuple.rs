//! The Java emitter's tuples: a record with one component per item (`item0`, `item1`,
//! ...), read from and written as a JSON array of exactly that many items.

use std::fmt::Write as _;

use super::super::model::{Decl, Type};
use super::super::ts::quote;
use super::statements;
use super::syntax::{Expr, bin, call, method, new, t as tx};
use super::{Emitter, javadoc};

impl Emitter<'_> {
    /// A tuple's record, its text relative to column `col`, where it sits.
    pub(super) fn tuple(&self, out: &mut String, decl: &Decl, items: &[Type], col: usize) {
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
        statements::record_head(out, col, col, "public ", n, &comps, None);
        // Compact constructor: items that are references and not nullable are not null.
        let checks: Vec<&String> = items
            .iter()
            .zip(&ids)
            .filter(|(t, _)| {
                !matches!(t, Type::Nullable(_))
                    && !matches!(self.ty(t).as_str(), "int" | "long" | "double" | "boolean")
            })
            .map(|(_, i)| i)
            .collect();
        if !checks.is_empty() {
            let _ = writeln!(
                out,
                "  /** Checks that the items are set. */\n  public {n} {{"
            );
            for i in checks {
                statements::stmt(
                    out,
                    col + 4,
                    col,
                    &call(
                        "Objects",
                        "requireNonNull",
                        vec![tx(i.clone()), tx(quote(i))],
                    ),
                );
            }
            out.push_str("  }\n\n");
        }
        let len = items.len();
        let _ = write!(
            out,
            "  /**\n   * Reads one from Jackson's tree: an array of exactly {len} items, each checked.\n   *\n   * @param json the node\n   * @return the value\n   */\n  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)\n"
        );
        statements::method_head(
            out,
            col + 2,
            col,
            "public static ",
            n,
            "fromJson",
            &["JsonNode json".to_owned()],
        );
        out.push_str("    return read(json, \"$\");\n  }\n\n");
        statements::method_head(
            out,
            col + 2,
            col,
            "static ",
            n,
            "read",
            &["JsonNode json".to_owned(), "String path".to_owned()],
        );
        let test = bin(
            "||",
            bin(
                "||",
                bin("==", tx("json"), tx("null")),
                tx("!json.isArray()"),
            ),
            bin("!=", call("json", "size", vec![]), tx(len.to_string())),
        );
        statements::if_head(out, col + 4, col, &test);
        statements::ret(
            out,
            col + 6,
            col,
            "throw",
            &new(
                "Json.DecodeException",
                vec![
                    tx("path"),
                    tx(format!("\"expected an array of {len} items\"")),
                ],
            ),
        );
        out.push_str("    }\n");
        let args: Vec<Expr> = items
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let p = bin("+", tx("path"), tx(format!("\"[{i}]\"")));
                let node = call("json", "get", vec![tx(i.to_string())]);
                if matches!(t, Type::Nullable(_)) {
                    self.read(t, node, p, 0)
                } else {
                    self.read(t, call("Json", "notNull", vec![node, p.clone()]), p, 0)
                }
            })
            .collect();
        statements::ret(out, col + 4, col, "return", &new(n.clone(), args));
        out.push_str("  }\n\n  /**\n   * Writes it as on the wire: an array.\n   *\n   * @return the node\n   */\n  @JsonValue\n  public JsonNode toJson() {\n");
        let mut array = call("Json.F", "arrayNode", vec![]);
        for (t, i) in items.iter().zip(&ids) {
            array = method(array, "add", vec![self.write(t, tx(i.clone()), 0)]);
        }
        statements::ret(out, col + 4, col, "return", &array);
        out.push_str("  }\n}\n");
    }
}
