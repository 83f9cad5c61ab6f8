//! Suggested names, one per kind, built from a clause (`object + verb + particle +
//! complement`) or from a name with no verb.

use super::result::Suggestions;
use crate::grammar::Clause;
use crate::lexicon::Lex;
use crate::words::{Word, pascal};

/// The words of a phrase as one name, each capitalised (`order` → `Order`, `HTTP` kept).
pub(super) fn join(parts: &[String]) -> String {
    let mut out = String::with_capacity(parts.iter().map(String::len).sum());
    for part in parts {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

pub(super) fn full_lemma(clause: &Clause) -> String {
    match &clause.particle {
        Some(p) => format!("{} {p}", clause.verb.lemma()),
        None => clause.verb.lemma(),
    }
}

pub(super) fn suggestions_from(lex: &Lex<'_>, clause: &Clause) -> Suggestions {
    let particle = clause.particle.as_deref().map(pascal).unwrap_or_default();
    // `get` has the fact `Retrieved`, as in rephrasing (`BatchGetItem` → `ItemBatchRetrieved`).
    let participle = if clause.verb.base == "get" && clause.verb.particle.is_none() {
        "Retrieved".to_owned()
    } else {
        lex.participle_pascal(&clause.verb)
    };
    let mut imperative = pascal(&clause.verb.lemma());
    imperative.push_str(&particle);
    let object = join(&clause.object);
    let complement = join(&clause.complement);
    // A verb of a state to be in puts the state after its past (`MarkTaskDone` →
    // `TaskMarkedDone`, `MarkDelivered` → `MarkedDelivered`), not after the object as a word
    // of it (`TaskDoneMarked`).
    let state_split = crate::word_classes::COMPLEMENT_VERBS.contains(&clause.verb.base.as_str())
        && clause.particle.is_none()
        && clause.object.last().is_some_and(|w| {
            // A past equal to its base is as much a noun (`PlaceBid`).
            let w = w.to_lowercase();
            (lex.past(&w).is_some() && !lex.base_equals_past(&w)) || lex.adjective_only(&w)
        });
    let event = match clause.object.split_last() {
        Some((state, thing)) if state_split => {
            let state = join(std::slice::from_ref(state));
            format!("{}{participle}{state}{complement}", join(thing))
        }
        _ => format!("{object}{participle}{particle}{complement}"),
    };
    Suggestions {
        // With no object, the participle alone is the fact, its subject implied (`Geotagged`).
        event: Some(event),
        command: Some(format!("{imperative}{object}{complement}")),
        // A phrase that says which ones stays (`EditQuoteForDates` → `GetQuoteForDates`); one
        // that says where to do it does not (`MoveItemToFolder` → `GetItem`).
        query: (!object.is_empty()).then(|| {
            let which = clause.complement.first().is_some_and(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "at" | "by" | "for" | "from" | "in" | "of" | "on" | "per" | "with"
                )
            });
            // An object that opens with `And` or `Or` joins the verb's word as a noun
            // (`TrustAndSafetyWeeklyReport` → `GetTrustAndSafetyWeeklyReport`).
            let joined = clause
                .object
                .first()
                .is_some_and(|w| matches!(w.to_lowercase().as_str(), "and" | "or"));
            match (joined, which) {
                (true, _) => format!("Get{imperative}{object}{complement}"),
                (false, true) => format!("Get{object}{complement}"),
                (false, false) => format!("Get{object}"),
            }
        }),
    }
}

/// The words written as one PascalCase name (`fuel`, `low` → `FuelLow`).
pub(super) fn pascal_name(words: &[Word<'_>]) -> String {
    words.iter().map(|w| pascal(w.text)).collect()
}

pub(super) fn noun_suggestions(lex: &Lex<'_>, words: &[Word<'_>], changed: bool) -> Suggestions {
    let name = pascal_name(words);
    // A word that is already a past form gets no `Created` after it (`placed`, not
    // `PlacedCreated`).
    let has_past = words.iter().any(|w| lex.past(&w.lower).is_some());
    let fact = if changed { "Changed" } else { "Created" };
    Suggestions {
        event: (!has_past).then(|| format!("{name}{fact}")),
        command: Some(format!("Create{name}")),
        query: Some(format!("Get{name}")),
    }
}
