//! Splitting the words after a verb into its object and its complement.

use crate::word_classes::{is_adverb, is_particle, is_preposition, is_strandable};
use crate::words::Word;

/// The words as written.
pub(crate) fn texts(words: &[Word<'_>]) -> Vec<String> {
    words.iter().map(|w| w.text.to_owned()).collect()
}

/// Splits `rest` at its first preposition into (object, complement).
pub(super) fn object_and_complement(rest: &[Word<'_>]) -> (Vec<String>, Vec<String>) {
    let at = rest
        .iter()
        .position(|w| is_preposition(&w.lower))
        .unwrap_or(rest.len());
    (texts(&rest[..at]), texts(&rest[at..]))
}

/// Whether `rest` is a valid complement: particles/adverbs, then optionally a preposition with
/// at least one word after it. Returns `Some(has_prepositional_phrase)`.
pub(super) fn complement(rest: &[Word<'_>]) -> Option<bool> {
    for (i, w) in rest.iter().enumerate() {
        // `On Hold` after `OrderPut`: a word that is both a particle and a preposition
        // starts a prepositional phrase when words follow it.
        if is_preposition(&w.lower) && i + 1 < rest.len() {
            return Some(true);
        }
        // A preposition closing the name is stranded from its prepositional verb
        // (`MeterWasTamperedWith`, `InvoiceAccountedFor`); `Until` or `Before` is left by no
        // verb (`MoveLeftUntil`: move left until).
        if is_strandable(&w.lower) && i + 1 == rest.len() {
            return Some(false);
        }
        if !(is_particle(&w.lower) || is_adverb(&w.lower)) {
            return None;
        }
    }
    Some(false)
}
