//! The readings of a happening named without a past form: a subject and a verb (`PointerMove`),
//! a noun of an occurrence (`Heartbeat`, `PaymentFailure`), or an action and `Before`/`After`,
//! a lifecycle hook (`AfterCatalogueInitialize`).

use super::said::{Said, quoted, text};
use crate::Verdict;
use crate::analysis::result::{Problem, Suggestions};
use crate::analysis::suggest::pascal_name;
use crate::grammar::operation;
use crate::lexicon::{Lex, Verb};
use crate::word_classes::MOMENT_NOUNS;
use crate::words::{Word, pascal};

/// Describes a subject and `verb`, the last word (`Reading::Happening` with no operation).
pub(super) fn a_happening(words: &[Word<'_>], verb: &Verb) -> Said {
    let subject = words.len().saturating_sub(1);
    let the_subject = quoted(words, &(0..subject).collect::<Vec<_>>());
    let e = format!(
        "subject \"{the_subject}\" + verb \"{}\": a happening, named as UI and infrastructure events are",
        text(words, subject)
    );
    Said {
        verdict: Verdict::Event,
        problem: Problem::Reads(Verdict::Event),
        explanation: e,
        verb: Some(verb.lemma()),
        cue: Some(text(words, subject)),
        suggestions: Suggestions {
            command: Some(format!(
                "{}{}",
                pascal(&verb.lemma()),
                words[..subject]
                    .iter()
                    .map(|w| pascal(w.text))
                    .collect::<String>()
            )),
            ..Suggestions::default()
        },
        alternative: None,
    }
}

/// Describes a noun of an occurrence, the word at `head` (`Reading::Occurrence`).
pub(super) fn an_occurrence(lex: &Lex<'_>, words: &[Word<'_>], head: usize) -> Said {
    let noun = &words[head].lower;
    let act = Lex::nominalisation(noun);
    let explanation = match act {
        Some(verb) => format!(
            "no verb, but \"{}\" names the act of \"{verb}\" (WordNet derives the noun from the verb): an occurrence",
            text(words, head)
        ),
        None if MOMENT_NOUNS.contains(&noun.as_str()) => format!(
            "no verb, but \"{}\" names a moment \"{}\" reaches: a happening",
            text(words, head),
            quoted(words, &(0..head).collect::<Vec<_>>())
        ),
        None => format!(
            "no verb, but \"{}\" names an occurrence (WordNet files it under noun.event): a happening",
            text(words, head)
        ),
    };
    // Reported with a verb, the occurrence is its verb's participle after what it
    // happened to (`PaymentFailure` → `PaymentFailed`, `AddressChange` →
    // `AddressChanged`).
    let verb = act
        .map(str::to_owned)
        .or_else(|| lex.base(noun).map(|v| v.base));
    let event = verb.filter(|_| head + 1 == words.len()).map(|verb| {
        format!(
            "{}{}",
            pascal_name(&words[..head]),
            pascal(&lex.participle(&verb))
        )
    });
    Said {
        verdict: Verdict::Event,
        problem: Problem::Reads(Verdict::Event),
        explanation,
        verb: None,
        cue: Some(text(words, head)),
        // Asked for rather than reported, an occurrence is emitted: `EmitHeartbeat`.
        // `emit` takes any occurrence as object, and WordNet knows it only as a verb,
        // so it never reads as a subject (`RecordRuleChange` would be a happening).
        suggestions: Suggestions {
            event,
            // A moment that is a verb too is asked for with it (`SessionEnd`:
            // `EndSession`).
            command: Some(
                match lex
                    .base(noun)
                    .filter(|_| MOMENT_NOUNS.contains(&noun.as_str()))
                {
                    Some(v) => {
                        format!("{}{}", pascal(&v.base), pascal_name(&words[..head]))
                    }
                    None => format!("Emit{}", pascal_name(words)),
                },
            ),
            query: act.map(|_| format!("Get{}", pascal_name(words))),
        },
        alternative: None,
    }
}

/// Describes a lifecycle hook, `Before` or `After` at `edge` and the action (`Reading::Hook`).
pub(super) fn a_hook(lex: &Lex<'_>, words: &[Word<'_>], edge: usize) -> Said {
    let mut action: Vec<usize> = (0..words.len()).filter(|&i| i != edge).collect();
    // An action named as the operation object first (`AfterUserDeleteEvent`) is asked
    // for verb first: `DeleteUser`, not `UserDelete`.
    let action_words: Vec<Word<'_>> = action.iter().map(|&i| words[i].clone()).collect();
    if let Some((_, at)) = operation(lex, &action_words) {
        action[..=at].rotate_right(1);
    }
    Said {
        verdict: Verdict::Event,
        problem: Problem::Reads(Verdict::Event),
        explanation: format!(
            "\"{}\" + action \"{}\": a lifecycle hook, the event fired around the action",
            text(words, edge),
            quoted(words, &action)
        ),
        verb: None,
        cue: Some(text(words, edge)),
        // Asked for rather than hooked, the action is named alone (`LoadOrder`); it is
        // offered only when it passes.
        suggestions: Suggestions {
            command: Some(action.iter().map(|&i| pascal(words[i].text)).collect()),
            ..Suggestions::default()
        },
        alternative: None,
    }
}
