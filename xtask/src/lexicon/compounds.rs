//! The two-word nouns WordNet lists whose first word is a verb used at least as often as a
//! noun (`tax rate`, `exchange rate`, `price list`, `search engine`): named alone, such a pair
//! is a thing (`#[derive(Query)] struct ExchangeRate` names what it returns), not the
//! imperative of its first word and an object (`tax` the `rate`).
//!
//! Read from `index.noun`: its lemmas `first_second`, both parts lowercase letters, `first` a
//! verb of the lexicon that SemCor tags at least as often as a noun, `second` a one-word noun.
//! A verb used mostly as one keeps its imperative (`open account`, `direct flight`).

use std::collections::BTreeSet;

/// `first second` pairs, sorted.
pub(super) fn compounds(
    index_noun: &str,
    nouns: &BTreeSet<&str>,
    noun_leaning_verb: impl Fn(&str) -> bool,
) -> BTreeSet<String> {
    super::lemmas(index_noun)
        .filter_map(|lemma| lemma.split_once('_'))
        .filter(|(first, second)| {
            super::is_word(first)
                && super::is_word(second)
                && nouns.contains(second)
                && noun_leaning_verb(first)
        })
        .map(|(first, second)| format!("{first} {second}"))
        .collect()
}
