//! The words WordNet knows that are one typing slip from a verb form (`token` and `taken`,
//! `dividend` and `divided`, `docker` and `dicker`): the naming crate's "did you mean" must not
//! take them for misspelt verbs.
//!
//! A slip is what the crate's `typo::corrections` undoes: one letter inserted, deleted or
//! replaced, or two neighbours swapped, with the first and last letters kept, in a word of
//! five letters or more.

use std::collections::{BTreeMap, BTreeSet};

/// Whether `a` and `b` differ by one insertion, deletion, substitution or swap of neighbours.
fn one_slip(a: &[u8], b: &[u8]) -> bool {
    if a == b {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match long.len() - short.len() {
        0 => {
            let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
            match diff.as_slice() {
                [_] => true,
                [i, j] => *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i],
                _ => false,
            }
        }
        1 => {
            let first = (0..short.len())
                .find(|&i| short[i] != long[i])
                .unwrap_or(short.len());
            short[first..] == long[first + 1..]
        }
        _ => false,
    }
}

/// The regular plural of a noun (`token` → `tokens`, `box` → `boxes`, `policy` → `policies`).
fn plural(noun: &str) -> String {
    if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|end| noun.ends_with(end))
    {
        format!("{noun}es")
    } else if let Some(stem) = noun.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        format!("{stem}ies")
    } else {
        format!("{noun}s")
    }
}

/// Nouns (and their plurals) and adverbs of five letters or more, themselves no verb form, one
/// slip from a verb form of `forms` with the same first and last letter.
pub(super) fn lookalikes(
    nouns: &BTreeSet<&str>,
    adverbs: &BTreeSet<&str>,
    forms: &BTreeSet<String>,
) -> BTreeSet<String> {
    let mut by_ends: BTreeMap<(u8, u8), Vec<&[u8]>> = BTreeMap::new();
    for form in forms.iter().filter(|f| f.len() >= 4) {
        let b = form.as_bytes();
        by_ends.entry((b[0], b[b.len() - 1])).or_default().push(b);
    }
    let words = nouns
        .iter()
        .flat_map(|n| [(*n).to_owned(), plural(n)])
        .chain(adverbs.iter().map(|a| (*a).to_owned()));
    words
        .filter(|w| w.len() >= 5 && !forms.contains(w))
        .filter(|w| {
            let b = w.as_bytes();
            by_ends
                .get(&(b[0], b[b.len() - 1]))
                .is_some_and(|near| near.iter().any(|f| one_slip(b, f)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{one_slip, plural};

    #[test]
    fn slips() {
        assert!(one_slip(b"token", b"taken"));
        assert!(one_slip(b"recieved", b"received"));
        assert!(one_slip(b"placd", b"placed"));
        assert!(one_slip(b"placed", b"placd"));
        assert!(!one_slip(b"basket", b"basted"));
        assert!(!one_slip(b"abc", b"abc"));
        assert_eq!(plural("policy"), "policies");
        assert_eq!(plural("box"), "boxes");
        assert_eq!(plural("day"), "days");
    }
}
