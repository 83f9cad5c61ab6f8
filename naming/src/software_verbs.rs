//! Software verbs that WordNet 3.0 lacks, kept by hand.
//!
//! Each entry is a real word in everyday software use whose verb sense neither WordNet
//! (`index.verb`) nor LemmInflect lists and which the prefix rule (`un`/`re`/`de`/… + a known
//! verb) does not already derive (so `unassign`, `reindex`, `bookmark` are *not* here). The
//! second field is the phrasal verb a closed compound stands for (`login` = `log in`), or `""`;
//! such an entry is looked up before the generated lexicon, so `login` reads as `log in` even
//! though LemmInflect lists it. A unit test checks the list is sorted and that no plain entry is
//! in, or derivable from, the generated lexicon.

/// `(word, phrasal expansion or "")`, sorted by word.
pub(crate) static SOFTWARE_VERBS: &[(&str, &str)] = &[
    ("ack", ""),
    ("airdrop", ""),
    ("allowlist", ""),
    ("backfill", ""),
    ("backport", ""),
    ("backup", "back up"),
    ("blocklist", ""),
    ("cashout", "cash out"),
    ("checkin", "check in"),
    ("checkout", "check out"),
    ("checkpoint", ""),
    ("cleanup", "clean up"),
    ("crosspost", ""),
    ("decrement", ""),
    ("denylist", ""),
    ("downsample", ""),
    ("downvote", ""),
    ("enqueue", ""),
    ("failover", "fail over"),
    ("favorite", ""),
    ("favourite", ""),
    ("gamify", ""),
    ("geocode", ""),
    ("geotag", ""),
    ("hotfix", ""),
    ("livestream", ""),
    ("login", "log in"),
    ("logout", "log out"),
    ("lookup", "look up"),
    ("nack", ""),
    ("offboard", ""),
    ("onboard", ""),
    ("optin", "opt in"),
    ("optout", "opt out"),
    ("payout", "pay out"),
    ("pickup", "pick up"),
    ("ringfence", ""),
    ("rollback", "roll back"),
    ("screenshot", ""),
    ("setup", "set up"),
    ("shadowban", ""),
    ("shutdown", "shut down"),
    ("signin", "sign in"),
    ("signout", "sign out"),
    ("signup", "sign up"),
    ("sudo", ""),
    ("timebox", ""),
    ("timestamp", ""),
    ("tokenize", ""),
    ("topup", "top up"),
    ("transcode", ""),
    ("upsample", ""),
    ("upsell", ""),
    ("upsert", ""),
    ("upskill", ""),
    ("upvote", ""),
    ("waitlist", ""),
    ("whitelist", ""),
];

/// Verbs WordNet lists whose verb sense everyday software and business requests use
/// (`SortOrders`, `RouteShipment`, `FundLoan`, `BootVehicle`), though SemCor's prose hardly ever
/// tags them as verbs: the generated lexicon flags them `RARELY_VERB`, and without this list a
/// name they open would have no verb. Kept by hand and small, sorted; a unit test checks each is
/// so flagged. Words of the kind that name things in UI and infrastructure events (`mouse`,
/// `room`, `message`, `resource`, `account`: `MouseMotion`, `ResourceWriteFailure`) stay out.
pub(crate) static VERBS_IN_SOFTWARE_USE: &[&str] = &[
    "author", "boot", "bottle", "branch", "fund", "group", "host", "image", "portion", "profile",
    "route", "scope", "size", "sort", "source", "sum", "surface", "tail", "target", "task",
    "theme", "version",
];
