//! The readings of a fact that a verb's past form reports: a past participle or a simple past
//! after its subject (`OrderPlaced`, `ShopperPlacedBasket`), `Did` and a verb (`TokenDidExpire`),
//! an `-ing` form (`RetrievingKey`), a participle alone (`Renewed`) or before its subject
//! (`FailedPayment`).

use std::fmt::Write as _;

use super::said::{Said, quoted, text};
use crate::Verdict;
use crate::analysis::result::{Problem, Suggestions};
use crate::analysis::suggest::{full_lemma, join, suggestions_from};
use crate::grammar::{Clause, EventForm, modifies_verb};
use crate::lexicon::Lex;
use crate::word_classes::{ADVERBS, manner_adverb};
use crate::words::{Word, pascal};

/// The words before a verb at `end`: its subject, and the adverbs that modify the verb named
/// apart (`BookingFullyPaid`: subject "Booking" + adverb "Fully"; `FullyNegotiatedInbound`:
/// adverb "Fully" alone, the subject implied).
fn subject_and_adverbs(lex: &Lex<'_>, words: &[Word<'_>], end: usize) -> String {
    let start = (0..end)
        .rev()
        .take_while(|&i| {
            ADVERBS.contains(&words[i].lower.as_str()) || manner_adverb(lex, &words[i].lower)
        })
        .last()
        .unwrap_or(end);
    let subject = quoted(words, &(0..start).collect::<Vec<_>>());
    let adverbs = quoted(words, &(start..end).collect::<Vec<_>>());
    match (subject.is_empty(), adverbs.is_empty()) {
        (_, true) => format!("subject \"{subject}\""),
        (true, false) => format!("adverb \"{adverbs}\" (its subject implied)"),
        (false, false) => format!("subject \"{subject}\" + adverb \"{adverbs}\""),
    }
}

/// Describes an event (`Reading::Event`): `clause` with the past form at `participle`, the
/// auxiliaries at `aux`, read as `form`.
pub(super) fn an_event(
    lex: &Lex<'_>,
    words: &[Word<'_>],
    clause: &Clause,
    participle: usize,
    aux: &[usize],
    form: EventForm,
) -> Said {
    let subject = clause.object.join(" ");
    let lemma = clause.verb.lemma();
    let mut e = match form {
        EventForm::Alone => format!(
            "past participle \"{}\" (of \"{lemma}\") alone, its subject implied",
            text(words, participle)
        ),
        EventForm::Did => format!(
            "subject \"{subject}\" + \"{}\" + verb \"{}\"",
            quoted(words, aux),
            text(words, participle)
        ),
        EventForm::WithObject => format!(
            "{} + simple past \"{}\" (of \"{lemma}\")",
            subject_and_adverbs(lex, words, participle),
            text(words, participle)
        ),
        EventForm::Progressive => {
            format!("-ing form \"{}\" (of \"{lemma}\")", text(words, participle))
        }
        EventForm::Closing if aux.is_empty() => format!(
            "{} + past participle \"{}\" (of \"{lemma}\")",
            subject_and_adverbs(lex, words, participle),
            text(words, participle)
        ),
        EventForm::Closing => format!(
            "subject \"{subject}\" + auxiliary \"{}\" + past participle \"{}\" (of \"{lemma}\")",
            quoted(words, aux),
            text(words, participle)
        ),
    };
    if let Some(p) = &clause.particle {
        let _ = write!(e, " + particle \"{}\"", pascal(p));
    }
    if !clause.complement.is_empty() {
        let what = if form == EventForm::Progressive {
            "object"
        } else if form == EventForm::WithObject {
            "rest"
        } else {
            "complement"
        };
        let _ = write!(e, " + {what} \"{}\"", clause.complement.join(" "));
    }
    e.push_str(if form == EventForm::Progressive {
        ": an action in progress, a fact"
    } else {
        ": a fact in the past tense"
    });
    let s = match form {
        EventForm::WithObject | EventForm::Did | EventForm::Progressive => Suggestions {
            // `ShopperPlacedBasket` → `ShopperPlaceBasket` would not read well: the
            // command form names the verb and what follows it.
            command: Some(format!(
                "{}{}",
                pascal(&clause.verb.lemma()),
                join(&clause.complement)
            )),
            ..Suggestions::default()
        },
        _ => {
            let mut s = suggestions_from(lex, clause);
            // A subject's last word that modifies the participle (`UserHardDeleted`,
            // `OrderPartiallyRefunded`) comes before the imperative: `HardDeleteUser`.
            if let [subject @ .., modifier] = clause.object.as_slice()
                && !subject.is_empty()
                && modifies_verb(lex, &modifier.to_lowercase(), &clause.verb.base)
            {
                let tail = format!(
                    "{}{}",
                    clause.particle.as_deref().map(pascal).unwrap_or_default(),
                    join(&clause.complement)
                );
                s.command = Some(format!(
                    "{}{}{}{tail}",
                    pascal(modifier),
                    pascal(&clause.verb.lemma()),
                    join(subject)
                ));
            }
            s
        }
    };
    Said {
        verdict: Verdict::Event,
        problem: Problem::Reads(Verdict::Event),
        explanation: e,
        verb: Some(full_lemma(clause)),
        cue: Some(text(words, participle)),
        suggestions: s,
        alternative: None,
    }
}

/// Describes a participle used as an adjective before its subject (`Reading::Adjectival`).
pub(super) fn an_adjectival_participle(lex: &Lex<'_>, words: &[Word<'_>], clause: &Clause) -> Said {
    Said {
        verdict: Verdict::Event,
        problem: Problem::Reads(Verdict::Event),
        explanation: if clause.object.is_empty() {
            // No subject after it (`CheckedIn`, `FailedToReadMessage`): it is implied.
            format!(
                "past participle \"{}\" (of \"{}\") + \"{}\", its subject implied: a fact",
                text(words, 0),
                clause.verb.lemma(),
                quoted(words, &(1..words.len()).collect::<Vec<_>>())
            )
        } else {
            format!(
                "past participle \"{}\" (of \"{}\") before its subject \"{}\": a fact (`AddedAsset` = asset added)",
                text(words, 0),
                clause.verb.lemma(),
                clause.object.join(" ")
            )
        },
        verb: Some(full_lemma(clause)),
        cue: Some(text(words, 0)),
        suggestions: suggestions_from(lex, clause),
        alternative: None,
    }
}
