//! The reading of a state reached: a subject and the state it is in (`FuelLow`,
//! `ParcelReadyForPickup`, `ProductWasOutOfStock`), announced (`OrderWillShip`), failed
//! (`CouldNotDeliverParcel`) or waited on (`OrderNeedsReview`).

use std::fmt::Write as _;

use super::said::{Said, quoted, text};
use crate::Verdict;
use crate::analysis::result::{Problem, Suggestions};
use crate::analysis::suggest::{join, pascal_name};
use crate::lexicon::Lex;
use crate::word_classes::{STATE_WORDS, WHEN_WORDS};
use crate::words::{Word, pascal};

/// Verbs and negations that link a subject to the state after them (`ProductWasOutOfStock`,
/// `SubmissionNotReadyToBeSigned`), named apart from the subject.
const LINKING_AUXILIARIES: &[&str] = &[
    "are", "been", "has", "have", "is", "not", "now", "was", "were",
];

/// Describes a state reached (`Reading::State`): `subject`, then the state at `state`;
/// `or_command`, whether the name reads as a command too.
pub(super) fn a_state(
    lex: &Lex<'_>,
    words: &[Word<'_>],
    subject: &[String],
    state: usize,
    or_command: bool,
) -> Said {
    let mut alternative = None;
    // The state with the words after it (`Ready For Pickup`, `Out Of Stock`); a state
    // alone (`Loading`) has its subject implied, as a participle alone has; the verbs
    // that link the subject to it are named apart (`ProductWasOutOfStock`).
    let phrase = quoted(words, &(state..words.len()).collect::<Vec<_>>());
    let linked = subject
        .iter()
        .rposition(|w| !LINKING_AUXILIARIES.contains(&w.to_lowercase().as_str()))
        .map_or(0, |i| i + 1);
    let announced = words[state].lower == "will"
        || (state + 2 == words.len()
            && words[state].lower.ends_with('s')
            && WHEN_WORDS.contains(&words[state + 1].lower.as_str()));
    let failed = words[state].lower == "could";
    // `OrderNeedsReview`, `PaymentIntentRequiresAction`: the subject waits on something.
    let waits = matches!(words[state].lower.as_str(), "needs" | "requires");
    // `SuccessfulMountVolume`: how an operation ended; asked for, it is the operation.
    let ended = state == 0
        && matches!(words[0].lower.as_str(), "successful" | "unsuccessful")
        && words
            .get(1)
            .is_some_and(|w| lex.imperative(&w.lower).is_some());
    let mut e = if failed {
        let who = if subject.is_empty() {
            String::new()
        } else {
            format!("subject \"{}\" + ", subject.join(" "))
        };
        format!("{who}\"{phrase}\": an attempt that failed, a fact")
    } else if announced {
        format!(
            "subject \"{}\" + \"{phrase}\": announced, about to happen, a fact",
            subject.join(" ")
        )
    } else if linked == 0 {
        format!("state \"{phrase}\" alone, its subject implied: a state reached, a fact")
    } else if linked < subject.len() {
        format!(
            "subject \"{}\" + \"{}\" + state \"{phrase}\": a state reached, a fact",
            subject[..linked].join(" "),
            subject[linked..].join(" ")
        )
    } else {
        format!(
            "subject \"{}\" + state \"{phrase}\": a state reached, a fact",
            subject.join(" ")
        )
    };
    if or_command {
        let _ = write!(
            e,
            " (or the imperative \"{}\" + object \"{}\": a request)",
            text(words, 0),
            quoted(words, &(1..words.len()).collect::<Vec<_>>()),
        );
        alternative = Some(Verdict::Command);
    }
    Said {
        verdict: Verdict::Event,
        problem: Problem::Reads(Verdict::Event),
        explanation: e,
        verb: None,
        cue: Some(phrase),
        suggestions: if failed {
            // Asked for, the attempt is its action: `CouldNotDeliverParcel` →
            // `DeliverParcel`.
            Suggestions {
                command: Some(pascal_name(&words[state + 2..])),
                ..Suggestions::default()
            }
        } else if ended {
            Suggestions {
                command: Some(pascal_name(&words[1..])),
                ..Suggestions::default()
            }
        } else if waits {
            waited_on(lex, words, subject, state)
        } else {
            reached(lex, words, subject, state, linked)
        },
        alternative,
    }
}

/// The names suggested for a subject that waits on something, the word at `state` (`Needs`,
/// `Requires`): asked for, what it waits on is done to it (`OrderNeedsReview` → `ReviewOrder`,
/// `OrderRequiresApproval` → `ApproveOrder`, when a verb or the noun of one alone follows); asked
/// about, `Does` it need it.
fn waited_on(lex: &Lex<'_>, words: &[Word<'_>], subject: &[String], state: usize) -> Suggestions {
    let after = &words[state + 1..];
    let verb = match after {
        [only] if lex.imperative(&only.lower).is_some() => Some(pascal(only.text)),
        [only] => Lex::nominalisation(&only.lower).map(pascal),
        _ => None,
    };
    let need = if words[state].lower == "needs" {
        "Need"
    } else {
        "Require"
    };
    Suggestions {
        command: verb.map(|v| format!("{v}{}", join(subject))),
        query: (!subject.is_empty())
            .then(|| format!("Does{}{need}{}", join(subject), pascal_name(after))),
        ..Suggestions::default()
    }
}

/// The names suggested for a state reached, the subject's first `linked` words linked to the
/// state at `state` by the rest. Asked about, the state is a yes-or-no question: `FuelLow` →
/// `IsFuelLow`; asked for, a state that no verb names is marked (`InvoiceOverdue` →
/// `MarkInvoiceOverdue`, as a wish for it is: `MarkUserActive`); one a verb names is done
/// (`SubscriptionComplete` → `CompleteSubscription`). The verbs that link the subject to its
/// state are left out (`ProductWasOutOfStock` → `IsProductOutOfStock`, `UserIsActive` →
/// `MarkUserActive`); `Not` is kept with the state it denies (`MarkOrderNotPaid`).
fn reached(
    lex: &Lex<'_>,
    words: &[Word<'_>],
    subject: &[String],
    state: usize,
    linked: usize,
) -> Suggestions {
    let negated = usize::from(words[state].lower == "not");
    let w = words.get(state + negated).map_or("", |w| w.lower.as_str());
    let marked = !subject.is_empty()
        && (STATE_WORDS.contains(&w) || (lex.adjective_only(w) && !w.ends_with("ing")));
    let core = format!(
        "{}{}",
        pascal_name(&words[..linked]),
        pascal_name(&words[state..])
    );
    // A participle alone after its linked subject is the verb's state: asked
    // for, the verb is done (`AccountIsFrozen` → `FreezeAccount`).
    let done = (linked > 0 && linked < subject.len() && state + 1 == words.len())
        .then(|| lex.past(w))
        .flatten()
        .map(|v| format!("{}{}", pascal(&v.base), pascal_name(&words[..linked])));
    // `ItemsAreOutOfStock` → `AreItemsOutOfStock`.
    let ask = if subject.iter().any(|w| w.eq_ignore_ascii_case("are")) {
        "Are"
    } else {
        "Is"
    };
    Suggestions {
        command: done.or_else(|| marked.then(|| format!("Mark{core}"))),
        query: Some(format!("{ask}{core}")),
        ..Suggestions::default()
    }
}
