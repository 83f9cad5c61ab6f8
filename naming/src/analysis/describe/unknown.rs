//! The readings that give no kind, the verdict left unknown: a modal, request or state word
//! (`OrderShouldShip`, `PleaseRefund`, `OrderIsShipping`), a lone word mostly a noun (`Order`), a
//! noun phrase (`OrderStatus`), or no verb at all.

use std::fmt::Write as _;

use super::said::{Said, quoted, text};
use crate::Verdict;
use crate::analysis::result::{Problem, Suggestions};
use crate::analysis::suggest::{full_lemma, noun_suggestions, suggestions_from};
use crate::grammar::{Clause, CueKind};
use crate::lexicon::{Lex, Verb};
use crate::word_classes::STATE_WORDS;
use crate::words::{Word, pascal};

/// Describes a modal, request or state word at `cue` (`Reading::Cue`), with the `clause` of the
/// rest if it has a verb.
pub(super) fn a_cue(
    lex: &Lex<'_>,
    words: &[Word<'_>],
    cue: &[usize],
    kind: CueKind,
    clause: Option<&Clause>,
) -> Said {
    let word = quoted(words, cue);
    let what = match kind {
        CueKind::Modal => "modal",
        CueKind::Request => "request",
        CueKind::State => "state",
    };
    let e = format!(
        "{what} \"{word}\": says what should happen or how things are, not a fact or a request in the imperative"
    );
    // The words without the cue and `Be`: `Trial Over`, `User Active`.
    let rest: Vec<&Word<'_>> = words
        .iter()
        .enumerate()
        .filter(|(i, w)| !cue.contains(i) && !matches!(w.lower.as_str(), "be" | "been"))
        .map(|(_, w)| w)
        .collect();
    let particle = rest
        .last()
        .is_some_and(|w| STATE_WORDS.contains(&w.lower.as_str()));
    let adjective =
        rest.len() > 1 && clause.is_none() && rest.last().is_some_and(|w| lex.adjective(&w.lower));
    let state_word =
        particle && clause.is_some_and(|c| STATE_WORDS.contains(&c.verb.base.as_str()));
    let mut s = match clause {
        // `TrialShouldBeOver`, `UserShouldBeActive`: the state reached is the fact,
        // named without the verbs that link it (`TrialOver`, `UserActive`); `over` is
        // no verb to order, the state is what a request marks (`MarkUserActive`) and a
        // question asks about (`IsUserActive`).
        _ if adjective || state_word => {
            let state: String = rest.iter().map(|w| pascal(w.text)).collect();
            Suggestions {
                command: Some(format!("Mark{state}")),
                query: Some(format!("Is{state}")),
                event: Some(state),
            }
        }
        Some(c) => suggestions_from(lex, c),
        None => noun_suggestions(lex, &words[..1], false),
    };
    // `OrderIsNotPaid` asked: `IsOrderNotPaid`.
    if kind == CueKind::State
        && let Some(&at) = cue.first()
        && matches!(words[at].lower.as_str(), "is" | "are")
    {
        s.query = Some(
            std::iter::once(at)
                .chain((0..words.len()).filter(|&i| i != at))
                .map(|i| pascal(words[i].text))
                .collect(),
        );
    }
    Said {
        verdict: Verdict::Unknown,
        problem: Problem::Cue(kind),
        explanation: e,
        verb: clause.map(full_lemma),
        cue: Some(word),
        suggestions: s,
        alternative: None,
    }
}

/// Describes a lone word that is mostly a noun, though a `verb` too (`Reading::LoneNoun`).
pub(super) fn a_lone_noun(lex: &Lex<'_>, words: &[Word<'_>], verb: &Verb) -> Said {
    Said {
        verdict: Verdict::Unknown,
        problem: Problem::LoneVerb,
        explanation: format!(
            "\"{}\" alone reads as a noun (WordNet's tagged corpus uses \"{}\" at least as often as a noun as as a verb)",
            text(words, 0),
            verb.base
        ),
        verb: None,
        cue: None,
        // `place` alone: its participle is the fact (`Placed`), not `PlaceCreated`.
        suggestions: Suggestions {
            event: Some(lex.participle_pascal(verb)),
            ..noun_suggestions(lex, words, false)
        },
        alternative: None,
    }
}

/// Describes a noun phrase headed by the word at `head` (`Reading::NounPhrase`); `or_command`,
/// the clause of its reading as a command too.
pub(super) fn a_noun_phrase(
    lex: &Lex<'_>,
    words: &[Word<'_>],
    head: usize,
    or_command: Option<&Clause>,
) -> Said {
    let mut alternative = None;
    let mut e = format!(
        "noun phrase headed by \"{}\": describes data, with no verb",
        text(words, head)
    );
    let s = match or_command {
        Some(clause) => {
            let _ = write!(e, " (or an imperative of \"{}\")", clause.verb.lemma());
            alternative = Some(Verdict::Command);
            // The fact is about the data (`OrderStatusChanged`), never the noun read
            // as a verb (`StatusOrdered`).
            Suggestions {
                event: noun_suggestions(lex, words, true).event,
                ..suggestions_from(lex, clause)
            }
        }
        None => noun_suggestions(lex, words, true),
    };
    Said {
        verdict: Verdict::Unknown,
        problem: Problem::NounPhrase,
        explanation: e,
        verb: None,
        cue: Some(text(words, head)),
        suggestions: s,
        alternative,
    }
}

/// Describes a name with no verb in a position that makes a reading (`Reading::NoVerb`).
pub(super) fn no_verb(lex: &Lex<'_>, words: &[Word<'_>]) -> Said {
    Said {
        verdict: Verdict::Unknown,
        problem: Problem::NoVerb,
        explanation: if words.is_empty() {
            "no words".to_owned()
        } else {
            "no verb: no past participle closes the name and no verb starts it".to_owned()
        },
        verb: None,
        cue: None,
        suggestions: if words.is_empty() {
            Suggestions::default()
        } else {
            noun_suggestions(lex, words, false)
        },
        alternative: None,
    }
}
