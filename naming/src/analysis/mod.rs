//! Reading a name: [`classify`] and [`classify_with`] turn the grammar's reading into an
//! [`Analysis`] (verdict, explanation, suggestions).
//!
//! `result` holds what a reading yields, `suggest` builds suggested names from a clause,
//! `describe` says what the grammar's reading gives (one file per family of readings), `head`
//! finds a kind word heading the name, `object_word` tells a kind word that is an object from a
//! suffix, and `classify` weighs the reading against the kind words closing the name into the
//! [`Analysis`]; dependencies run one way, `classify` → `head`, `object_word`, `describe` →
//! `suggest` → `result`. `rephrase`
//! rebuilds a name's words for another kind, for an error (`crate::check`) whose reading gave
//! no suggestion that passes; it depends on `result` only.

mod classify;
mod describe;
mod head;
mod object_word;
mod rephrase;
mod result;
mod suggest;

pub use classify::{classify, classify_with};
pub(crate) use rephrase::{clear_verb, clearer_verb_after, rephrasings};
pub use result::{Analysis, Suggestions};
pub(crate) use result::{
    HAPPENING, HEAD_NOUN, HOOK, KIND_WORD, OCCURRENCE, PARTICIPLE, PROGRESSIVE, Problem,
    SIMPLE_PAST, STATE, SUFFIX,
};
