//! Line-width-aware layout of the TypeScript expressions the emitter writes, broken the
//! way prettier 3 breaks them with its default options (80 columns, two-space indent,
//! trailing commas): a call that does not fit puts one argument per line, unless its
//! last argument is an arrow function whose head still fits, which prettier hugs.

/// Prettier's default print width.
pub(crate) const WIDTH: usize = 80;

/// An expression, as far as its layout goes.
#[derive(Clone, Debug)]
pub(crate) enum Expr {
    /// Printed as written, never broken.
    Text(String),
    /// `callee(args)` (also `new C(args)`).
    Call(String, Vec<Expr>),
    /// `params => body`, an expression body.
    Arrow(String, Box<Expr>),
    /// `{ key: value, ... }`, keys as written; an empty key prints the value alone
    /// (a spread).
    Object(Vec<(String, Expr)>),
    /// A generic type `name<args>`.
    Generic(String, Vec<Expr>),
    /// `left ?? right`.
    Nullish(Box<Expr>, Box<Expr>),
    /// `test ? then : otherwise`, the test a comparison.
    Cond(String, Box<Expr>, Box<Expr>),
}

impl Expr {
    pub(crate) fn text(s: impl Into<String>) -> Self {
        Self::Text(s.into())
    }

    pub(crate) fn call(callee: impl Into<String>, args: Vec<Expr>) -> Self {
        Self::Call(callee.into(), args)
    }

    fn is_cond(&self) -> bool {
        matches!(self, Self::Cond(..))
    }

    /// The expression on one line.
    pub(crate) fn flat(&self) -> String {
        let mut s = String::with_capacity(self.width());
        self.write_flat(&mut s);
        s
    }

    /// The length of [`Expr::flat`], computed without building it: `layout` asks it of every
    /// subexpression it tries to fit.
    pub(crate) fn width(&self) -> usize {
        fn list(items: impl ExactSizeIterator<Item = usize>) -> usize {
            let n = items.len();
            items.sum::<usize>() + 2 * n.saturating_sub(1)
        }
        match self {
            Self::Text(s) => s.len(),
            Self::Call(c, args) | Self::Generic(c, args) => {
                c.len() + 2 + list(args.iter().map(Self::width))
            }
            Self::Arrow(p, b) => p.len() + 4 + b.width() + if b.is_cond() { 2 } else { 0 },
            Self::Object(m) => {
                4 + list(m.iter().map(|(k, v)| {
                    if k.is_empty() {
                        v.width()
                    } else {
                        k.len() + 2 + v.width()
                    }
                }))
            }
            Self::Cond(t, a, b) => t.len() + 3 + a.width() + 3 + b.width(),
            Self::Nullish(a, b) => a.width() + 4 + b.width(),
        }
    }

    /// Appends [`Expr::flat`] to `out`.
    pub(crate) fn write_flat(&self, out: &mut String) {
        fn list<'e>(out: &mut String, items: impl Iterator<Item = (&'e str, &'e Expr)>) {
            for (i, (k, v)) in items.enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                if !k.is_empty() {
                    out.push_str(k);
                    out.push_str(": ");
                }
                v.write_flat(out);
            }
        }
        match self {
            Self::Text(s) => out.push_str(s),
            Self::Call(c, args) => {
                out.push_str(c);
                out.push('(');
                list(out, args.iter().map(|a| ("", a)));
                out.push(')');
            }
            Self::Arrow(p, b) => {
                out.push_str(p);
                out.push_str(" => ");
                // prettier puts a conditional body on the arrow's line in parentheses.
                if b.is_cond() {
                    out.push('(');
                    b.write_flat(out);
                    out.push(')');
                } else {
                    b.write_flat(out);
                }
            }
            Self::Object(m) => {
                out.push_str("{ ");
                list(out, m.iter().map(|(k, v)| (k.as_str(), v)));
                out.push_str(" }");
            }
            Self::Cond(t, a, b) => {
                out.push_str(t);
                out.push_str(" ? ");
                a.write_flat(out);
                out.push_str(" : ");
                b.write_flat(out);
            }
            Self::Nullish(a, b) => {
                a.write_flat(out);
                out.push_str(" ?? ");
                b.write_flat(out);
            }
            Self::Generic(n, args) => {
                out.push_str(n);
                out.push('<');
                list(out, args.iter().map(|a| ("", a)));
                out.push('>');
            }
        }
    }
}

fn pad(n: usize) -> String {
    " ".repeat(n)
}

/// `e` laid out from column `col` on a line indented by `ind`, where `suffix` follows it on
/// its last line. The suffix is not included in the result.
pub(crate) fn layout(e: &Expr, ind: usize, col: usize, suffix: &str) -> String {
    if col + e.width() + suffix.len() <= WIDTH {
        return e.flat();
    }
    match e {
        Expr::Text(s) => s.clone(),
        Expr::Call(c, args) => {
            if args.is_empty() {
                return e.flat();
            }
            if let Some((Expr::Arrow(p, body), rest)) = args.split_last() {
                let penultimate_arrow = matches!(rest.last(), Some(Expr::Arrow(..)));
                if matches!(**body, Expr::Call(..) | Expr::Cond(..)) && !penultimate_arrow {
                    let mut head = format!("{c}(");
                    for a in rest {
                        a.write_flat(&mut head);
                        head.push_str(", ");
                    }
                    head.push_str(p);
                    head.push_str(" =>");
                    if col + head.len() <= WIDTH {
                        return format!(
                            "{head}\n{}{},\n{})",
                            pad(ind + 2),
                            layout(body, ind + 2, ind + 2, ","),
                            pad(ind)
                        );
                    }
                }
            }
            let mut s = format!("{c}(");
            for a in args {
                s.push('\n');
                s.push_str(&pad(ind + 2));
                s.push_str(&layout(a, ind + 2, ind + 2, ","));
                s.push(',');
            }
            s.push('\n');
            s.push_str(&pad(ind));
            s.push(')');
            s
        }
        // It does not fit (checked above): the body goes on the next line.
        Expr::Arrow(p, body) => {
            format!(
                "{p} =>\n{}{}",
                pad(ind + 2),
                layout(body, ind + 2, ind + 2, suffix)
            )
        }
        Expr::Generic(n, args) => {
            let a: Vec<String> = args
                .iter()
                .map(|a| format!("{}{}", pad(ind + 2), layout(a, ind + 2, ind + 2, ",")))
                .collect();
            format!("{n}<\n{}\n{}>", a.join(",\n"), pad(ind))
        }
        Expr::Nullish(a, b) => format!(
            "{} ??\n{}{}",
            layout(a, ind, col, " ??"),
            pad(ind + 2),
            layout(b, ind + 2, ind + 2, suffix)
        ),
        Expr::Cond(t, a, b) => format!(
            "{t}\n{p}? {}\n{p}: {}",
            layout(a, ind + 4, ind + 4, ""),
            layout(b, ind + 4, ind + 4, suffix),
            p = pad(ind + 2)
        ),
        Expr::Object(members) => {
            let mut s = String::from("{");
            for (k, v) in members {
                s.push('\n');
                s.push_str(&pad(ind + 2));
                if k.is_empty() {
                    s.push_str(&layout(v, ind + 2, ind + 2, ","));
                } else {
                    s.push_str(&assign(ind + 2, &format!("{k}: "), v, ","));
                }
                s.push(',');
            }
            s.push('\n');
            s.push_str(&pad(ind));
            s.push('}');
            s
        }
    }
}

/// `{prefix}{e}` at the start of a line indented by `ind`, where `prefix` is an
/// assignment's left side (`x = `, `key: `) or a keyword: a conditional that does not fit
/// moves below an assignment's left side, as prettier moves it.
fn assign(ind: usize, prefix: &str, e: &Expr, suffix: &str) -> String {
    let assignment = prefix.ends_with("= ") || prefix.ends_with(": ");
    // A conditional moves below when it does not fit; otherwise, prettier's "fluid"
    // assignment: the right side moves below when even its first line, broken as far
    // as it goes, passes the width.
    let head = match e {
        Expr::Call(c, _) => c.len() + 1,
        Expr::Object(_) => 1,
        _ => e.width() + suffix.len(),
    };
    if assignment && ind + prefix.len() + head > WIDTH {
        return format!(
            "{}\n{}{}",
            prefix.trim_end(),
            pad(ind + 2),
            layout(e, ind + 2, ind + 2, suffix)
        );
    }
    format!("{prefix}{}", layout(e, ind, ind + prefix.len(), suffix))
}

/// A statement `{prefix}{e}{suffix}` at indent `ind`, with its newline.
pub(crate) fn stmt(ind: usize, prefix: &str, e: &Expr, suffix: &str) -> String {
    format!("{}{}{suffix}\n", pad(ind), assign(ind, prefix, e, suffix))
}

/// `if ({cond}) {prefix}{e}{suffix}` at indent `ind`, the statement on its own line
/// below the condition when the whole does not fit on one line.
pub(crate) fn if_stmt(ind: usize, cond: &str, prefix: &str, e: &Expr, suffix: &str) -> String {
    let one = format!("if ({cond}) {prefix}{}{suffix}", e.flat());
    if ind + one.len() <= WIDTH {
        return format!("{}{one}\n", pad(ind));
    }
    let head = if ind + cond.len() + 5 <= WIDTH {
        format!("if ({cond})")
    } else if let (false, Some((left, right))) = (cond.contains(" && "), cond.rsplit_once(" !== "))
    {
        let p = pad(ind);
        format!("if (\n{p}  {left} !==\n{p}  {right}\n{p})")
    } else if !cond.contains(" && ") {
        format!("if ({cond})")
    } else {
        let p = pad(ind);
        let parts: Vec<&str> = cond.split(" && ").collect();
        format!("if (\n{p}  {}\n{p})", parts.join(&format!(" &&\n{p}  ")))
    };
    format!("{}{head}\n{}", pad(ind), stmt(ind + 2, prefix, e, suffix))
}

/// `{head}[items];` at column 0, one item per line when it does not fit.
pub(crate) fn array_decl(head: &str, items: &[String]) -> String {
    let one = format!("{head}[{}];", items.join(", "));
    if one.len() <= WIDTH {
        return one;
    }
    if head.len() + 1 > WIDTH {
        return format!(
            "{}\n  [\n    {},\n  ];",
            head.trim_end(),
            items.join(",\n    ")
        );
    }
    format!("{head}[\n  {},\n];", items.join(",\n  "))
}

/// A function signature `{head}({params}): {ret} {` at column 0, its parameters one per
/// line when it does not fit.
pub(crate) fn signature(head: &str, params: &[&str], ret: &str) -> String {
    let one = format!("{head}({}): {ret} {{", params.join(", "));
    if one.len() <= WIDTH {
        return format!("{one}\n");
    }
    format!("{head}(\n  {},\n): {ret} {{\n", params.join(",\n  "))
}

#[cfg(test)]
mod tests {
    use super::{Expr, if_stmt, stmt};

    fn call(c: &str, args: &[&str]) -> Expr {
        Expr::call(c, args.iter().map(|a| Expr::text(*a)).collect())
    }

    #[test]
    fn width_is_the_length_of_the_flat_text() {
        let b = |e: Expr| Box::new(e);
        let shapes = [
            Expr::text("x"),
            call("f", &[]),
            call("f", &["a", "bb"]),
            Expr::Generic("Record".into(), vec![Expr::text("string"), Expr::text("T")]),
            Expr::Arrow("(v)".into(), b(call("g", &["v"]))),
            Expr::Arrow(
                "(v)".into(),
                b(Expr::Cond(
                    "v === null".into(),
                    b(Expr::text("null")),
                    b(call("h", &["v"])),
                )),
            ),
            Expr::Object(vec![]),
            Expr::Object(vec![
                (String::new(), Expr::text("...decodeX(json, path)")),
                ("kind".into(), Expr::text("\"circle\"")),
            ]),
            Expr::Cond(
                "v === null".into(),
                b(Expr::text("null")),
                b(call("h", &["v"])),
            ),
            Expr::Nullish(b(call("rt.member", &["o", "\"a\""])), b(Expr::text("3"))),
        ];
        for e in shapes {
            assert_eq!(e.width(), e.flat().len(), "{}", e.flat());
        }
    }

    // The expected texts are prettier 3.10.1's output for the same statements.
    #[test]
    fn a_call_that_does_not_fit_puts_one_argument_per_line() {
        let e = Expr::call(
            "rt.decodeSmallInt",
            vec![
                call(
                    "rt.expectNotNull",
                    &["rt.required(o, \"dx\", path)", "`${path}.dx`"],
                ),
                Expr::text("`${path}.dx`"),
                Expr::text("-2147483648"),
                Expr::text("2147483647"),
            ],
        );
        assert_eq!(
            stmt(4, "dx: ", &e, ","),
            "    dx: rt.decodeSmallInt(\n      rt.expectNotNull(rt.required(o, \"dx\", path), `${path}.dx`),\n      `${path}.dx`,\n      -2147483648,\n      2147483647,\n    ),\n"
        );
    }

    #[test]
    fn a_last_arrow_argument_is_hugged_when_its_head_fits() {
        let body = call(
            "rt.decodeBigInt",
            &["j0", "p0", "0n", "18446744073709551615n"],
        );
        let e = Expr::call(
            "rt.decodeNullable",
            vec![
                Expr::text("v"),
                Expr::text("`${path}.optional`"),
                Expr::Arrow("(j0, p0)".to_owned(), Box::new(body)),
            ],
        );
        assert_eq!(
            if_stmt(4, "v !== undefined", "out.optional = ", &e, ";"),
            "    if (v !== undefined)\n      out.optional = rt.decodeNullable(v, `${path}.optional`, (j0, p0) =>\n        rt.decodeBigInt(j0, p0, 0n, 18446744073709551615n),\n      );\n"
        );
    }

    #[test]
    fn a_conditional_that_does_not_fit_moves_below_the_assignment() {
        let e = Expr::Cond(
            "value.optional === null".to_owned(),
            Box::new(Expr::text("null")),
            Box::new(call(
                "rt.encodeBigInt",
                &["value.optional", "0n", "18446744073709551615n"],
            )),
        );
        assert_eq!(
            stmt(4, "out.optional = ", &e, ";"),
            "    out.optional =\n      value.optional === null\n        ? null\n        : rt.encodeBigInt(value.optional, 0n, 18446744073709551615n);\n"
        );
    }
}
