//! Software verbs that WordNet 3.0 lacks, kept by hand.
//!
//! Each entry is a real word in everyday software use whose verb sense WordNet does not list
//! (`index.verb`) and which the prefix rule (`un`/`re`/`de`/… + a WordNet verb) does not
//! already derive (so `unassign`, `reindex`, `unsubscribe` are *not* here). The second field is
//! the phrasal verb a closed compound stands for (`login` = `log in`), or `""`. A unit test
//! checks the list is sorted and that no entry is derivable from WordNet.

/// `(word, phrasal expansion or "")`, sorted by word.
pub(crate) static SOFTWARE_VERBS: &[(&str, &str)] = &[
    ("allowlist", ""),
    ("backfill", ""),
    ("blocklist", ""),
    ("bookmark", ""),
    ("checkin", "check in"),
    ("checkout", "check out"),
    ("denylist", ""),
    ("downvote", ""),
    ("enqueue", ""),
    ("geocode", ""),
    ("geotag", ""),
    ("login", "log in"),
    ("logout", "log out"),
    ("offboard", ""),
    ("onboard", ""),
    ("screenshot", ""),
    ("signin", "sign in"),
    ("signout", "sign out"),
    ("signup", "sign up"),
    ("timestamp", ""),
    ("tokenize", ""),
    ("upsert", ""),
    ("upvote", ""),
    ("whitelist", ""),
];

/// Verbs whose past participle equals the base form (`reset`, `put`), kept by hand because
/// WordNet's `verb.exc` only lists forms that differ from the base. Prefixed forms (`reset` =
/// `re` + `set`, `preset`, `upset`…) are derived. Whether such a word is a participle is decided
/// by its position: last (before any complement) it is a participle (`PasswordReset`), first it
/// is an imperative (`ResetPassword`).
pub(crate) static BASE_EQUALS_PAST: &[&str] = &[
    "bet",
    "bid",
    "broadcast",
    "burst",
    "cast",
    "cost",
    "cut",
    "fit",
    "forecast",
    "hit",
    "hurt",
    "input",
    "let",
    "offset",
    "output",
    "put",
    "quit",
    "read",
    "rid",
    "set",
    "shed",
    "shut",
    "slit",
    "split",
    "spread",
    "thrust",
    "upset",
    "wed",
    "wet",
];
