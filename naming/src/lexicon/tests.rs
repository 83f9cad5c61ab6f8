//! Tests of the lexicon: its tables sorted and looked up right, the software verbs kept out of the
//! generated lexicon, and the past forms and participles it finds.

use super::*;

fn lex() -> Lex<'static> {
    static EMPTY: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
    Lex {
        vocab: EMPTY.get_or_init(Vocabulary::default),
    }
}

#[test]
fn tables_are_sorted() {
    assert!(VERBS.windows(2).all(|w| w[0].0 < w[1].0));
    assert!(PHRASAL.windows(2).all(|w| w[0] < w[1]));
    assert!(IRREGULAR.windows(2).all(|w| w[0] < w[1]));
    assert!(PARTICIPLES.windows(2).all(|w| w[0] < w[1]));
    assert!(PREFIXED_NOUNS.windows(2).all(|w| w[0] < w[1]));
    assert!(SOFTWARE_VERBS.windows(2).all(|w| w[0].0 < w[1].0));
    assert!(BASE_EQUALS_PAST.windows(2).all(|w| w[0] < w[1]));
    let adjectives: Vec<&str> = ADJECTIVES.lines().collect();
    assert!(adjectives.windows(2).all(|w| w[0] < w[1]));
    assert!(adjectives.len() > 10_000);
    for (i, a) in adjectives.iter().enumerate() {
        assert!(sorted_lines_contain(ADJECTIVES, a), "{a}");
        // Between two entries and past both ends: not found.
        let probe = format!("{a}a");
        if adjectives.get(i + 1) != Some(&probe.as_str()) {
            assert!(!sorted_lines_contain(ADJECTIVES, &probe), "{probe}");
        }
    }
    assert!(!sorted_lines_contain(ADJECTIVES, ""));
    assert!(!sorted_lines_contain(ADJECTIVES, "zzzz"));
    assert!(!sorted_lines_contain(ADJECTIVES, "丸"));
    let event_nouns: Vec<&str> = EVENT_NOUNS.lines().collect();
    assert!(event_nouns.windows(2).all(|w| w[0] < w[1]));
    assert!(event_nouns.len() > 500);
    for noun in ["heartbeat", "change", "click", "crash"] {
        assert!(Lex::event_noun(noun), "{noun}");
    }
    for noun in ["order", "customer", "status", "voltage"] {
        assert!(!Lex::event_noun(noun), "{noun}");
    }
    let nominalisations: Vec<&str> = NOMINALISATIONS.lines().collect();
    assert!(nominalisations.windows(2).all(|w| w[0] < w[1]));
    assert!(nominalisations.len() > 2_000);
    for (noun, verb) in [
        ("withdrawal", "withdraw"),
        ("failure", "fail"),
        ("submission", "submit"),
        ("completion", "complete"),
        ("abandonment", "abandon"),
        ("withdrawals", ""),
    ] {
        assert_eq!(Lex::nominalisation(noun).unwrap_or(""), verb, "{noun}");
    }
    // Verbs keep their own readings; a thing is no act.
    for noun in [
        "change", "order", "status", "item", "task", "gesture", "zzzz", "",
    ] {
        assert_eq!(Lex::nominalisation(noun), None, "{noun}");
    }
    let person_nouns: Vec<&str> = PERSON_NOUNS.lines().collect();
    assert!(person_nouns.windows(2).all(|w| w[0] < w[1]));
    assert!(person_nouns.len() > 5_000);
    for noun in [
        "user",
        "customer",
        "driver",
        "manager",
        "admin",
        "administrator",
    ] {
        assert!(Lex::person_noun(noun), "{noun}");
    }
    for noun in ["pointer", "system", "order", "service", "dev"] {
        assert!(!Lex::person_noun(noun), "{noun}");
    }
    let ing_nouns: Vec<&str> = ING_NOUNS.lines().collect();
    assert!(ing_nouns.windows(2).all(|w| w[0] < w[1]));
    assert!(ing_nouns.iter().all(|n| n.ends_with("ing")));
    for noun in ["shipping", "greeting", "billing", "writing"] {
        assert!(Lex::ing_noun(noun), "{noun}");
    }
    for form in ["retrieving", "forgetting", "uploading"] {
        assert!(!Lex::ing_noun(form), "{form}");
    }
    let ed_nouns: Vec<&str> = ED_NOUNS.lines().collect();
    assert!(ed_nouns.windows(2).all(|w| w[0] < w[1]));
    assert!(ed_nouns.iter().all(|n| n.len() >= 6 && n.ends_with("ed")));
    for noun in ["hundred", "seabed", "watershed"] {
        assert!(lex().guessed_past(noun).is_none(), "{noun}");
    }
    for form in ["stickied", "deplatformed", "crossposted"] {
        assert!(lex().guessed_past(form).is_some(), "{form}");
    }
    let ly_nouns: Vec<&str> = LY_NOUNS.lines().collect();
    assert!(ly_nouns.windows(2).all(|w| w[0] < w[1]));
    assert!(ly_nouns.iter().all(|n| n.len() > 4 && n.ends_with("ly")));
    for noun in ["anomaly", "family", "assembly", "supply"] {
        assert!(!crate::word_classes::is_adverb(noun), "{noun}");
    }
    for adverb in ["quickly", "weekly", "daily", "automatically"] {
        assert!(crate::word_classes::is_adverb(adverb), "{adverb}");
    }
}

#[test]
fn software_verbs_are_not_in_the_lexicon() {
    for &(word, expansion) in SOFTWARE_VERBS {
        // A closed phrasal compound (`login` = `log in`) overrides the lexicon's entry.
        if !expansion.is_empty() {
            continue;
        }
        assert!(
            VERBS.binary_search_by(|&(k, _)| k.cmp(word)).is_err(),
            "{word} is in the generated lexicon"
        );
        let derivable = PREFIXES.iter().any(|p| {
            word.strip_prefix(p)
                .is_some_and(|s| s.len() >= 3 && VERBS.binary_search_by(|&(k, _)| k.cmp(s)).is_ok())
        });
        assert!(!derivable, "{word} is derivable by prefix");
    }
}

#[test]
fn verbs_in_software_use_are_flagged_rarely_verb() {
    assert!(
        VERBS_IN_SOFTWARE_USE.windows(2).all(|w| w[0] < w[1]),
        "not sorted"
    );
    for &word in VERBS_IN_SOFTWARE_USE {
        let flags = VERBS
            .binary_search_by(|&(k, _)| k.cmp(word))
            .map(|i| VERBS[i].1);
        assert!(
            flags.is_ok_and(|f| f & RARELY_VERB != 0),
            "{word} is no verb the lexicon flags RARELY_VERB"
        );
        assert!(
            lex().imperative(word).is_some(),
            "{word} opens no imperative"
        );
    }
}

#[test]
fn morphology() {
    let l = lex();
    for (form, base) in [
        ("placed", "place"),
        ("failed", "fail"),
        ("shipped", "ship"),
        ("cancelled", "cancel"),
        ("canceled", "cancel"),
        ("applied", "apply"),
        ("picnicked", "picnic"),
        ("withdrawn", "withdraw"),
        ("withdrew", "withdraw"),
        ("sent", "send"),
        ("paid", "pay"),
        ("reset", "reset"),
        ("embedded", "embed"),
        ("unpublished", "unpublish"),
        ("reassigned", "reassign"),
        ("upserted", "upsert"),
        ("rose", "rise"),
        ("grew", "grow"),
        ("went", "go"),
        ("fell", "fall"),
        ("drew", "draw"),
        ("bookmarked", "bookmark"),
        ("unbookmarked", "unbookmark"),
        ("upvoted", "upvote"),
        ("cost", "cost"),
        ("bid", "bid"),
        ("resent", "resend"),
        ("upsold", "upsell"),
        ("timedout", "time"),
        ("loggedin", "log"),
    ] {
        assert_eq!(
            l.past(form).map(|v| v.base),
            Some(base.to_owned()),
            "{form}"
        );
    }
    for word in [
        "feed", "need", "seed", "speed", "bleed", "breed", "order", "red", "bed", "debit",
        "speedup", "feedback",
    ] {
        assert_eq!(l.past(word).map(|v| v.base), None, "{word}");
    }
    for (base, participle) in [
        ("place", "placed"),
        ("ship", "shipped"),
        ("apply", "applied"),
        ("withdraw", "withdrawn"),
        ("begin", "begun"),
        ("send", "sent"),
        ("reset", "reset"),
        ("unassign", "unassigned"),
        ("upsert", "upserted"),
        ("play", "played"),
        ("geotag", "geotagged"),
        ("upvote", "upvoted"),
        ("run", "run"),
        ("rerun", "rerun"),
    ] {
        assert_eq!(l.participle(base), participle);
    }
}
