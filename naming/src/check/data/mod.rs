//! The readings only the `Query` derive gives a name: a query named by the data it returns
//! (`AvailableHours`, `ClaimStatus`, `VacancyReport`, `ArchivedOrders`), whatever else its words
//! read as. A type's name and a variant of an enum get them alike.
//!
//! One file per kind of reading, dependencies one way: this file → `states`, `measures`,
//! `nouns` → `phrase` → `words`.

mod measures;
mod nouns;
mod phrase;
mod states;
mod words;

use crate::analysis::Analysis;
use crate::vocabulary::Vocabulary;
use crate::words::Decoration;
use measures::{a_measure_grouped, a_ratio, an_estimate, data_requested, ranked_data};
use nouns::{
    a_document, a_kind_word_looked_up, a_lookup, a_place_in_line, data_of_a_compound,
    data_of_a_phrasal_noun, data_of_a_verb_noun, names_what_it_returns,
};
use phrase::lowered;
use states::{
    data_in_a_state, things_currently, things_in_a_state, things_of_a_period, things_owed,
    things_waiting,
};

pub(super) use words::{heads_data, names_a_query_family};

/// Whether the name, read as `analysis`, names the data a query returns: no verb at all, a verb
/// that is a noun too before data, a document, things in a state, a lookup by key, a measure
/// grouped, a compound of nouns heading data, or data ranked.
pub(super) fn names_its_data(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    // A version closing the name says nothing of its kind (`DoseHistoryPerShiftV2`): the
    // readings read the words before it.
    if !analysis.decoration.is_empty()
        && analysis
            .decoration
            .iter()
            .all(|w| crate::words::decoration_kind(&w.to_lowercase()) == Some(Decoration::Version))
    {
        let mut bare = analysis.clone();
        bare.words
            .truncate(bare.words.len() - bare.decoration.len());
        bare.decoration.clear();
        return names_its_data(&bare, vocab);
    }
    names_what_it_returns(analysis)
        || data_of_a_verb_noun(analysis, vocab)
        || a_document(analysis, vocab)
        || things_in_a_state(analysis, vocab)
        || a_lookup(analysis, vocab)
        || a_measure_grouped(analysis, vocab)
        || data_of_a_compound(analysis, vocab)
        || data_in_a_state(analysis)
        || things_waiting(analysis, vocab)
        || an_estimate(analysis)
        || a_kind_word_looked_up(analysis)
        || ranked_data(analysis)
        || things_of_a_period(analysis, vocab)
        || data_requested(analysis)
        || data_since(analysis, vocab)
        || things_currently(analysis, vocab)
        || a_ratio(analysis)
        || data_of_a_phrasal_noun(analysis)
        || a_place_in_line(analysis)
        || things_owed(analysis)
}

/// Whether the name closes with `Since` and the moment it names (`AlarmsSinceLastShift`,
/// `TonnageSinceLastRollChange`): the words before and `Since` name the data, whatever the
/// moment's words read as (`Shift`, `Change`).
fn data_since(analysis: &Analysis, vocab: &Vocabulary) -> bool {
    let lower = lowered(analysis);
    lower
        .iter()
        .position(|w| w == "since")
        .filter(|&i| i >= 1 && i + 1 < lower.len())
        .is_some_and(|i| {
            let before = analysis.words[..=i].concat();
            names_its_data(&crate::analysis::classify_with(&before, vocab), vocab)
        })
}
