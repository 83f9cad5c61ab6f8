//! The nouns WordNet derives from a verb that name the verb's act or what it brings about
//! (`withdrawal` of `withdraw`, `failure` of `fail`, `completion` of `complete`): a name with no
//! verb whose last word is one names an occurrence (`AccountWithdrawal`, `PaymentFailure`), and
//! the naming crate suggests the verb's participle for it (`PaymentFailed`).
//!
//! Read from `index.noun`, `data.noun` and `data.verb`: a one-word noun that is no verb itself
//! (a verb keeps its own readings: `change`, `push`), one of whose two most frequent senses is
//! filed under `noun.act`, `noun.event`, `noun.process` or `noun.phenomenon` and has a
//! derivational pointer (`+`) from this word to a verb. The verb is the pointer's target word
//! that shares the longest beginning with the noun, at least three letters (`gesture` points to
//! `gesticulate` too); one-word verbs of the lexicon only.

use std::collections::{BTreeMap, BTreeSet};

/// Lexicographer files of an act or a happening (`lexnames`: `noun.act`, `noun.event`,
/// `noun.phenomenon`, `noun.process`).
const OCCURRENCE_FILES: [&str; 4] = ["04", "11", "19", "22"];

/// How many of a noun's most frequent senses may name the act: two, so that `withdrawal` and
/// `submission` count (their first sense, a retraction and a proposal, is filed under
/// `noun.communication`; the second is the act).
const SENSES: usize = 2;

/// A `+` pointer of a noun sense to a verb: the noun's word number in its synset (0: all),
/// the verb synset's offset and the verb's word number in it.
type ToVerb<'a> = (usize, &'a str, usize);

/// `(noun, verb)` pairs, sorted by noun.
pub(super) fn nominalisations<'a>(
    index_noun: &'a str,
    data_noun: &str,
    data_verb: &'a str,
    verbs: &BTreeSet<&str>,
) -> BTreeMap<&'a str, &'a str> {
    // `data.verb` lines: `offset lex_filenum ss_type w_cnt word lex_id …` (w_cnt in hex).
    let verb_words: BTreeMap<&str, Vec<&str>> = data_verb
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| {
            let fields: Vec<&str> = l.split(' ').collect();
            let count = usize::from_str_radix(fields.get(3)?, 16).ok()?;
            let words = (0..count).filter_map(|i| fields.get(4 + 2 * i).copied());
            Some((*fields.first()?, words.collect()))
        })
        .collect();
    // `data.noun` lines of an occurrence's file: offset → (words, `+` pointers to verbs as
    // (source word number, target synset, target word number)).
    let mut senses: BTreeMap<&str, (Vec<String>, Vec<ToVerb<'_>>)> = BTreeMap::new();
    for line in data_noun.lines().filter(|l| !l.starts_with(' ')) {
        let fields: Vec<&str> = line.split(' ').collect();
        let (Some(&offset), Some(file), Some(count)) =
            (fields.first(), fields.get(1), fields.get(3))
        else {
            continue;
        };
        if !OCCURRENCE_FILES.contains(file) {
            continue;
        }
        let Ok(count) = usize::from_str_radix(count, 16) else {
            continue;
        };
        let words = (0..count)
            .filter_map(|i| fields.get(4 + 2 * i))
            .map(|w| w.to_lowercase())
            .collect();
        let at = 4 + 2 * count;
        let Some(pointers) = fields.get(at).and_then(|p| p.parse::<usize>().ok()) else {
            continue;
        };
        let mut to_verbs = Vec::new();
        for i in 0..pointers {
            let p = &fields[(at + 1 + 4 * i).min(fields.len())..];
            if let [symbol, target, pos, words, ..] = p
                && *symbol == "+"
                && *pos == "v"
                && words.len() == 4
                && let (Ok(source), Ok(dest)) = (
                    usize::from_str_radix(&words[..2], 16),
                    usize::from_str_radix(&words[2..], 16),
                )
            {
                to_verbs.push((source, *target, dest));
            }
        }
        senses.insert(offset, (words, to_verbs));
    }
    let mut out = BTreeMap::new();
    for (noun, offsets) in index_noun.lines().filter_map(super::noun_senses) {
        if !super::is_word(noun) || verbs.contains(noun) {
            continue;
        }
        let offsets = offsets.iter().take(SENSES);
        let verb = offsets
            .filter_map(|offset| senses.get(offset))
            .find_map(|(words, to_verbs)| {
                let number = words.iter().position(|w| w == noun)? + 1;
                to_verbs
                    .iter()
                    .filter(|(source, ..)| *source == 0 || *source == number)
                    .filter_map(|(_, target, dest)| {
                        verb_words.get(target)?.get(dest.checked_sub(1)?).copied()
                    })
                    .filter(|v| super::is_word(v) && verbs.contains(v))
                    .map(|v| (common_start(noun, v), v))
                    .filter(|&(shared, _)| shared >= 3)
                    .max_by_key(|&(shared, v)| (shared, std::cmp::Reverse(v.len())))
                    .map(|(_, v)| v)
            });
        if let Some(verb) = verb {
            out.insert(noun, verb);
        }
    }
    out
}

/// How many letters `a` and `b` share at their start.
fn common_start(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::common_start;

    #[test]
    fn the_verb_shares_the_nouns_beginning() {
        assert_eq!(common_start("withdrawal", "withdraw"), 8);
        assert_eq!(common_start("failure", "fail"), 4);
        assert_eq!(common_start("gesture", "move"), 0);
    }
}
