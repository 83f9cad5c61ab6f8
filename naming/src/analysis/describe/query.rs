//! The reading of a question: a question word first (`GetOrder`, `IsUserActive`) or `Exists`
//! last (`UserExists`).

use std::fmt::Write as _;

use super::said::{Said, text};
use crate::Verdict;
use crate::analysis::result::{Problem, Suggestions};
use crate::analysis::suggest::{join, pascal_name};
use crate::lexicon::{Lex, Verb};
use crate::word_classes::{is_preposition, plural};
use crate::words::Word;

/// Describes a question (`Reading::Query`): the question word at `cue`, its `verb` if any, and
/// the `object` asked about.
pub(super) fn a_question(
    lex: &Lex<'_>,
    words: &[Word<'_>],
    cue: usize,
    verb: Option<&Verb>,
    object: &[String],
) -> Said {
    let mut alternative = None;
    let mut e = if cue == 0 {
        format!("question word \"{}\" first: a question", text(words, cue))
    } else {
        format!("\"{}\" last: a question", text(words, cue))
    };
    // An imperative before what is to exist (`EnsureUserExists`,
    // `EnsureEntityDefinitionExistsCommand`) asks to make it so.
    if cue > 1
        && lex
            .imperative(&words[0].lower)
            .is_some_and(|v| !v.noun_leaning())
    {
        let _ = write!(e, " (or the imperative \"{}\": a request)", text(words, 0));
        alternative = Some(Verdict::Command);
    }
    let object_name = join(object);
    // A fact of a phrase (`FindByEmail`) is no `ByEmailFound`.
    let phrase = object
        .first()
        .is_some_and(|w| is_preposition(&w.to_lowercase()));
    // Things and what they underwent after the question verb are the fact already
    // (`ListOrdersShipped` → `OrdersShipped`, not `OrdersListed`).
    let underwent = cue == 0
        && (2..words.len())
            .any(|i| lex.past(&words[i].lower).is_some() && plural(&words[i - 1].lower));
    let fact = verb
        .filter(|_| !object_name.is_empty() && !phrase)
        .map(|v| {
            if underwent {
                return pascal_name(&words[1..]);
            }
            let participle = if v.base == "get" {
                "Retrieved".to_owned()
            } else {
                lex.participle_pascal(v)
            };
            format!("{object_name}{participle}")
        });
    Said {
        verdict: Verdict::Query,
        problem: Problem::Reads(Verdict::Query),
        explanation: e,
        verb: verb.map(Verb::lemma),
        cue: Some(text(words, cue)),
        suggestions: Suggestions {
            event: fact,
            command: None,
            query: None,
        },
        alternative,
    }
}
