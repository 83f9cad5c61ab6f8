//! TypeScript syntax the emitter writes: quoted strings and keys, member access, JSON
//! paths, `bigint` literals and doc comments.

use std::fmt::Write as _;

pub(crate) fn quote(s: &str) -> String {
    serde_json::to_string(s).expect("strings serialize")
}

pub(super) fn is_ident(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

pub(super) fn key(s: &str) -> String {
    if is_ident(s) { s.to_owned() } else { quote(s) }
}

pub(super) fn doc(out: &mut String, indent: &str, doc: Option<&str>) {
    let Some(doc) = doc else { return };
    let doc = doc.replace("*/", "*\\/");
    let lines: Vec<&str> = doc.lines().collect();
    if lines.len() == 1 {
        let _ = writeln!(out, "{indent}/** {} */", lines[0]);
    } else {
        let _ = writeln!(out, "{indent}/**");
        for l in lines {
            if l.is_empty() {
                let _ = writeln!(out, "{indent} *");
            } else {
                let _ = writeln!(out, "{indent} * {l}");
            }
        }
        let _ = writeln!(out, "{indent} */");
    }
}

/// A JavaScript string literal as prettier writes it: double quotes unless the text
/// holds more double than single quotes.
pub(super) fn js_string(s: &str) -> String {
    let q = quote(s);
    if s.matches('"').count() > s.matches('\'').count() {
        format!(
            "'{}'",
            q[1..q.len() - 1].replace("\\\"", "\"").replace('\'', "\\'")
        )
    } else {
        q
    }
}

pub(super) fn big(v: i128) -> String {
    format!("{v}n")
}

pub(super) fn access(obj: &str, wire: &str) -> String {
    if is_ident(wire) {
        format!("{obj}.{wire}")
    } else {
        format!("{obj}[{}]", quote(wire))
    }
}

pub(super) fn path_of(wire: &str) -> String {
    if is_ident(wire) {
        format!("`${{path}}.{wire}`")
    } else {
        format!("`${{path}}[{}]`", quote(wire).replace('`', "\\`"))
    }
}
