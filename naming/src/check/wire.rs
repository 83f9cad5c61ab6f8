//! Checking a wire name (`com.shop.order.placed`): its last segment ([`wire_segment`]) is read
//! as a name ([`check_wire_name`]), and suggestions keep the wire name's style.

use super::name::check;
use super::violation::Violation;
use crate::Kind;
use crate::vocabulary::Vocabulary;
use crate::words;

/// The part of a wire name that is read: the last segment of a dotted, slashed or
/// colon-separated name (`com.shop.order.placed` → `placed`).
///
/// ```
/// assert_eq!(factum_naming::wire_segment("com.shop.order.placed"), "placed");
/// assert_eq!(factum_naming::wire_segment("OrderPlaced"), "OrderPlaced");
/// ```
#[must_use]
pub fn wire_segment(wire_name: &str) -> &str {
    let (start, end) = segment_range(wire_name);
    &wire_name[start..end]
}

/// Byte range of the last non-empty segment (the whole name when it has none); both ends
/// are character boundaries, as they sit next to an ASCII separator or at an end.
fn segment_range(wire_name: &str) -> (usize, usize) {
    let is_sep = |c: char| matches!(c, '.' | '/' | ':');
    let end = wire_name.trim_end_matches(is_sep).len();
    if end == 0 {
        return (0, wire_name.len());
    }
    let start = wire_name[..end].rfind(is_sep).map_or(0, |i| i + 1);
    (start, end)
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
