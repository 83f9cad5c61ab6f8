//! The Java expressions the emitter writes, as a small syntax tree,
//! and the documents prettier-plugin-java 2 prints for them (its `argument_list`,
//! `printMemberChain`, `binary_expression`, `ternary_expression`, `lambda_expression`,
//! `printAssignment` and declaration printers, for the cases the emitter produces),
//! laid out by [`super::layout`].

use std::borrow::Cow;

use super::layout::{
    Doc, HARD, LINE, SOFT, align, concat, conditional, group, group_with, indent, join, text,
    will_break,
};

/// An expression.
#[derive(Clone, Debug)]
pub(crate) enum Expr {
    /// A name, a qualified name (`Json.F`) or a literal: never broken.
    Text(Cow<'static, str>),
    /// `object.name(args)`, or `name(args)` without an object.
    Call(Option<Box<Expr>>, &'static str, Vec<Expr>),
    /// `new Type(args)`.
    New(String, Vec<Expr>),
    /// `value instanceof Type name`.
    InstanceOf(String, String),
    /// `params -> body`, an expression body.
    Lambda(String, Box<Expr>),
    /// `left op right`.
    Binary(&'static str, Box<Expr>, Box<Expr>),
    /// `test ? then : otherwise`.
    Ternary(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `(Type) value`.
    Cast(&'static str, Box<Expr>),
}

/// `Text`.
pub(crate) fn t(s: impl Into<Cow<'static, str>>) -> Expr {
    Expr::Text(s.into())
}

/// `object.name(args)`.
pub(crate) fn call(
    object: impl Into<Cow<'static, str>>,
    name: &'static str,
    args: Vec<Expr>,
) -> Expr {
    Expr::Call(Some(Box::new(Expr::Text(object.into()))), name, args)
}

/// `object.name(args)`, the object an expression.
pub(crate) fn method(object: Expr, name: &'static str, args: Vec<Expr>) -> Expr {
    Expr::Call(Some(Box::new(object)), name, args)
}

/// `new Type(args)`.
pub(crate) fn new(ty: impl Into<String>, args: Vec<Expr>) -> Expr {
    Expr::New(ty.into(), args)
}

/// `left op right`.
pub(crate) fn bin(op: &'static str, left: Expr, right: Expr) -> Expr {
    Expr::Binary(op, Box::new(left), Box::new(right))
}

/// `test ? then : otherwise`.
pub(crate) fn cond(test: Expr, then: Expr, otherwise: Expr) -> Expr {
    Expr::Ternary(Box::new(test), Box::new(then), Box::new(otherwise))
}

/// `params -> body`.
pub(crate) fn lambda(params: impl Into<String>, body: Expr) -> Expr {
    Expr::Lambda(params.into(), Box::new(body))
}

/// `(Type) value`.
pub(crate) fn cast(ty: &'static str, value: Expr) -> Expr {
    Expr::Cast(ty, Box::new(value))
}

/// Where an expression sits, as far as the plugin's printers ask.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Ctx {
    /// A call's argument.
    Arg,
    /// An expression statement.
    Stmt,
    /// A `return` or `throw` argument.
    Return,
    /// An assignment's or a declarator's right side.
    Assign,
    /// A lambda's body.
    LambdaBody,
    /// A conditional's test; whether a binary test is grouped alone (not when the
    /// conditional is an argument or returned).
    TernaryTest { grouped: bool },
    /// A conditional's branch; whether it is the alternative.
    TernaryBranch { alternative: bool },
    /// The condition of an `if`, in its parentheses.
    IfCondition,
    /// An operand of a binary operator.
    Operand(&'static str),
    /// Anywhere else (a member chain's object).
    Other,
}

pub(super) fn s(x: &'static str) -> Doc<'static> {
    text(x)
}

impl Expr {
    /// Its document, where `ind` is (at least) the indentation of the line it would start
    /// a break on: parts that fit from there whatever happens are printed as flat text,
    /// which is what prettier prints for them, without building their documents.
    pub(super) fn doc(&self, ctx: Ctx, ind: usize) -> Doc<'_> {
        match self {
            Expr::Text(x) => text(&**x),
            Expr::Call(Some(_), ..) => member_chain(self, ctx, ind),
            Expr::Call(None, name, args) => group(concat(vec![text(*name), arguments(args, ind)])),
            Expr::New(ty, args) => concat(vec![s("new "), text(ty.as_str()), arguments(args, ind)]),
            Expr::Lambda(p, body) => lambda_doc(p, body, false, ind),
            Expr::Binary(..) => binary(self, ctx, ind),
            Expr::Ternary(test, a, b) => ternary(test, a, b, ctx, ind),
            Expr::InstanceOf(v, ty) => group(indent(concat(vec![
                text(v.as_str()),
                s(" instanceof"),
                LINE,
                text(ty.as_str()),
            ]))),
            Expr::Cast(ty, v) => concat(vec![s("("), s(ty), s(") "), v.doc(Ctx::Other, ind)]),
        }
    }

    /// The length of its text on one line.
    pub(super) fn width(&self) -> usize {
        fn list(args: &[Expr]) -> usize {
            2 + args.iter().map(Expr::width).sum::<usize>() + 2 * args.len().saturating_sub(1)
        }
        match self {
            Expr::Text(x) => x.len(),
            Expr::Call(object, name, args) => {
                object.as_ref().map_or(0, |o| o.width() + 1) + name.len() + list(args)
            }
            Expr::New(ty, args) => 4 + ty.len() + list(args),
            Expr::Lambda(p, body) => p.len() + 4 + body.width(),
            Expr::Binary(op, l, r) => l.width() + op.len() + 2 + r.width(),
            Expr::Ternary(test, a, b) => test.width() + 3 + a.width() + 3 + b.width(),
            Expr::InstanceOf(v, ty) => v.len() + 12 + ty.len(),
            Expr::Cast(ty, v) => ty.len() + 3 + v.width(),
        }
    }

    /// Appends its text on one line (what prettier prints when it fits).
    pub(super) fn write_flat(&self, out: &mut String) {
        fn list(out: &mut String, args: &[Expr]) {
            out.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                a.write_flat(out);
            }
            out.push(')');
        }
        match self {
            Expr::Text(x) => out.push_str(x),
            Expr::Call(object, name, args) => {
                if let Some(o) = object {
                    o.write_flat(out);
                    out.push('.');
                }
                out.push_str(name);
                list(out, args);
            }
            Expr::New(ty, args) => {
                out.push_str("new ");
                out.push_str(ty);
                list(out, args);
            }
            Expr::Lambda(p, body) => {
                out.push_str(p);
                out.push_str(" -> ");
                body.write_flat(out);
            }
            Expr::Binary(op, l, r) => {
                l.write_flat(out);
                out.push(' ');
                out.push_str(op);
                out.push(' ');
                r.write_flat(out);
            }
            Expr::Ternary(test, a, b) => {
                test.write_flat(out);
                out.push_str(" ? ");
                a.write_flat(out);
                out.push_str(" : ");
                b.write_flat(out);
            }
            Expr::InstanceOf(v, ty) => {
                out.push_str(v);
                out.push_str(" instanceof ");
                out.push_str(ty);
            }
            Expr::Cast(ty, v) => {
                out.push('(');
                out.push_str(ty);
                out.push_str(") ");
                v.write_flat(out);
            }
        }
    }

    /// Whether prettier breaks it wherever it sits: a chain of more than two calls with
    /// an argument that is not simple (or anything holding one).
    pub(super) fn forced(&self) -> bool {
        match self {
            Expr::Text(_) | Expr::InstanceOf(..) => false,
            Expr::Call(object, _, args) => {
                object.as_deref().is_some_and(Expr::forced)
                    || args.iter().any(Expr::forced)
                    || object.is_some() && chain_forced(self)
            }
            Expr::New(_, args) => args.iter().any(Expr::forced),
            Expr::Lambda(_, body) | Expr::Cast(_, body) => body.forced(),
            Expr::Binary(_, l, r) => l.forced() || r.forced(),
            Expr::Ternary(test, a, b) => test.forced() || a.forced() || b.forced(),
        }
    }

    /// Its document, or its flat text when that fits from column `col` with `suffix`
    /// columns after it (and nothing in it must break).
    fn doc_or_flat(&self, ctx: Ctx, col: usize, suffix: usize) -> Doc<'_> {
        if col + self.width() + suffix <= super::layout::WIDTH && !self.forced() {
            let mut flat = String::with_capacity(self.width());
            self.write_flat(&mut flat);
            return text(flat);
        }
        self.doc(ctx, col)
    }
}

/// Whether a chain's own layout always breaks (`printMemberChain`'s `group(expanded)`),
/// its calls' arguments not counted.
fn chain_forced(e: &Expr) -> bool {
    let mut calls: Vec<&[Expr]> = Vec::new();
    let mut cur = e;
    while let Expr::Call(Some(object), _, args) = cur {
        calls.push(args);
        cur = object;
    }
    // Only chains of more than two calls (more than the cutoff of groups) can be forced.
    calls.len() > 2 && calls.iter().any(|args| !args.iter().all(|a| simple(a, 2)))
}

/// The plugin's `isSimpleCallArgument`.
fn simple(e: &Expr, depth: usize) -> bool {
    if depth == 0 {
        return false;
    }
    match e {
        Expr::Text(_) => true,
        Expr::Call(object, _, args) => {
            object.as_deref().is_none_or(|o| simple(o, depth))
                && args.len() <= depth
                && args.iter().all(|a| simple(a, depth - 1))
        }
        Expr::New(_, args) => args.len() <= depth && args.iter().all(|a| simple(a, depth - 1)),
        _ => false,
    }
}

/// The plugin's `couldExpandArg` and `shouldExpandLastArg`, for the arguments written.
fn expand_last(args: &[Expr]) -> bool {
    let Some(Expr::Lambda(_, body)) = args.last() else {
        return false;
    };
    matches!(**body, Expr::Call(..) | Expr::New(..) | Expr::Ternary(..))
        && !matches!(args.iter().rev().nth(1), Some(Expr::Lambda(..)))
}

fn lambda_doc<'e>(params: &'e str, body: &'e Expr, expand_last: bool, ind: usize) -> Doc<'e> {
    let mut b = vec![indent(concat(vec![
        LINE,
        body.doc(Ctx::LambdaBody, ind + 2),
    ]))];
    if expand_last {
        b.push(SOFT);
    }
    group(concat(vec![
        group(text(params)),
        s(" ->"),
        group(concat(b)),
    ]))
}

/// The plugin's `argument_list`.
pub(super) fn arguments<'e>(args: &'e [Expr], ind: usize) -> Doc<'e> {
    if args.is_empty() {
        return s("()");
    }
    let n = args.len();
    let printed: Vec<Doc<'_>> = args
        .iter()
        .enumerate()
        .map(|(i, a)| {
            // Broken out, each argument starts a line at `ind + 2`, a comma after it.
            let d = a.doc_or_flat(Ctx::Arg, ind + 2, usize::from(i + 1 < n));
            if i + 1 < n {
                concat(vec![d, s(","), LINE])
            } else {
                d
            }
        })
        .collect();
    let all_broken_out = |printed: Vec<Doc<'e>>| -> Doc<'e> {
        group_with(
            concat(vec![
                s("("),
                indent(concat(vec![LINE, concat(printed)])),
                LINE,
                s(")"),
            ]),
            true,
            0,
        )
    };
    if expand_last(args) {
        let head = &printed[..n - 1];
        if head.iter().any(will_break) {
            return all_broken_out(printed);
        }
        let Some(Expr::Lambda(p, body)) = args.last() else {
            unreachable!("expand_last checked it")
        };
        let last = lambda_doc(p, body, true, ind);
        let with = |last: Doc<'e>| -> Doc<'e> {
            let mut parts = Vec::with_capacity(n + 2);
            parts.push(s("("));
            parts.extend(head.iter().cloned());
            parts.push(last);
            parts.push(s(")"));
            concat(parts)
        };
        let hugged = with(group_with(last.clone(), true, 0));
        if will_break(&last) {
            return concat(vec![
                super::layout::Doc::BreakParent,
                conditional(hugged, vec![all_broken_out(printed)]),
            ]);
        }
        return conditional(with(last), vec![hugged, all_broken_out(printed)]);
    }
    let brk = printed.iter().any(will_break);
    group_with(
        concat(vec![
            s("("),
            indent(concat(vec![SOFT, concat(printed)])),
            SOFT,
            s(")"),
        ]),
        brk,
        0,
    )
}

/// The plugin's `printMemberChain`, for a chain of calls on a name.
fn member_chain(e: &Expr, ctx: Ctx, ind: usize) -> Doc<'_> {
    // The chain's calls, innermost first, and its root.
    let mut calls: Vec<(&str, &[Expr])> = Vec::new();
    let mut cur = e;
    while let Expr::Call(Some(object), name, args) = cur {
        calls.push((name, args));
        cur = object;
    }
    calls.reverse();
    let root = cur.doc(Ctx::Other, ind);
    // groups[0] is the root; each call its own group after it.
    let groups = 1 + calls.len();
    let name = match cur {
        Expr::Text(x) => Some(&**x),
        _ => None,
    };
    let factory = |n: &str| n.starts_with(|c: char| c.is_ascii_uppercase());
    let merge = groups >= 2
        && name.is_some_and(|n| match n.rsplit_once('.') {
            Some((_, last)) => factory(last),
            None => factory(n) || (ctx == Ctx::Stmt && n.len() <= 2),
        });
    // A chain past the cutoff may break with its calls on their own lines, indented.
    let at = if groups <= if merge { 3 } else { 2 } {
        ind
    } else {
        ind + 2
    };
    let printed: Vec<Doc<'_>> = calls
        .iter()
        .map(|(name, args)| concat(vec![s("."), text(*name), arguments(args, at)]))
        .collect();
    let cutoff = if merge { 3 } else { 2 };
    if groups <= cutoff {
        let mut parts = Vec::with_capacity(1 + printed.len());
        parts.push(root);
        parts.extend(printed);
        return group(concat(parts));
    }
    let one_line = || {
        let mut parts = vec![root.clone()];
        parts.extend(printed.iter().cloned());
        concat(parts)
    };
    let skip = usize::from(merge);
    let mut expanded = vec![root.clone()];
    expanded.extend(printed[..skip].iter().cloned());
    expanded.push(indent(concat(vec![
        HARD,
        join(&HARD, printed[skip..].to_vec()),
    ])));
    let expanded = concat(expanded);
    let not_simple = calls.len() > 2
        && calls
            .iter()
            .any(|(_, args)| !args.iter().all(|a| simple(a, 2)));
    let last_breaks_after_lambdas = will_break(&printed[printed.len() - 1])
        && calls[..calls.len() - 1]
            .iter()
            .any(|(_, args)| args.iter().any(|a| matches!(a, Expr::Lambda(..))));
    if not_simple
        || printed[..printed.len() - 1].iter().any(will_break)
        || last_breaks_after_lambdas
    {
        return group(expanded);
    }
    let one = one_line();
    let mut parts = Vec::with_capacity(2);
    if will_break(&one) {
        parts.push(Doc::BreakParent);
    }
    parts.push(conditional(one, vec![expanded]));
    concat(parts)
}

fn precedence(op: &str) -> u8 {
    match op {
        "||" => 1,
        "&&" => 2,
        "==" | "!=" => 6,
        "<" | ">" | "<=" | ">=" => 7,
        "+" | "-" => 9,
        _ => 10,
    }
}

fn logical(op: &str) -> bool {
    op == "&&" || op == "||"
}

/// The plugin's `shouldFlatten`, for the operators written.
fn flatten(parent: &str, op: &str) -> bool {
    precedence(parent) == precedence(op) && precedence(op) != 6
}

/// The plugin's `printBinaryExpressions`.
fn binary_parts<'e>(
    e: &'e Expr,
    in_parens: bool,
    parent: Option<&str>,
    ind: usize,
    parts: &mut Vec<Doc<'e>>,
) {
    let Expr::Binary(op, l, r) = e else {
        parts.push(group(e.doc(Ctx::Other, ind)));
        return;
    };
    match &**l {
        Expr::Binary(lop, ..) if flatten(op, lop) => {
            binary_parts(l, in_parens, Some(op), ind, parts);
        }
        _ => parts.push(group(l.doc(Ctx::Operand(op), ind))),
    }
    let right = concat(vec![s(" "), s(op), LINE, r.doc(Ctx::Operand(op), ind + 2)]);
    let ungrouped = (in_parens && logical(op))
        || parent.is_some_and(|p| logical(p) == logical(op))
        || matches!(**l, Expr::Binary(..))
        || matches!(**r, Expr::Binary(..));
    parts.push(if ungrouped { right } else { group(right) });
}

/// The plugin's `binary_expression`.
fn binary(e: &Expr, ctx: Ctx, ind: usize) -> Doc<'_> {
    let in_parens = ctx == Ctx::IfCondition;
    let parent = match ctx {
        Ctx::Operand(op) => Some(op),
        _ => None,
    };
    let mut parts = Vec::new();
    binary_parts(e, in_parens, parent, ind, &mut parts);
    if in_parens {
        return concat(parts);
    }
    if matches!(
        ctx,
        Ctx::Return | Ctx::Assign | Ctx::LambdaBody | Ctx::TernaryTest { grouped: true }
    ) {
        return group(concat(parts));
    }
    let rest = parts.split_off(1);
    parts.push(indent(concat(rest)));
    group(concat(parts))
}

/// The plugin's `ternary_expression`, for conditionals that are not a test themselves.
fn ternary<'e>(test: &'e Expr, a: &'e Expr, b: &'e Expr, ctx: Ctx, ind: usize) -> Doc<'e> {
    let nested = matches!(ctx, Ctx::TernaryBranch { .. });
    let branch = if nested { ind + 2 } else { ind + 4 };
    let part = concat(vec![
        LINE,
        s("? "),
        align(2, a.doc(Ctx::TernaryBranch { alternative: false }, branch)),
        LINE,
        s(": "),
        align(2, b.doc(Ctx::TernaryBranch { alternative: true }, branch)),
    ]);
    // A binary test is grouped on its own unless the conditional is an argument or
    // returned.
    let grouped = !matches!(ctx, Ctx::Arg | Ctx::Return);
    let mut test = test.doc(Ctx::TernaryTest { grouped }, ind + 2);
    if ctx == (Ctx::TernaryBranch { alternative: true }) {
        test = align(2, test);
    }
    let body = concat(vec![test, if nested { part } else { indent(part) }]);
    if nested { body } else { group(body) }
}
