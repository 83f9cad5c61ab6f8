//! The particles, verb prefixes and default participle of English morphology that both the
//! classifier and the lexicon generator (`xtask/src/lexicon.rs`, which includes this file) rely
//! on: one copy, none to keep in step.

/// Particles of phrasal verbs (`log in`, `check out`, `back up`).
pub const PARTICLES: &[&str] = &[
    "apart", "aside", "away", "back", "down", "in", "off", "on", "out", "over", "through", "up",
];

/// Prefixes stripped to find a known verb (`unassign` = `un` + `assign`, `reopen`).
pub const PREFIXES: &[&str] = &[
    "auto", "co", "de", "dis", "mis", "over", "pre", "re", "un", "under",
];

/// The participle of a verb no table lists: `+d` after `e` (`placed`), `y` → `ied` after a
/// consonant (`applied`), else `+ed` (`failed`). The generator lists every verb of its tables
/// this would inflect wrongly.
pub fn regular_participle(base: &str) -> String {
    if base.ends_with('e') {
        format!("{base}d")
    } else if let Some(stem) = base.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        format!("{stem}ied")
    } else {
        format!("{base}ed")
    }
}
