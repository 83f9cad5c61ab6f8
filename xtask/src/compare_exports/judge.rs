//! How `cargo xtask compare-exports` judges one column (a generator and a language): each
//! hard part from the re-encoded data of named cases and fields, from the negative cases,
//! or from the generated sources; every verdict comes with the first thing that was wrong.

use std::collections::BTreeMap;

use serde_json::Value;

use super::cases::{Set, big_integers};

/// What decoding and re-encoding one case gave.
pub enum Outcome {
    /// The re-encoded data (the other tools' drivers).
    Encoded(Value),
    /// Re-encoded exactly as expected (`factum export roundtrip` said `ok`).
    Same,
    /// Re-encoded with a difference (`factum export roundtrip` names the first one).
    Differs(String),
    /// Decoding refused it.
    Rejected(String),
}

/// One generator and language: its sources, strict check and outcomes per case key.
pub struct Column {
    pub title: String,
    pub sources: String,
    pub strict: Result<(), String>,
    pub outcomes: BTreeMap<String, Outcome>,
}

/// A verdict: right, or what was wrong.
pub type Verdict = Result<(), String>;

fn short(v: Option<&Value>) -> String {
    let s = v.map_or_else(|| "(absent)".to_owned(), Value::to_string);
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s
    }
}

/// The first place where `want` and `have` differ: its pointer and both values there.
fn first_diff<'a>(
    want: Option<&'a Value>,
    have: Option<&'a Value>,
    at: &str,
) -> Option<(String, Option<&'a Value>, Option<&'a Value>)> {
    match (want, have) {
        (Some(Value::Object(w)), Some(Value::Object(h))) => {
            let keys: std::collections::BTreeSet<&String> = w.keys().chain(h.keys()).collect();
            keys.into_iter()
                .find_map(|k| first_diff(w.get(k), h.get(k), &format!("{at}/{k}")))
        }
        (Some(Value::Array(w)), Some(Value::Array(h))) if w.len() == h.len() => w
            .iter()
            .zip(h)
            .enumerate()
            .find_map(|(i, (a, b))| first_diff(Some(a), Some(b), &format!("{at}/{i}"))),
        _ if want == have => None,
        _ => Some((
            if at.is_empty() {
                "/".to_owned()
            } else {
                at.to_owned()
            },
            want,
            have,
        )),
    }
}

fn outcome<'a>(col: &'a Column, key: &str) -> Result<&'a Outcome, String> {
    col.outcomes
        .get(key)
        .ok_or_else(|| format!("{key}: no result (the types could not be run)"))
}

/// The pointers of `case`'s expected data that must come back unchanged.
type Pointers = fn(&Value) -> Vec<String>;

/// Every positive case whose key contains `which` re-encodes the `pointers` unchanged.
pub fn fields(col: &Column, set: &Set, which: &str, pointers: Pointers) -> Verdict {
    for case in set
        .cases
        .iter()
        .filter(|c| !c.negative && c.key.contains(which))
    {
        let expected = case.expected();
        match outcome(col, &case.key)? {
            Outcome::Same => {}
            Outcome::Differs(d) => return Err(format!("{}: {d}", case.key)),
            Outcome::Rejected(e) => return Err(format!("{}: refused: {e}", case.key)),
            Outcome::Encoded(got) => {
                for p in pointers(expected) {
                    if let Some((at, want, have)) =
                        first_diff(expected.pointer(&p), got.pointer(&p), &p)
                    {
                        return Err(format!(
                            "{}: `{at}` is {} after decoding and re-encoding {}",
                            case.key,
                            short(have),
                            short(want)
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}

/// The 64-bit part: every integer beyond 2^53 in the exact cases.
pub fn big(col: &Column, set: &Set) -> Verdict {
    fields(col, set, "/exact-", |v| {
        let mut out = Vec::new();
        big_integers(v, "", &mut out);
        out
    })
}

/// The negative case `name` is refused.
pub fn refused(col: &Column, set: &Set, name: &str, what: &str) -> Verdict {
    let Some(case) = set.cases.iter().find(|c| c.key.ends_with(name)) else {
        return Err(format!("no case {name}"));
    };
    match outcome(col, &case.key)? {
        Outcome::Rejected(_) => Ok(()),
        _ => Err(format!("accepts {what}")),
    }
}

/// Every positive case re-encodes exactly (the example contracts).
pub fn exact(col: &Column, set: &Set) -> Verdict {
    fields(col, set, "", |_| vec![String::new()])
}

/// The words of `text` (letters and digits), lower-cased, space-separated with a space on
/// each side: comment markers, escapes and line breaks do not count.
fn words(text: &str) -> String {
    let mut out = String::from(" ");
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        out.push_str(&w.to_lowercase());
        out.push(' ');
    }
    out
}

fn descriptions(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(d)) = m.get("description") {
                out.push(d.clone());
            }
            m.values().for_each(|x| descriptions(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| descriptions(x, out)),
        _ => {}
    }
}

/// Every `description` of the schema appears, word for word, in the generated sources.
pub fn docs(col: &Column, schema: &Value) -> Verdict {
    let mut all = Vec::new();
    descriptions(schema, &mut all);
    let source = words(&col.sources);
    let missing: Vec<String> = all
        .iter()
        .filter(|d| !source.contains(&words(d)))
        .map(|d| format!("{:?}", d.chars().take(40).collect::<String>()))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} of {} descriptions missing: {}",
            missing.len(),
            all.len(),
            missing.join(", ")
        ))
    }
}

/// Every `$defs` name is declared as a type of that name.
pub fn names(col: &Column, lang: &str, schema: &Value) -> Verdict {
    let defs: Vec<&String> = schema["$defs"]
        .as_object()
        .map(|m| m.keys().collect())
        .unwrap_or_default();
    let declared = |n: &str| -> bool {
        let forms: Vec<String> = match lang {
            "ts" => vec![
                format!("interface {n} "),
                format!("type {n} "),
                format!("class {n} "),
                format!("enum {n} "),
            ],
            "python" => vec![
                format!("class {n}("),
                format!("class {n}:"),
                format!("\n{n} = "),
                format!("\n{n}: TypeAlias"),
            ],
            "go" => vec![format!("type {n} ")],
            _ => vec![
                format!("class {n} "),
                format!("record {n}("),
                format!("enum {n} "),
                format!("interface {n} "),
            ],
        };
        forms.iter().any(|f| col.sources.contains(f.as_str()))
    };
    let missing: Vec<&str> = defs
        .iter()
        .map(|s| s.as_str())
        .filter(|n| !declared(n))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("no type named {}", missing.join(", ")))
    }
}

/// The columns' verdicts on the hard parts, row by row: (part, how it is judged, verdicts).
#[allow(clippy::too_many_lines)] // a table of the parts
pub fn hard_parts(
    cols: &[(&str, &Column)],
    set: &Set,
    schema: &Value,
) -> Vec<(&'static str, &'static str, Vec<Verdict>)> {
    let each = |f: &dyn Fn(&str, &Column) -> Verdict| {
        cols.iter().map(|(lang, c)| f(lang, c)).collect::<Vec<_>>()
    };
    vec![
        (
            "output compiles (strict check)",
            "tsc --strict, mypy --strict, go vet, javac (see below)",
            each(&|_, c| c.strict.clone()),
        ),
        (
            "u64/i64 beyond 2^53",
            "round trip of u64::MAX, i64::MIN, … in the vectors as written",
            each(&|_, c| big(c, set)),
        ),
        (
            "optional vs nullable vs defaulted",
            "round trip of `nullable`, `optional`, `retries`, `label`, `discount` (absent, null, default)",
            each(&|_, c| {
                fields(c, set, "/safe-", |_| {
                    ptrs(&["nullable", "optional", "retries", "label", "discount"])
                })
            }),
        ),
        (
            "date-times with nanoseconds",
            "round trip of `at`, `history`",
            each(&|_, c| fields(c, set, "/safe-", |_| ptrs(&["at", "history"]))),
        ),
        (
            "UUIDs",
            "round trip of `id`",
            each(&|_, c| fields(c, set, "/safe-", |_| ptrs(&["id"]))),
        ),
        (
            "maps",
            "round trip of `tags` (with a `__proto__` key), `counters`",
            each(&|_, c| fields(c, set, "/safe-", |_| ptrs(&["tags", "counters"]))),
        ),
        (
            "shared and recursive $defs under their own names",
            "round trip of `price`, `discount`, `tree`; a type named after each `$defs` entry",
            each(&|l, c| {
                fields(c, set, "/safe-", |_| ptrs(&["price", "discount", "tree"]))
                    .and_then(|()| names(c, l, schema))
            }),
        ),
        (
            "internally tagged enum as a sum type",
            "round trip of `shapes`; refuses a circle without its radius",
            each(&|_, c| {
                fields(c, set, "/safe-", |_| ptrs(&["shapes"]))
                    .and_then(|()| refused(c, set, "neg-internal", "a circle without its radius"))
            }),
        ),
        (
            "adjacently tagged enum as a sum type",
            "round trip of `payloads`; refuses `Count` with text content",
            each(&|_, c| {
                fields(c, set, "/safe-", |_| ptrs(&["payloads"]))
                    .and_then(|()| refused(c, set, "neg-adjacent", "`Count` with text content"))
            }),
        ),
        (
            "externally tagged enum as a sum type",
            "round trip of `actions`; refuses two variants in one object",
            each(&|_, c| {
                fields(c, set, "/safe-", |_| ptrs(&["actions"]))
                    .and_then(|()| refused(c, set, "neg-external", "two variants in one object"))
            }),
        ),
        (
            "untagged enum as a sum type",
            "round trip of `references`; refuses a qualified id without its id",
            each(&|_, c| {
                fields(c, set, "/safe-", |_| ptrs(&["references"]))
                    .and_then(|()| refused(c, set, "neg-untagged", "a qualified id without its id"))
            }),
        ),
        (
            "untagged enum, variants of one JSON kind",
            "round trip of `contacts` (three object variants, two strings: the first that matches wins)",
            each(&|_, c| fields(c, set, "/safe-", |_| ptrs(&["contacts"]))),
        ),
        (
            "tuples and tuple structs",
            "round trip of `pair`, `corner`, `path`, `steps`, `ranges` (fixed-length arrays, tuple variants)",
            each(&|_, c| {
                fields(c, set, "/safe-", |_| {
                    ptrs(&["pair", "corner", "path", "steps", "ranges"])
                })
            }),
        ),
        (
            "string enums",
            "round trip of `currency`, `price`; refuses an unknown currency",
            each(&|_, c| {
                fields(c, set, "/safe-", |_| ptrs(&["currency", "price"]))
                    .and_then(|()| refused(c, set, "neg-enum", "an unknown currency"))
            }),
        ),
        (
            "reserved words and invalid identifiers, wire names kept",
            "round trip of `class`, `type`, `content-type`, `2fa`, `isDefault`",
            each(&|_, c| {
                fields(c, set, "/safe-", |_| {
                    ptrs(&["class", "type", "content-type", "2fa", "isDefault"])
                })
            }),
        ),
        (
            "doc comments carried over",
            "every schema `description` appears word for word in the generated sources",
            each(&|_, c| docs(c, schema)),
        ),
    ]
}

fn ptrs(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| format!("/{n}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn first_diff_names_the_innermost_place() {
        let want = json!({"a": [1, {"b": 18_446_744_073_709_551_615_u64}], "c": null});
        let have = json!({"a": [1, {"b": 1.844_674_407_370_955_2e19}], "c": null});
        let (at, w, h) = first_diff(Some(&want), Some(&have), "").unwrap();
        assert_eq!(at, "/a/1/b");
        assert_eq!(w, Some(&json!(18_446_744_073_709_551_615_u64)));
        assert_eq!(h, Some(&json!(1.844_674_407_370_955_2e19)));
        // An absent member differs from a null one.
        let (at, ..) = first_diff(Some(&json!({"x": null})), Some(&json!({})), "").unwrap();
        assert_eq!(at, "/x");
        assert!(first_diff(Some(&want), Some(&want.clone()), "").is_none());
    }

    #[test]
    fn a_description_matches_across_comment_markers_and_line_breaks() {
        let source = words(
            "/**\n * Externally tagged (serde's default): `\"Stop\"`,\n * `{\"Move\": {...}}`.\n */",
        );
        assert!(source.contains(&words(
            "Externally tagged (serde's default): `\"Stop\"`, `{\"Move\": {...}}`."
        )));
        assert!(!source.contains(&words("Internally tagged")));
    }
}
