//! The operation named object first, as CRUD code names its commands: `PostCreate`,
//! `CategoryDelete`, `AccountAddressCreate`, `ArticleDeleteAll`.

use crate::affixes::PREFIXES;
use crate::lexicon::{Lex, Verb};
use crate::word_classes::{AUXILIARIES, CRUD_VERBS, QUANTIFIERS, is_preposition};
use crate::words::Word;

/// Nouns, then `Create` or `Delete` (WordNet knows them only as verbs), then maybe a
/// quantifier (`DeleteAll`): the verb and its index. The words before it are its object: no
/// preposition, auxiliary or past form among them.
pub(crate) fn operation(lex: &Lex<'_>, words: &[Word<'_>]) -> Option<(Verb, usize)> {
    let n = words.len();
    // Cheap tests first: most names end in no such verb.
    let at = if n >= 3 && QUANTIFIERS.contains(&words[n - 1].lower.as_str()) {
        n - 2
    } else {
        n.checked_sub(1)?
    };
    if at == 0 || !CRUD_VERBS.contains(&words[at].lower.as_str()) {
        return None;
    }
    // A prefix written apart makes the verb (`ReCreate`) or a hook (`PreDelete`), no object.
    let object_only = words[..at].iter().all(|w| {
        let w = w.lower.as_str();
        !is_preposition(w)
            && !AUXILIARIES.contains(&w)
            && !PREFIXES.contains(&w)
            && lex.past(w).is_none()
    });
    if !object_only {
        return None;
    }
    Some((lex.base(&words[at].lower)?, at))
}
