//! Checking a wire name (`com.shop.order.placed`): its last segment ([`wire_segment`]) is read
//! as a name ([`check_wire_name`]), and suggestions keep the wire name's style.

use super::name::check;
use super::variant::check_variant;
use super::violation::Violation;
use crate::analysis::classify_with;
use crate::grammar::progressive_verb;
use crate::lexicon::Lex;
use crate::vocabulary::Vocabulary;
use crate::word_classes::{STATE_WORDS, is_preposition};
use crate::words;
use crate::{Kind, Verdict};

/// The part of a wire name that is read: the last segment of a dotted, slashed or
/// colon-separated name (`com.shop.order.placed` → `placed`), versions after it aside
/// (`com.shop.order.placed.v1` → `placed`).
///
/// ```
/// assert_eq!(factum_naming::wire_segment("com.shop.order.placed"), "placed");
/// assert_eq!(factum_naming::wire_segment("com.shop.order.placed.v2"), "placed");
/// assert_eq!(factum_naming::wire_segment("OrderPlaced"), "OrderPlaced");
/// ```
#[must_use]
pub fn wire_segment(wire_name: &str) -> &str {
    let (start, end) = segment_range(wire_name);
    &wire_name[start..end]
}

fn is_sep(c: char) -> bool {
    matches!(c, '.' | '/' | ':')
}

/// Namespace segments that name the kind of the messages under them.
const FAMILY_SEGMENTS: &[&str] = &[
    "cmd", "cmds", "command", "commands", "event", "events", "queries", "query",
];

/// Whether a segment is a version (`v1`, `V2`, `3`).
fn is_version(segment: &str) -> bool {
    let digits = segment.strip_prefix(['v', 'V']).unwrap_or(segment);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Byte range of the last non-empty segment that is no version, unless every segment is one
/// (the whole name when it has no segment); both ends are character boundaries, as they sit
/// next to an ASCII separator or at an end.
fn segment_range(wire_name: &str) -> (usize, usize) {
    let mut end = wire_name.trim_end_matches(is_sep).len();
    if end == 0 {
        return (0, wire_name.len());
    }
    loop {
        let start = wire_name[..end].rfind(is_sep).map_or(0, |i| i + 1);
        let before = wire_name[..start].trim_end_matches(is_sep).len();
        if start == 0 || before == 0 || !is_version(&wire_name[start..end]) {
            return (start, end);
        }
        end = before;
    }
}

/// The segment that ends right before byte `start` (the start of the last segment), skipping
/// version segments (`v1`, `2`); `None` when there is none.
fn segment_before(wire_name: &str, start: usize) -> Option<&str> {
    wire_name[..start]
        .split(is_sep)
        .rev()
        .find(|s| !s.is_empty() && !is_version(s))
}

/// Whether a segment is a predicate that needs a subject: an adjective or `-ing` form, alone or
/// before a preposition (`overdue`, `pending`, `ready_for_review`), a phrase opened by a
/// preposition or a state word (`in_progress`, `withAuthContext`), or what `Will` announces
/// (`will_be_due`); not a noun phrase (`internal_failure`) nor a type's name
/// (`ActiveMessagesAvailable…`).
fn predicate(segment: &str, vocab: &Vocabulary) -> bool {
    let lex = Lex { vocab };
    let parts = words::split(segment);
    let Some(first) = parts.first() else {
        return false;
    };
    let w = first.lower.as_str();
    let state = lex.adjective(w) || progressive_verb(&lex, w).is_some();
    segment.starts_with(|c: char| c.is_ascii_lowercase())
        && (is_preposition(w)
            || STATE_WORDS.contains(&w)
            || w == "will"
            || (state && parts.get(1).is_none_or(|p| is_preposition(&p.lower))))
}

/// Checks a wire name (`name = "com.shop.order.placed"`): its last segment is read, and a
/// lower-case segment reads as the Rust identifier it spells (`order_placed`, `placed`).
/// Suggestions keep the wire name's style (`com.shop.order.place` → `…order.placed`).
///
/// ```
/// use factum_naming::{Kind, Vocabulary, check_wire_name};
/// let v = Vocabulary::default();
/// assert!(check_wire_name("com.shop.order.placed", Kind::Event, &v).is_ok());
/// let e = check_wire_name("com.shop.order.place_order", Kind::Event, &v).unwrap_err();
/// assert_eq!(e.suggestion.as_deref(), Some("com.shop.order.order_placed"));
/// ```
///
/// # Errors
///
/// A [`Violation`] when the segment does not read as `kind`.
pub fn check_wire_name(wire_name: &str, kind: Kind, vocab: &Vocabulary) -> Result<(), Violation> {
    let (start, end) = segment_range(wire_name);
    let segment = &wire_name[start..end];
    let Err(mut v) = check(segment, kind, vocab) else {
        return Ok(());
    };
    if reads_with_the_segments_before(wire_name, (segment, start), kind, vocab) {
        return Ok(());
    }
    let (prefix, rest) = (&wire_name[..start], &wire_name[end..]);
    let lower = !segment.chars().any(char::is_uppercase);
    let sep = if segment.contains('-') { "-" } else { "_" };
    let styled = |s: &str| {
        let s = if lower {
            words::split(s)
                .iter()
                .map(|w| w.text.to_lowercase())
                .collect::<Vec<_>>()
                .join(sep)
        } else {
            s.to_owned()
        };
        format!("{prefix}{s}{rest}")
    };
    if let Some(s) = v.suggestion.take() {
        let full = styled(&s);
        v.help = v.help.replace(&format!("`{s}`"), &format!("`{full}`"));
        v.suggestion = Some(full);
    }
    if !prefix.is_empty() || !rest.is_empty() {
        v.message = v.message.replacen(
            &format!("`{segment}`"),
            &format!("`{segment}` (the last part of `{wire_name}`)"),
            1,
        );
    }
    Err(v)
}

/// Whether `segment`, the last segment of `wire_name`, starting at byte `start`, which does not
/// read as `kind` alone, does so with the segments before it: its subject, the rest of its
/// phrase, its family, the data it asks for, or the thing its verb acts on.
fn reads_with_the_segments_before(
    wire_name: &str,
    (segment, start): (&str, usize),
    kind: Kind,
    vocab: &Vocabulary,
) -> bool {
    // A segment that reads as no kind at all (`overdue`, `pending`, `withAuthContext`) left its
    // subject in the segment before it, versions aside (`invoice.overdue`: the invoice is
    // overdue; `document.v1.created.withAuthContext`): the two are read together, and pass when
    // they read first as `kind` (`invoice_payment.open` is a state first, a request second: no
    // command). A segment that reads as another kind (`com.shop.order.place`) stays an error.
    // So does a state said with `is` (`account.is_frozen`: the account is frozen).
    let verdict = classify_with(segment, vocab).verdict;
    let said_with_is =
        verdict == Verdict::Query && (segment.starts_with("is_") || segment.starts_with("are_"));
    if ((verdict == Verdict::Unknown && predicate(segment, vocab)) || said_with_is)
        && let Some(before) = segment_before(wire_name, start)
    {
        let joined = format!("{before}_{segment}");
        if classify_with(&joined, vocab).verdict == Verdict::from(kind)
            && check(&joined, kind, vocab).is_ok()
        {
            return true;
        }
    }
    // A phrase split at its preposition reads whole (`crane.returned.to.yard`).
    let mut before_all = wire_name[..start]
        .split(is_sep)
        .rev()
        .filter(|s| !s.is_empty() && !is_version(s));
    if let (Some(prep), Some(head)) = (before_all.next(), before_all.next())
        && is_preposition(&prep.to_lowercase())
        && check(&format!("{head}_{prep}_{segment}"), kind, vocab).is_ok()
    {
        return true;
    }
    // A segment of the namespace that is a kind word names the family of the last segment, as
    // an enum's name does of its variants (`tax.query.missing_w9s`,
    // `lims.commands.release_result`).
    if let Some(family) = wire_name[..start]
        .split(is_sep)
        .find(|s| FAMILY_SEGMENTS.contains(&s.to_lowercase().as_str()))
    {
        let variant: String = words::split(segment)
            .iter()
            .map(|w| words::pascal(w.text))
            .collect();
        if check_variant(&words::pascal(family), &variant, kind, vocab).is_ok() {
            return true;
        }
    }
    // A query's lone fact may close the data it asks for (`biomass.report.requested`).
    if kind == Kind::Query
        && verdict == Verdict::Event
        && segment.bytes().all(|b| b.is_ascii_lowercase())
        && let Some(before) = segment_before(wire_name, start)
        && check(&format!("{before}_{segment}"), kind, vocab).is_ok()
    {
        return true;
    }
    // A lone verb of a command names what is done to the thing the segment before names
    // (`charge.post`: post the charge; `battery.discharge`): the two are read verb first. Not
    // an adjective (`transaction.ready`: a state reached).
    let lex = Lex { vocab };
    if kind == Kind::Command
        && verdict == Verdict::Unknown
        && segment.bytes().all(|b| b.is_ascii_lowercase())
        && lex.imperative(segment).is_some()
        && !lex.adjective(segment)
        && let Some(before) = segment_before(wire_name, start)
    {
        let joined = format!("{segment}_{before}");
        if classify_with(&joined, vocab).verdict == Verdict::Command
            && check(&joined, kind, vocab).is_ok()
        {
            return true;
        }
    }
    false
}
