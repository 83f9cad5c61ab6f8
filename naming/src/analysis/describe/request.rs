//! The readings of a request: an imperative first, after the person who asks if any
//! (`PlaceOrder`, `UserChangePassword`), or the operation named object first (`PostCreate`).

use std::fmt::Write as _;

use super::said::{Said, text};
use crate::Verdict;
use crate::analysis::result::Problem;
use crate::analysis::suggest::{full_lemma, join, pascal_name, suggestions_from};
use crate::grammar::{Clause, modifies_verb, texts};
use crate::lexicon::{Lex, Verb};
use crate::word_classes::{ANSWER_VERBS, BATCH_WORDS, QUERY_VERBS};
use crate::words::{Word, pascal};

/// Describes a command (`Reading::Command`): `clause`, its verb at `at`, after the words that
/// name who asks (usually none); `or_event`, whether the name reads as an event too.
pub(super) fn a_command(
    lex: &Lex<'_>,
    words: &[Word<'_>],
    clause: &Clause,
    or_event: bool,
    at: usize,
) -> Said {
    let mut alternative = None;
    // A verb written as two words (`ReRun`, `PartiallyRefund`) opens with a word that
    // is no verb itself.
    // So does a word of many at once (`BatchDeleteImage`, `BulkPublish`), a verb of its own.
    let written_apart = (words.len() > at + 2 && lex.verb_or_joined(&words[at].lower).is_none())
        || (words.len() > at + 1
            && BATCH_WORDS.contains(&words[at].lower.as_str())
            && modifies_verb(lex, &words[at].lower, &words[at + 1].lower));
    let verb_words = if written_apart {
        format!("{} {}", text(words, at), text(words, at + 1))
    } else {
        text(words, at)
    };
    let mut e = String::new();
    if at > 0 {
        let _ = write!(e, "person \"{}\" + ", text(words, 0));
    }
    let _ = write!(
        e,
        "imperative \"{verb_words}\" (verb \"{}\")",
        clause.verb.lemma()
    );
    if let Some(p) = &clause.particle {
        let _ = write!(e, " + particle \"{}\"", pascal(p));
    }
    if !clause.object.is_empty() {
        let _ = write!(e, " + object \"{}\"", clause.object.join(" "));
    }
    if !clause.complement.is_empty() {
        let _ = write!(e, " + complement \"{}\"", clause.complement.join(" "));
    }
    e.push_str(": a request");
    if or_event {
        let last = words.last().map_or("", |w| w.text);
        let lower = last.to_lowercase();
        // `PlaceBid`: `bid` is its own past participle; `OrderFound`: `found` is
        // also the past of `find`; `LoadAggregate`: `aggregate` is also an adjective.
        if lex.past(&lower).is_none() && lex.adjective(&lower) {
            let _ = write!(
                e,
                " (or a fact: subject \"{}\" + state \"{last}\")",
                text(words, 0)
            );
        } else {
            let whose = if lex.past_is_own_verb(&lower) {
                "also a past participle"
            } else {
                "also its own past participle"
            };
            let _ = write!(e, " (or a fact: \"{last}\" is {whose})");
        }
        alternative = Some(Verdict::Event);
    } else if (at > 0 && QUERY_VERBS.contains(&words[at].lower.as_str()))
        || ANSWER_VERBS.contains(&words[at].lower.as_str())
    {
        // Who asks, then a question verb (`AdminGetToken`, `CustomerFindOrders`): the
        // request to act, or the question asked, as the verb alone reads; so is a verb
        // that works out an answer (`CalculateShippingCost`).
        let _ = write!(e, " (or a question: \"{}\" asks)", text(words, at));
        alternative = Some(Verdict::Query);
    }
    let mut s = suggestions_from(lex, clause);
    // A word that modifies the verb stays before its participle (`HardDeleteUser` →
    // `UserHardDeleted`, `PartiallyRefundOrder` → `OrderPartiallyRefunded`).
    if written_apart
        && clause.verb.base == words[at + 1].lower
        && let Some(event) = &s.event
    {
        let object = join(&clause.object);
        if let Some(rest) = event.strip_prefix(object.as_str()) {
            s.event = Some(format!("{object}{}{rest}", pascal(words[at].text)));
        }
    }
    // `AddressChange`: a verb as much a noun before a noun of `noun.event` that is a
    // verb too names, as a fact, the change of the address (`AddressChanged`), not the
    // address of a change.
    if let [first, last] = words
        && at == 0
        && clause.verb.is_noun()
        && clause.particle.is_none()
        && let Some(v) = lex.base(&last.lower)
        && Lex::event_noun(&last.lower)
    {
        s.event = Some(format!(
            "{}{}",
            pascal(first.text),
            lex.participle_pascal(&v)
        ));
    }
    // The person who asks stays first (`ClientActivateBusinessEvent`:
    // `ClientActivateBusiness`).
    if at > 0 {
        s.command = s
            .command
            .map(|c| format!("{}{c}", pascal_name(&words[..at])));
    }
    Said {
        verdict: Verdict::Command,
        problem: Problem::Reads(Verdict::Command),
        explanation: e,
        verb: Some(full_lemma(clause)),
        cue: Some(verb_words),
        suggestions: s,
        alternative,
    }
}

/// Describes the operation `verb` at `at`, named after its object (`Reading::Happening` with an
/// operation).
pub(super) fn an_operation(lex: &Lex<'_>, words: &[Word<'_>], verb: &Verb, at: usize) -> Said {
    let object: Vec<String> = texts(&words[..at]);
    Said {
        verdict: Verdict::Command,
        problem: Problem::Reads(Verdict::Command),
        explanation: format!(
            "object \"{}\" + imperative \"{}\": the operation named object first, a request",
            object.join(" "),
            text(words, at)
        ),
        verb: Some(verb.lemma()),
        cue: Some(text(words, at)),
        suggestions: suggestions_from(
            lex,
            &Clause {
                object,
                verb: verb.clone(),
                particle: None,
                complement: texts(&words[at + 1..]),
            },
        ),
        alternative: None,
    }
}
