//! The particles and verb prefixes of English morphology that both the classifier and the
//! lexicon generator (`xtask/src/lexicon.rs`, which includes this file) rely on: one list, no
//! copy to keep in step.

/// Particles of phrasal verbs (`log in`, `check out`, `back up`).
pub const PARTICLES: &[&str] = &[
    "away", "back", "down", "in", "off", "on", "out", "over", "through", "up",
];

/// Prefixes stripped to find a known verb (`unassign` = `un` + `assign`, `reopen`).
pub const PREFIXES: &[&str] = &[
    "auto", "co", "de", "dis", "mis", "over", "pre", "re", "un", "under",
];
