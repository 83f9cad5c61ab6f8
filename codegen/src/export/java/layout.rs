//! A small port of prettier 3's document printer (`printDocToString`): groups that print
//! flat when they fit in 80 columns and break otherwise, conditional groups that try their
//! states in turn, `indent`, `align`, soft and hard lines, `indentIfBreak`. The Java
//! emitter builds these documents the way prettier-plugin-java 2 builds them
//! (`java/syntax.rs`), so what it writes is what the plugin writes.

/// Prettier's default print width.
pub(crate) const WIDTH: usize = 80;

/// A document, as prettier's `doc.builders` make them.
#[derive(Clone, Debug)]
pub(crate) enum Doc<'a> {
    /// Printed as it is.
    Text(std::borrow::Cow<'a, str>),
    /// The parts one after another.
    Concat(Vec<Doc<'a>>),
    /// A group (or a conditional group, when it has states).
    Group(Box<Group<'a>>),
    /// The contents indented by two more columns on the lines they break.
    Indent(Box<Doc<'a>>),
    /// The contents aligned by `n` more columns.
    Align(usize, Box<Doc<'a>>),
    /// A place to break: a space when flat (`line`), nothing (`softline`), or always a
    /// break (`hardline`).
    Line(LineKind),
    /// Breaks the enclosing group, printing nothing.
    BreakParent,
    /// The contents, indented when the group with this id broke.
    IndentIfBreak(usize, Box<Doc<'a>>),
}

/// The kinds of [`Doc::Line`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// A space when flat.
    Line,
    /// Nothing when flat.
    Soft,
    /// Always breaks.
    Hard,
}

/// A group's contents, whether it must break, its id (0: none) and, for a conditional
/// group, its states after the first (which is `contents`).
#[derive(Clone, Debug)]
pub(crate) struct Group<'a> {
    contents: Doc<'a>,
    brk: bool,
    id: usize,
    states: Vec<Doc<'a>>,
}

/// Text.
pub(crate) fn text<'a>(s: impl Into<std::borrow::Cow<'a, str>>) -> Doc<'a> {
    Doc::Text(s.into())
}

/// Parts one after another.
pub(crate) fn concat(parts: Vec<Doc<'_>>) -> Doc<'_> {
    Doc::Concat(parts)
}

/// `line`.
pub(crate) const LINE: Doc<'static> = Doc::Line(LineKind::Line);
/// `softline`.
pub(crate) const SOFT: Doc<'static> = Doc::Line(LineKind::Soft);
/// `hardline`.
pub(crate) const HARD: Doc<'static> = Doc::Line(LineKind::Hard);

/// `group(contents)`, broken when the contents hold a hard break (prettier's
/// `propagateBreaks`).
pub(crate) fn group(contents: Doc<'_>) -> Doc<'_> {
    group_with(contents, false, 0)
}

/// `group(contents, { shouldBreak, id })`.
pub(crate) fn group_with(contents: Doc<'_>, brk: bool, id: usize) -> Doc<'_> {
    let brk = brk || has_hard(&contents);
    Doc::Group(Box::new(Group {
        contents,
        brk,
        id,
        states: Vec::new(),
    }))
}

/// `conditionalGroup(states)`: a hard break inside does not break it (nor what holds it).
pub(crate) fn conditional<'a>(first: Doc<'a>, states: Vec<Doc<'a>>) -> Doc<'a> {
    Doc::Group(Box::new(Group {
        contents: first,
        brk: false,
        id: 0,
        states,
    }))
}

/// `indent(contents)`.
pub(crate) fn indent(contents: Doc<'_>) -> Doc<'_> {
    Doc::Indent(Box::new(contents))
}

/// `align(n, contents)`.
pub(crate) fn align(n: usize, contents: Doc<'_>) -> Doc<'_> {
    Doc::Align(n, Box::new(contents))
}

/// `indentIfBreak(contents, { groupId })`.
pub(crate) fn indent_if_break(id: usize, contents: Doc<'_>) -> Doc<'_> {
    Doc::IndentIfBreak(id, Box::new(contents))
}

/// `join(separator, docs)`.
pub(crate) fn join<'a>(sep: &Doc<'a>, docs: Vec<Doc<'a>>) -> Doc<'a> {
    let mut parts = Vec::with_capacity(docs.len() * 2);
    for (i, d) in docs.into_iter().enumerate() {
        if i > 0 {
            parts.push(sep.clone());
        }
        parts.push(d);
    }
    Doc::Concat(parts)
}

/// Whether a hard break inside breaks the group holding `d` (`propagateBreaks`).
fn has_hard(d: &Doc<'_>) -> bool {
    match d {
        Doc::Text(_) | Doc::Line(LineKind::Line | LineKind::Soft) => false,
        Doc::Line(LineKind::Hard) | Doc::BreakParent => true,
        Doc::Concat(parts) => parts.iter().any(has_hard),
        Doc::Group(g) => g.brk,
        Doc::Indent(c) | Doc::Align(_, c) | Doc::IndentIfBreak(_, c) => has_hard(c),
    }
}

/// prettier's `willBreak`: a broken group or a hard break, not looking past a conditional
/// group's first state.
pub(crate) fn will_break(d: &Doc<'_>) -> bool {
    match d {
        Doc::Group(g) => g.brk || will_break(&g.contents),
        other => has_hard(other),
    }
}

fn width(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

#[derive(Clone, Copy)]
struct Cmd<'d> {
    ind: usize,
    flat: bool,
    doc: &'d Doc<'d>,
}

/// Whether `next`, then what follows it up to the first line break, fits in `rem`
/// columns (prettier's `fits`).
fn fits<'d>(
    next: Cmd<'d>,
    rest: &[Cmd<'d>],
    mut rem: isize,
    stack: &mut Vec<(bool, &'d Doc<'d>)>,
) -> bool {
    let mut rest_idx = rest.len();
    stack.clear();
    stack.push((next.flat, next.doc));
    let mut pending_space = false;
    while rem >= 0 {
        let Some((flat, doc)) = stack.pop() else {
            if rest_idx == 0 {
                return true;
            }
            rest_idx -= 1;
            stack.push((rest[rest_idx].flat, rest[rest_idx].doc));
            continue;
        };
        match doc {
            Doc::Text(s) => {
                if !s.is_empty() {
                    if pending_space {
                        rem -= 1;
                        pending_space = false;
                    }
                    rem -= width(s).cast_signed();
                }
            }
            Doc::Concat(parts) => stack.extend(parts.iter().rev().map(|p| (flat, p))),
            Doc::Indent(c) | Doc::Align(_, c) | Doc::IndentIfBreak(_, c) => stack.push((flat, c)),
            Doc::Group(g) => {
                let flat = flat && !g.brk;
                let contents = match g.states.last() {
                    Some(last) if !flat => last,
                    _ => &g.contents,
                };
                stack.push((flat, contents));
            }
            Doc::Line(kind) => {
                if !flat || *kind == LineKind::Hard {
                    return true;
                }
                if *kind == LineKind::Line {
                    pending_space = true;
                }
            }
            Doc::BreakParent => {}
        }
    }
    false
}

/// Appends `doc` printed from column `col` (its first line already indented to it), its
/// lines indented from `col`'s indentation, each line's first `strip` columns of
/// indentation left out (for code shifted right afterwards).
pub(crate) fn render(out: &mut String, doc: &Doc<'_>, col: usize, strip: usize) {
    let mut pos = col;
    let mut cmds = vec![Cmd {
        ind: col,
        flat: false,
        doc,
    }];
    let mut modes: Vec<bool> = Vec::new();
    // `fits`'s stack, kept between calls.
    let mut stack = Vec::new();
    let mut remeasure = false;
    while let Some(c) = cmds.pop() {
        match c.doc {
            Doc::Text(s) => {
                out.push_str(s);
                pos += width(s);
            }
            Doc::Concat(parts) => cmds.extend(parts.iter().rev().map(|p| Cmd { doc: p, ..c })),
            Doc::Indent(d) => cmds.push(Cmd {
                ind: c.ind + 2,
                doc: d,
                ..c
            }),
            Doc::Align(n, d) => cmds.push(Cmd {
                ind: c.ind + n,
                doc: d,
                ..c
            }),
            Doc::Group(g) => {
                let chosen = if c.flat && !remeasure {
                    Cmd {
                        flat: !g.brk,
                        doc: &g.contents,
                        ..c
                    }
                } else {
                    remeasure = false;
                    let rem = WIDTH.cast_signed() - pos.cast_signed();
                    let flat = Cmd {
                        flat: true,
                        doc: &g.contents,
                        ..c
                    };
                    if !g.brk && fits(flat, &cmds, rem, &mut stack) {
                        flat
                    } else if g.states.is_empty() {
                        Cmd {
                            flat: false,
                            ..flat
                        }
                    } else {
                        let last = Cmd {
                            flat: false,
                            doc: &g.states[g.states.len() - 1],
                            ..c
                        };
                        let middle = if g.brk {
                            None
                        } else {
                            g.states[..g.states.len() - 1]
                                .iter()
                                .map(|s| Cmd {
                                    flat: true,
                                    doc: s,
                                    ..c
                                })
                                .find(|s| fits(*s, &cmds, rem, &mut stack))
                        };
                        middle.unwrap_or(last)
                    }
                };
                if g.id > 0 {
                    if modes.len() <= g.id {
                        modes.resize(g.id + 1, false);
                    }
                    modes[g.id] = !chosen.flat;
                }
                cmds.push(chosen);
            }
            Doc::IndentIfBreak(id, d) => {
                let broke = modes.get(*id).copied().unwrap_or(false);
                cmds.push(Cmd {
                    ind: if broke { c.ind + 2 } else { c.ind },
                    doc: d,
                    ..c
                });
            }
            Doc::Line(kind) => {
                if c.flat && *kind != LineKind::Hard {
                    if *kind == LineKind::Line {
                        out.push(' ');
                        pos += 1;
                    }
                } else {
                    if c.flat {
                        remeasure = true;
                    }
                    let trimmed = out.trim_end_matches(' ').len();
                    out.truncate(trimmed);
                    out.push('\n');
                    for _ in strip..c.ind {
                        out.push(' ');
                    }
                    pos = c.ind;
                }
            }
            Doc::BreakParent => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Doc, LINE, SOFT, concat, group, indent, render, text};

    fn call(name: &str, args: Vec<Doc<'static>>) -> Doc<'static> {
        let mut parts = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            if i > 0 {
                parts.push(text(","));
                parts.push(LINE);
            }
            parts.push(a);
        }
        group(concat(vec![
            text(name.to_owned()),
            text("("),
            indent(concat(vec![SOFT, concat(parts)])),
            SOFT,
            text(")"),
        ]))
    }

    #[test]
    fn a_group_breaks_only_when_it_does_not_fit() {
        let mut out = String::new();
        render(&mut out, &call("f", vec![text("a"), text("b")]), 4, 0);
        assert_eq!(out, "f(a, b)");
        let long = "x".repeat(40);
        let mut out = String::new();
        render(
            &mut out,
            &concat(vec![
                call("f", vec![text(long.clone()), text(long.clone())]),
                text(";"),
            ]),
            4,
            2,
        );
        assert_eq!(out, format!("f(\n    {long},\n    {long}\n  );"));
    }
}
