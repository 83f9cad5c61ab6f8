//! Where the words of a name stand: lowercased, the cue's place, where a noun phrase ends and
//! whether `By` opens a key.

use super::words::{KEYS, PERIODS, STATES};
use crate::analysis::Analysis;
use crate::lexicon::Lex;
use crate::word_classes::is_preposition;

/// The name's words, lowercase, without the digits a word carries (`Per100Yards`,
/// `Last7Days`: the words are `per` and `last`).
pub(super) fn lowered(analysis: &Analysis) -> Vec<String> {
    analysis
        .words
        .iter()
        .map(|w| {
            let lower = w.to_lowercase();
            match lower.trim_end_matches(|c: char| c.is_ascii_digit()) {
                "" => lower,
                trimmed => trimmed.to_owned(),
            }
        })
        .collect()
}

/// Where the cue stands among the name's words, if it is one word (`Worked` in
/// `HoursWorkedByProject`), or with `first_word`, where its first word stands (`Charging` of
/// `Charging History` in `DriverChargingHistory`).
pub(super) fn cue_index(analysis: &Analysis, first_word: bool) -> Option<usize> {
    let cue = analysis.cue.as_deref()?;
    let cue = if first_word {
        cue.split(' ').next()?
    } else {
        cue
    };
    analysis.words.iter().position(|w| w == cue)
}

/// Where the noun phrase that starts at `start` ends: before a preposition, a word that opens a
/// period (`LastWeek`, `Today`) or a state its things are in (`PendingReview`, `DueToday`).
pub(super) fn phrase_end(lower: &[String], start: usize) -> usize {
    (start..lower.len())
        .find(|&i| {
            let w = lower[i].as_str();
            is_preposition(w) || PERIODS.contains(&w) || STATES.contains(&w)
        })
        .unwrap_or(lower.len())
}

/// Whether `By` at `by` opens a key that groups what comes before it, no person who acts
/// (`ByDistrict`, `ByCustomerSegment`, `ByReferralAgency`; not `ByCustomer`, nor a key that
/// names a person, `ByCustomerId`): the key is the last noun of its phrase.
pub(super) fn by_a_key(lower: &[String], by: usize) -> bool {
    let end = phrase_end(lower, by + 1);
    let (Some(first), Some(head)) = (lower.get(by + 1), lower.get(end.wrapping_sub(1))) else {
        return false;
    };
    end > by + 1
        && !Lex::person_noun(head)
        && (!Lex::person_noun(first) || (end > by + 2 && !KEYS.contains(&head.as_str())))
}
