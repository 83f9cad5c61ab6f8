//! Reading a name: [`classify`] and [`classify_with`] turn the grammar's reading into an
//! [`Analysis`] (verdict, explanation, suggestions).
//!
//! `result` holds what a reading yields, `suggest` builds suggested names from a clause, and
//! `classify` turns the grammar's reading into the [`Analysis`]; dependencies run one way, from
//! `classify` to the other two.

mod classify;
mod result;
mod suggest;

pub use classify::{classify, classify_with};
pub(crate) use result::{OCCURRENCE, Problem};
pub use result::{Analysis, Suggestions};
