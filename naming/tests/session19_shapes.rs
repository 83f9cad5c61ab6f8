//! Shapes of session 19, found in 1,032 names of 24 business areas written blind by four
//! helpers (sets BP to BS of `data/blind_names.txt`) and in what earlier sets still rejected.

use factum_naming::Kind;

include!("data/derives.rs");

/// A question verb before a noun that is seldom a verb (`SemCor`) is an imperative too, which the
/// `Command` derive accepts as it does `SelectSupplier`; a word often a verb after it stays a
/// question.
#[test]
fn a_question_verb_before_a_noun_is_a_request_too() {
    passes(
        Kind::Command,
        &[
            "SelectCraneConfiguration",
            "GetQuote",
            "FindDuplicateInvoices",
        ],
    );
    passes(Kind::Query, &["SelectCraneConfiguration", "GetQuote"]);
    fails(Kind::Command, &["CheckChangeTicks", "GetOrderQuery"]);
}
