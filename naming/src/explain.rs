//! [`explain`]: a multi-line account of how a name reads (`factum names --explain`).

use std::fmt::Write as _;

use crate::Kind;
use crate::analysis::classify_with;
use crate::check::check;
use crate::vocabulary::Vocabulary;

/// A multi-line account of how `name` reads and, for each kind, whether the derive accepts
/// it or the name its error suggests (used by `factum names --explain`).
///
/// ```
/// let text = factum_naming::explain("PlaceOrder", &factum_naming::Vocabulary::default());
/// assert!(text.contains("verdict:    command"));
/// assert!(text.contains("as event:   OrderPlaced"));
/// let text = factum_naming::explain("AvailableHours", &factum_naming::Vocabulary::default());
/// assert!(text.contains("as query:   AvailableHours (ok)"));
/// ```
#[must_use]
pub fn explain(name: &str, vocab: &Vocabulary) -> String {
    let a = classify_with(name, vocab);
    let mut out = format!("{name}\n");
    let _ = writeln!(out, "  words:      {}", a.words.join(" "));
    if !a.decoration.is_empty() {
        let _ = writeln!(
            out,
            "  decoration: {} (ignored when reading)",
            a.decoration.join(" ")
        );
    }
    if let Some(verb) = &a.verb {
        let _ = writeln!(out, "  verb:       {verb}");
    }
    match a.alternative {
        Some(other) => {
            let _ = writeln!(out, "  verdict:    {} (or {other})", a.verdict);
        }
        None => {
            let _ = writeln!(out, "  verdict:    {}", a.verdict);
        }
    }
    let _ = writeln!(out, "  reading:    {}", a.explanation);
    for kind in Kind::ALL {
        let label = format!("as {}:", kind.name());
        // The derive's own check (a query named by what it returns passes too), and the name
        // its error suggests.
        let (s, status) = match check(name, kind, vocab) {
            Ok(()) => (name.to_owned(), " (ok)".to_owned()),
            Err(v) => (
                v.suggestion.unwrap_or_else(|| "-".to_owned()),
                format!(" (`#[derive({})]` would be rejected)", kind.derive()),
            ),
        };
        let _ = writeln!(out, "  {label:<11} {s}{status}");
    }
    out
}
