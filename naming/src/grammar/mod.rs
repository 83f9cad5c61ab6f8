//! The grammar: which reading a sequence of words supports.
//!
//! Depends on the lexicon (`lexicon.rs`), the closed word classes (`word_classes.rs`) and the
//! word list (`words.rs`); nothing depends back.
//!
//! One reading per file: `event` (a fact in the past), `state` (a state reached), `progressive`
//! (an action in progress, `RetrievingKey`), `happening`
//! (a subject and a verb, or a noun of an occurrence), `actor` (a person, then a command:
//! `UserChangePassword`), `operation` (the object, then `Create` or `Delete`: `PostCreate`),
//! `command` (a verb first, else a noun);
//! `read` tries them in order, and `fact_or_request` decides between an event and a command
//! reading of the same words. The readings share the types of
//! `reading` and the word-splitting helpers of `phrase`; dependencies run one way, from `read`
//! to the readings to those two.

mod actor;
mod command;
mod event;
mod fact_or_request;
mod happening;
mod operation;
mod phrase;
mod progressive;
mod read;
mod reading;
mod sends;
mod state;

pub(crate) use command::modifies_verb;
pub(crate) use operation::operation;
pub(crate) use phrase::texts;
pub(crate) use read::read;
pub(crate) use reading::{Clause, CueKind, EventForm, Reading};
pub(crate) use sends::sends_event;
pub(crate) use state::progressive_verb;
