//! The statements and declaration heads the Java emitter writes (`return`, `throw`,
//! expression statements, declarations with a value, `if` heads, method, record and
//! sealed-interface heads, enum constants), each printed at its column as
//! prettier-plugin-java 2 prints it: on one line when it fits, else by its document.

use super::layout::{
    Doc, LINE, SOFT, concat, group, group_with, indent, indent_if_break, join, render, text,
};
use super::syntax::{Ctx, Expr, arguments, s};

/// Appends the statement `doc` at column `col` (indentation already written), `strip`
/// columns of indentation left out of its further lines, then a newline.
fn line(out: &mut String, col: usize, strip: usize, doc: &Doc<'_>) {
    for _ in strip..col {
        out.push(' ');
    }
    render(out, doc, col, strip);
    out.push('\n');
}

/// Appends `{prefix} {e}{suffix}` (no space after a prefix ending in `(`) on one line at
/// column `col` when it fits there and nothing in it must break, as prettier prints it
/// then; says whether it did.
fn flat_line(
    out: &mut String,
    col: usize,
    strip: usize,
    prefix: &str,
    e: &Expr,
    suffix: &str,
) -> bool {
    let space = usize::from(!prefix.is_empty() && !prefix.ends_with('('));
    if col + prefix.len() + space + e.width() + suffix.len() > super::layout::WIDTH || e.forced() {
        return false;
    }
    for _ in strip..col {
        out.push(' ');
    }
    out.push_str(prefix);
    if space == 1 {
        out.push(' ');
    }
    e.write_flat(out);
    out.push_str(suffix);
    out.push('\n');
    true
}

/// `expr;`.
pub(crate) fn stmt(out: &mut String, col: usize, strip: usize, e: &Expr) {
    if flat_line(out, col, strip, "", e, ";") {
        return;
    }
    line(
        out,
        col,
        strip,
        &concat(vec![e.doc(Ctx::Stmt, col), s(";")]),
    );
}

/// `keyword expr;` for `return` and `throw`.
pub(crate) fn ret(out: &mut String, col: usize, strip: usize, keyword: &'static str, e: &Expr) {
    if flat_line(out, col, strip, keyword, e, ";") {
        return;
    }
    line(
        out,
        col,
        strip,
        &concat(vec![s(keyword), s(" "), e.doc(Ctx::Return, col), s(";")]),
    );
}

/// The plugin's `printAssignment`: `{left} = {e}`.
fn assignment(left: String, e: &Expr, col: usize) -> Doc<'_> {
    // The value starts a line at `col + 2` when it moves below the `=`.
    let ind = col + 2;
    let layout_break_after_operator = match e {
        Expr::Binary(..) => true,
        Expr::Ternary(test, ..) => matches!(**test, Expr::Binary(..)),
        _ => false,
    };
    if layout_break_after_operator {
        return group(concat(vec![
            text(left),
            s(" ="),
            group(indent(concat(vec![LINE, e.doc(Ctx::Assign, ind)]))),
        ]));
    }
    group(concat(vec![
        text(left),
        s(" ="),
        group_with(indent(LINE), false, 1),
        indent_if_break(1, e.doc(Ctx::Assign, ind)),
    ]))
}

/// A declaration with a value: `{head} {name} = {e};` (`head` the modifiers and type).
pub(crate) fn decl(out: &mut String, col: usize, strip: usize, head: &str, name: &str, e: &Expr) {
    if flat_line(out, col, strip, &format!("{head} {name} ="), e, ";") {
        return;
    }
    line(
        out,
        col,
        strip,
        &concat(vec![
            text(format!("{head} ")),
            assignment(name.to_owned(), e, col),
            s(";"),
        ]),
    );
}

/// `if ({test}) {`.
pub(crate) fn if_head(out: &mut String, col: usize, strip: usize, test: &Expr) {
    if flat_line(out, col, strip, "if (", test, ") {") {
        return;
    }
    let test = match test {
        Expr::Binary(..) => test.doc(Ctx::IfCondition, col + 2),
        _ => test.doc(Ctx::Other, col + 2),
    };
    line(
        out,
        col,
        strip,
        &concat(vec![
            s("if "),
            group(concat(vec![
                s("("),
                indent(concat(vec![SOFT, group(test)])),
                SOFT,
                s(")"),
            ])),
            s(" {"),
        ]),
    );
}

fn parameters(params: &[String]) -> Doc<'_> {
    if params.is_empty() {
        return s("()");
    }
    let list = join(
        &concat(vec![s(","), LINE]),
        params.iter().map(|p| text(p.as_str())).collect(),
    );
    concat(vec![s("("), indent(concat(vec![SOFT, list])), SOFT, s(")")])
}

/// A method's head `{modifiers}{ty} {name}({params}) {`.
pub(crate) fn method_head(
    out: &mut String,
    col: usize,
    strip: usize,
    modifiers: &str,
    ty: &str,
    name: &str,
    params: &[String],
) {
    line(
        out,
        col,
        strip,
        &concat(vec![
            text(modifiers.to_owned()),
            group(concat(vec![
                text(if ty.is_empty() {
                    name.to_owned()
                } else {
                    format!("{ty} {name}")
                }),
                group(parameters(params)),
            ])),
            s(" {"),
        ]),
    );
}

/// A record's head `{modifiers}record {name}({params}) implements {iface} {`.
pub(crate) fn record_head(
    out: &mut String,
    col: usize,
    strip: usize,
    modifiers: &str,
    name: &str,
    params: &[String],
    iface: Option<&str>,
) {
    let mut parts = vec![text(format!("record {name}")), parameters(params)];
    match iface {
        Some(i) => {
            let implements = group(concat(vec![
                s("implements"),
                indent(concat(vec![LINE, text(i.to_owned())])),
            ]));
            parts.push(if params.is_empty() {
                group(concat(vec![indent(concat(vec![LINE, implements])), LINE]))
            } else {
                group(concat(vec![s(" "), implements, LINE]))
            });
        }
        None => parts.push(s(" ")),
    }
    line(
        out,
        col,
        strip,
        &concat(vec![
            text(modifiers.to_owned()),
            group(concat(parts)),
            s("{"),
        ]),
    );
}

/// A sealed interface's head `{modifiers}interface {name} permits {permits} {`.
pub(crate) fn interface_head(
    out: &mut String,
    col: usize,
    strip: usize,
    modifiers: &str,
    name: &str,
    permits: &[String],
) {
    let list = join(
        &concat(vec![s(","), LINE]),
        permits.iter().map(|p| text(p.as_str())).collect(),
    );
    let permits = group(concat(vec![s("permits"), indent(concat(vec![LINE, list]))]));
    line(
        out,
        col,
        strip,
        &concat(vec![
            text(modifiers.to_owned()),
            group(concat(vec![
                text(format!("interface {name}")),
                group(concat(vec![indent(concat(vec![LINE, permits])), LINE])),
            ])),
            s("{"),
        ]),
    );
}

/// An enum constant `{name}({args}){end}`.
pub(crate) fn enum_constant(
    out: &mut String,
    col: usize,
    strip: usize,
    name: &str,
    args: &[Expr],
    end: &'static str,
) {
    line(
        out,
        col,
        strip,
        &concat(vec![text(name.to_owned()), arguments(args, col), s(end)]),
    );
}

#[cfg(test)]
mod tests {
    use super::super::syntax::{Expr, bin, call, cond, lambda, method, new, t};
    use super::{decl, ret, stmt};

    fn integer(j: &'static str, p: Expr) -> Expr {
        call(
            "Json",
            "integer",
            vec![t(j), p, t("BigInteger.ZERO"), t("Json.U64_MAX")],
        )
    }

    // The expected texts are what prettier 3.10.1 with prettier-plugin-java 2.11.0 writes
    // for the same statements (at the indentation given, inside a method).
    #[test]
    fn a_last_lambda_is_hugged_and_nested_conditionals_align() {
        let map = call(
            "Json",
            "map",
            vec![
                call("Json", "notNull", vec![t("j"), t("p")]),
                bin("+", t("path"), t("\".counters_long\"")),
                lambda("(j0, p0)", integer("j0", t("p0"))),
            ],
        );
        let node = "aRatherLongFieldNameForADefaultListNode";
        let member = cond(
            bin("==", t(node), t("null")),
            call("Member", "absent", vec![]),
            cond(
                method(t(node), "isNull", vec![]),
                call("Member", "ofNull", vec![]),
                call(
                    "Member",
                    "of",
                    vec![integer(node, bin("+", t("path"), t("\".a\"")))],
                ),
            ),
        );
        let mut out = String::new();
        ret(&mut out, 4, 0, "return", &new("X", vec![map, member]));
        assert_eq!(
            out,
            r#"    return new X(
      Json.map(Json.notNull(j, p), path + ".counters_long", (j0, p0) ->
        Json.integer(j0, p0, BigInteger.ZERO, Json.U64_MAX)
      ),
      aRatherLongFieldNameForADefaultListNode == null
        ? Member.absent()
        : aRatherLongFieldNameForADefaultListNode.isNull()
          ? Member.ofNull()
          : Member.of(
              Json.integer(
                aRatherLongFieldNameForADefaultListNode,
                path + ".a",
                BigInteger.ZERO,
                Json.U64_MAX
              )
            )
    );
"#
        );
    }

    #[test]
    fn chains_of_three_calls_break_one_call_per_line() {
        let object = || call("Json.F", "objectNode", vec![]);
        let simple = method(
            method(object(), "put", vec![t("\"t\""), t("\"Count\"")]),
            "set",
            vec![
                t("\"c\""),
                call("Json.F", "numberNode", vec![call("x", "value", vec![])]),
            ],
        );
        // A lambda argument makes the chain break even where it would fit.
        let with_lambda = method(
            method(object(), "put", vec![t("\"t\""), t("\"S\"")]),
            "set",
            vec![
                t("\"c\""),
                call(
                    "Json",
                    "list",
                    vec![
                        call("x", "value", vec![]),
                        lambda("x0", method(t("x0"), "toJson", vec![])),
                    ],
                ),
            ],
        );
        let mut out = String::new();
        ret(&mut out, 4, 0, "return", &simple);
        ret(&mut out, 4, 0, "return", &with_lambda);
        assert_eq!(
            out,
            r#"    return Json.F.objectNode()
      .put("t", "Count")
      .set("c", Json.F.numberNode(x.value()));
    return Json.F.objectNode()
      .put("t", "S")
      .set("c", Json.list(x.value(), x0 -> x0.toJson()));
"#
        );
    }

    #[test]
    fn an_assignment_breaks_after_the_operator_only_when_the_value_cannot_break() {
        let mut out = String::new();
        decl(
            &mut out,
            4,
            0,
            "public static final String",
            "WIRE_NAME",
            &t("\"ALongNamedEventThatKeepsOnGoingForAWhileRecorded\""),
        );
        stmt(
            &mut out,
            4,
            0,
            &call(
                "o",
                "set",
                vec![
                    t("\"aVeryLongFieldNameIndeed\""),
                    call(
                        "Json",
                        "list",
                        vec![
                            t("aVeryLongFieldNameIndeed"),
                            lambda("x0", call("Json.F", "numberNode", vec![t("x0")])),
                        ],
                    ),
                ],
            ),
        );
        assert_eq!(
            out,
            r#"    public static final String WIRE_NAME =
      "ALongNamedEventThatKeepsOnGoingForAWhileRecorded";
    o.set(
      "aVeryLongFieldNameIndeed",
      Json.list(aVeryLongFieldNameIndeed, x0 -> Json.F.numberNode(x0))
    );
"#
        );
    }
}
