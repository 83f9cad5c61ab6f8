//! What a reading says, the part of a description each family of readings makes ([`Said`]),
//! and the name's words it quotes.

use crate::Verdict;
use crate::analysis::result::{Problem, Suggestions};
use crate::words::Word;

/// What a reading says about a name: what the reading's own words decide of
/// [`Described`](super::Described).
pub(in crate::analysis) struct Said {
    pub verdict: Verdict,
    pub problem: Problem,
    pub explanation: String,
    pub verb: Option<String>,
    pub cue: Option<String>,
    pub suggestions: Suggestions,
    pub alternative: Option<Verdict>,
}

/// The word at `i` as written, or nothing past the end.
pub(super) fn text(words: &[Word<'_>], i: usize) -> String {
    words.get(i).map_or("", |w| w.text).to_owned()
}

/// The words at `indices` as written, separated by spaces.
pub(super) fn quoted(words: &[Word<'_>], indices: &[usize]) -> String {
    indices
        .iter()
        .filter_map(|&i| words.get(i).map(|w| w.text))
        .collect::<Vec<_>>()
        .join(" ")
}
