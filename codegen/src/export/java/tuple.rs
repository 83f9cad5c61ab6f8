//! The Java emitter's tuples: a record with one component per item (`item0`, `item1`,
//! ...), read from and written as a JSON array of exactly that many items.

use super::super::model::{Decl, Type};
use super::statements;
use super::syntax::{Expr, bin, call, method, new, t as tx};
use super::{Emitter, javadoc, null_checks, reader_heads};

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
        null_checks(out, col, n, "Checks that the items are set.", &checks);
        let len = items.len();
        reader_heads(
            out,
            col,
            n,
            &format!(
                "Reads one from Jackson's tree: an array of exactly {len} items, each checked."
            ),
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
