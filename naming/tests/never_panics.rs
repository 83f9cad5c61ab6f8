//! Any identifier Rust accepts, and any string at all, is read without a panic: the engine
//! never slices inside a multi-byte character.

use factum_naming::{
    Kind, Vocabulary, check, check_variant, check_wire_name, classify, classify_with, explain,
};
use proptest::prelude::*;

fn read_everything(name: &str, vocab: &Vocabulary) {
    let _ = classify(name);
    let _ = classify_with(name, vocab);
    let _ = explain(name, vocab);
    for kind in Kind::ALL {
        let _ = check(name, kind, vocab);
        let _ = check_wire_name(name, kind, vocab);
        let _ = check_variant(name, name, kind, vocab);
        let _ = check_variant("OrderEvent", name, kind, vocab);
    }
}

/// Identifier-like strings: words of ASCII and non-ASCII letters (2- and 3-byte UTF-8,
/// letters whose case mapping changes their length: `İ`, `ß`, `ǅ`), digits, underscores.
fn identifier() -> impl Strategy<Value = String> {
    "[A-Za-z_\u{00C0}-\u{00FF}\u{0130}\u{0131}\u{01C5}\u{4E00}-\u{4E20}\u{10400}-\u{10410}][A-Za-z0-9_\u{00C0}-\u{00FF}\u{0130}\u{0131}\u{01C5}\u{4E00}-\u{4E20}\u{10400}-\u{10410}]{0,30}"
}

/// Known words glued to non-ASCII pieces, so the lexicon paths (suffix stripping, `-ed`
/// forms, agent nouns, typos) see multi-byte text next to real words.
fn mixed() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("Order"),
        Just("Placed"),
        Just("Place"),
        Just("Shipper"),
        Just("Reset"),
        Just("Event"),
        Just("Did"),
        Just("Is"),
        Just("Low"),
        Just("X丸er"),
        Just("é"),
        Just("丸ed"),
        Just("İed"),
        Just("ßer"),
        Just("V2"),
        Just("_"),
    ];
    proptest::collection::vec(word, 0..6).prop_map(|w| w.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn identifiers_never_panic(name in identifier()) {
        read_everything(&name, &Vocabulary::default());
    }

    #[test]
    fn mixed_words_never_panic(name in mixed()) {
        let vocab = Vocabulary::parse("verb frobnicate\nnoun order\nverb shut shut\n").unwrap();
        read_everything(&name, &vocab);
        read_everything(&name, &Vocabulary::default());
    }

    #[test]
    fn any_string_never_panics(name in "\\PC{0,24}") {
        read_everything(&name, &Vocabulary::default());
    }
}

#[test]
fn the_issue_example_does_not_panic() {
    read_everything("OrderX丸er", &Vocabulary::default());
    read_everything("ÜberShipper丸", &Vocabulary::default());
}
