//! Lookups in the generated lexicon (WordNet and LemmInflect), the software verbs and a user
//! [`Vocabulary`], and the English verb morphology built on them.

use crate::affixes::{PARTICLES, PREFIXES, regular_participle};
use crate::generated::lexicon::{
    ADJECTIVES, BASE_EQUALS_PAST, ED_NOUNS, EVENT_NOUNS, ING_NOUNS, IRREGULAR, LY_NOUNS,
    NOMINALISATIONS, NOUN, NOUN_ADJECTIVES, NOUN_COMPOUNDS, NOUN_LEANING, OFTEN_VERB, PARTICIPLES,
    PAST_LEADS, PERSON_NOUNS, PHRASAL, PREFIXED_NOUNS, RARELY_VERB, VERB_LEANING, VERBS,
};
use crate::software_verbs::{SOFTWARE_VERBS, VERBS_IN_SOFTWARE_USE};
use crate::vocabulary::Vocabulary;
use crate::words::pascal;

/// The base form a regular past most likely has, from the stem before its `-ed` (ASCII):
/// `stickied` → `sticky`, `geofenced` → `geofence`, `frobnicated` → `frobnicate`, `pinged` →
/// `ping`, `deplatformed` → `deplatform`.
/// A word no table knows, of seven letters or more, ending in `-ize` (`anonymize`,
/// `deanonymize`, `containerize`): English makes verbs with that suffix, not nouns (the nouns
/// in `-ize`, `size`, `prize`, are short and known), so it is guessed a verb, known only as one.
fn guessed_ize(w: &str) -> Option<Verb> {
    (w.len() >= 7 && w.is_ascii() && w.ends_with("ize")).then(|| Verb::plain(w, 0))
}

pub(crate) fn guessed_base(stem: &str) -> String {
    if let Some(y) = stem.strip_suffix('i') {
        return format!("{y}y");
    }
    // A doubled final consonant is the spelling of the past (`snapshotted` → `snapshot`).
    let b = stem.as_bytes();
    if b.len() >= 4
        && b[b.len() - 1] == b[b.len() - 2]
        && matches!(
            b[b.len() - 1],
            b'b' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
        )
    {
        return stem[..stem.len() - 1].to_owned();
    }
    let e_drop = ["at", "c", "g", "iz", "is", "v", "u", "ur", "bl", "pl", "tl"]
        .iter()
        .any(|end| stem.ends_with(end))
        && !stem.ends_with("ng");
    if e_drop {
        format!("{stem}e")
    } else {
        stem.to_owned()
    }
}

/// A verb lemma: the base form (lowercase) and, for phrasal verbs, the particle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Verb {
    /// Base form, e.g. `place`, `unassign`, `log`.
    pub base: String,
    /// Particle of a phrasal verb written as one word (`login` → `in`).
    pub particle: Option<&'static str>,
    /// Flags from WordNet ([`NOUN`], [`NOUN_LEANING`]); 0 for software and user verbs.
    pub flags: u8,
}

impl Verb {
    fn plain(base: &str, flags: u8) -> Verb {
        Verb {
            base: base.to_owned(),
            particle: None,
            flags,
        }
    }

    /// `place`, `log in`.
    pub(crate) fn lemma(&self) -> String {
        match self.particle {
            Some(p) => format!("{} {p}", self.base),
            None => self.base.clone(),
        }
    }

    /// Whether the word leans towards being a noun (used for `Order` alone, `OrderInfo`).
    pub(crate) fn noun_leaning(&self) -> bool {
        self.flags & NOUN_LEANING != 0
    }

    /// Whether WordNet also lists the word as a noun.
    pub(crate) fn is_noun(&self) -> bool {
        self.flags & NOUN != 0
    }

    /// Whether the word is used mostly as a verb: SemCor tags it as a verb more often than as a
    /// noun, or WordNet knows it only as a verb (`delete`, `upsert`, `unassign`).
    pub(crate) fn mostly_verb(&self) -> bool {
        self.verb_leaning() || !self.is_noun()
    }

    /// Whether SemCor uses the word as a verb more often than as a noun (`request`, `run`), or,
    /// never tagging it, WordNet lists more verb senses than noun senses (`revoke`).
    pub(crate) fn verb_leaning(&self) -> bool {
        self.flags & VERB_LEANING != 0
    }

    /// Whether SemCor tags the word as a noun, and as a verb at least half as often (`end`,
    /// `place`, `record`; not `value`, `screen`).
    pub(crate) fn often_verb(&self) -> bool {
        self.flags & OFTEN_VERB != 0
    }

    /// Whether the word is also the irregular past of a verb SemCor tags more often than the
    /// word's own (`found` of `find`, `felt` of `feel`; not `rent` of `rend`).
    pub(crate) fn past_leads(&self) -> bool {
        self.flags & PAST_LEADS != 0
    }

    /// Whether SemCor hardly ever uses the word as a verb: at least 10 noun tags and verb tags
    /// at most 1% of them (`room`, `team`, `vector`, `mouse`), and software and business do not
    /// use it as one every day either (`sort`, `route`, `fund`: [`VERBS_IN_SOFTWARE_USE`]).
    pub(crate) fn rarely_verb(&self) -> bool {
        self.flags & RARELY_VERB != 0
            && VERBS_IN_SOFTWARE_USE
                .binary_search(&self.base.as_str())
                .is_err()
    }
}

/// Binary search in a text of sorted lines, each ended by `\n`. Every index it slices at is
/// the start of a line or one past a `\n`, so never inside a character.
pub(crate) fn sorted_lines_contain(text: &str, word: &str) -> bool {
    let (mut lo, mut hi) = (0, text.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // The line that contains `mid`.
        let bytes = text.as_bytes();
        let start = bytes[..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(text.len(), |i| start + i);
        match text[start..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// A generated table of sorted lines, split once, on first use, into a sorted array: a search
/// of the text's lines costs about 2,500 instructions, of the array a few hundred, and the
/// grammar asks these tables for most names. The text stays one string in the binary (an
/// array of 20,000 strings would cost every user's cold build about half a second).
struct Lines {
    text: &'static str,
    index: std::sync::OnceLock<Vec<&'static str>>,
}

impl Lines {
    const fn new(text: &'static str) -> Lines {
        Lines {
            text,
            index: std::sync::OnceLock::new(),
        }
    }

    fn contains(&self, w: &str) -> bool {
        self.index
            .get_or_init(|| self.text.lines().collect())
            .binary_search(&w)
            .is_ok()
    }
}

static ADJECTIVE_LINES: Lines = Lines::new(ADJECTIVES);
static NOUN_ADJECTIVE_LINES: Lines = Lines::new(NOUN_ADJECTIVES);
static EVENT_NOUN_LINES: Lines = Lines::new(EVENT_NOUNS);
static PERSON_NOUN_LINES: Lines = Lines::new(PERSON_NOUNS);
static ING_NOUN_LINES: Lines = Lines::new(ING_NOUNS);
static ED_NOUN_LINES: Lines = Lines::new(ED_NOUNS);
static LY_NOUN_LINES: Lines = Lines::new(LY_NOUNS);
static NOUN_COMPOUND_LINES: Lines = Lines::new(NOUN_COMPOUNDS);

fn find_pair<'t>(table: &'t [(&'t str, &'t str)], key: &str) -> Option<&'t str> {
    table
        .binary_search_by(|&(k, _)| k.cmp(key))
        .ok()
        .map(|i| table[i].1)
}

/// Clippings software writes for nouns of a person that WordNet lists only in full: `admin`
/// (`administrator`), `sysadmin` (`system administrator`). Not `dev` or `mod`, as often a
/// stage or a modification as a developer or a moderator.
const PERSON_CLIPPINGS: &[&str] = &["admin", "sysadmin"];

/// The lexicon seen through a user vocabulary.
pub(crate) struct Lex<'v> {
    pub vocab: &'v Vocabulary,
}

impl Lex<'_> {
    /// The verb whose base form is exactly `w` (no prefix stripping).
    pub(crate) fn direct(&self, w: &str) -> Option<Verb> {
        if self.vocab.verbs.contains_key(w) {
            return Some(Verb::plain(w, 0));
        }
        if self.vocab.nouns.contains(w) {
            return None;
        }
        if let Ok(i) = SOFTWARE_VERBS.binary_search_by(|&(k, _)| k.cmp(w)) {
            return Some(match SOFTWARE_VERBS[i].1.split_once(' ') {
                // A closed compound is a noun too, and mostly one (`a setup`, `the login`).
                Some((verb, particle)) => Verb {
                    base: verb.to_owned(),
                    particle: PARTICLES.iter().copied().find(|p| *p == particle),
                    flags: NOUN | NOUN_LEANING,
                },
                None => Verb::plain(w, 0),
            });
        }
        let i = VERBS.binary_search_by(|&(k, _)| k.cmp(w)).ok()?;
        Some(Verb::plain(w, VERBS[i].1))
    }

    /// A phrasal verb WordNet lists, written as one word (`lockout` = `lock out`, `takedown`,
    /// `handover`, `writeoff`), opening a name: the verb with its particle, mostly a noun, as
    /// the closed compounds of [`SOFTWARE_VERBS`] are. Elsewhere in a name it is a noun
    /// (`CycleTimeBreakdown`, `LockoutApplied`). Not with `in` or `on`, whose joined forms are
    /// mostly words of their own (`dragon`, `goon`, `putin`).
    fn joined_phrasal(w: &str) -> Option<Verb> {
        if w.len() < 6 || !w.is_ascii() {
            return None;
        }
        PARTICLES
            .iter()
            .filter(|p| !matches!(**p, "in" | "on"))
            .find_map(|&particle| {
                let head = w.strip_suffix(particle)?;
                (head.len() >= 3
                    && Lex::is_phrasal(head, particle)
                    && VERBS.binary_search_by(|&(k, _)| k.cmp(head)).is_ok())
                .then(|| Verb {
                    base: head.to_owned(),
                    particle: Some(particle),
                    flags: NOUN | NOUN_LEANING,
                })
            })
    }

    /// Whether `w` is a predicate adjective (`ready`, `low`, `available`), or one no table has
    /// that a known verb makes with `-able` (`schedulable`, `retryable`, `unshippable`).
    pub(crate) fn adjective(&self, w: &str) -> bool {
        !self.vocab.nouns.contains(w) && (ADJECTIVE_LINES.contains(w) || self.guessed_able(w))
    }

    /// Whether `w` is an adjective and no verb (`flaky`, `old`; not `open`, `clean`): before a
    /// word, it can only modify it.
    pub(crate) fn adjective_only(&self, w: &str) -> bool {
        self.adjective(w) && self.base(w).is_none()
    }

    /// A word of eight letters or more in `-able` whose stem, maybe after `un` or `non`, is a
    /// known verb (`schedul(e)`, `retry`, `ship(p)`): English makes adjectives of verbs so.
    fn guessed_able(&self, w: &str) -> bool {
        let Some(stem) = w
            .strip_suffix("able")
            .filter(|s| w.len() >= 8 && s.is_ascii())
        else {
            return false;
        };
        let stem = stem
            .strip_prefix("non")
            .or_else(|| stem.strip_prefix("un"))
            .filter(|s| s.len() >= 3)
            .unwrap_or(stem);
        let b = stem.as_bytes();
        let undoubled =
            (b.len() >= 4 && b[b.len() - 1] == b[b.len() - 2]).then(|| &stem[..stem.len() - 1]);
        self.direct(stem).is_some()
            || self.direct(&format!("{stem}e")).is_some()
            || undoubled.is_some_and(|s| self.direct(s).is_some())
    }

    /// Whether `w` is a predicate adjective WordNet also lists as a noun (`terminal`, `fine`).
    pub(crate) fn noun_adjective(w: &str) -> bool {
        NOUN_ADJECTIVE_LINES.contains(w)
    }

    /// Whether `w` is a noun that names an occurrence (`heartbeat`, `change`): WordNet files its
    /// most frequent sense under `noun.event`.
    pub(crate) fn event_noun(w: &str) -> bool {
        EVENT_NOUN_LINES.contains(w)
    }

    /// The verb whose act or result the noun `w` names (`withdrawal` → `withdraw`, `failure` →
    /// `fail`): WordNet files one of its two most frequent senses under `noun.act`,
    /// `noun.event`, `noun.process` or `noun.phenomenon`, derived from that verb.
    pub(crate) fn nominalisation(w: &str) -> Option<&'static str> {
        // Split once into a sorted array, as [`Lines`] does.
        static PAIRS: std::sync::OnceLock<Vec<(&'static str, &'static str)>> =
            std::sync::OnceLock::new();
        let pairs = PAIRS.get_or_init(|| {
            NOMINALISATIONS
                .lines()
                .filter_map(|line| line.split_once(' '))
                .collect()
        });
        find_pair(pairs, w)
    }

    /// Whether the noun `w` names an occurrence: a noun of `noun.event` or of a verb's act.
    pub(crate) fn names_occurrence(w: &str) -> bool {
        Lex::nominalisation(w).is_some() || Lex::event_noun(w)
    }

    /// Whether `w` names a person (`user`, `customer`, `driver`): WordNet files its most frequent
    /// sense under `noun.person`. Software's clippings of such nouns count too
    /// ([`PERSON_CLIPPINGS`]: `admin`, WordNet's `administrator`).
    pub(crate) fn person_noun(w: &str) -> bool {
        PERSON_CLIPPINGS.contains(&w) || PERSON_NOUN_LINES.contains(w)
    }

    /// Whether WordNet lists `first second` as one noun and `first` is a verb used at least as
    /// often as a noun (`tax rate`, `exchange rate`, `price list`): alone, a thing, not a request.
    pub(crate) fn noun_compound(first: &str, second: &str) -> bool {
        NOUN_COMPOUND_LINES.contains(&format!("{first} {second}"))
    }

    /// Whether WordNet knows `w`, spelt like an adverb in `-ly`, as a noun and no adverb
    /// (`anomaly`, `family`, `assembly`).
    pub(crate) fn ly_noun(w: &str) -> bool {
        LY_NOUN_LINES.contains(w)
    }

    /// Whether WordNet knows `w`, spelt as an `-ing` form, as a noun (`shipping`, `greeting`).
    pub(crate) fn ing_noun(w: &str) -> bool {
        ING_NOUN_LINES.contains(w)
    }

    /// The past and participle of the irregular verb the vocabulary declares `w` a form of
    /// (`verb outbid outbid outbid`), if any.
    fn declared_forms(&self, w: &str) -> Option<(&str, &str)> {
        let base = self.vocab.forms.get(w)?;
        let (past, participle) = self.vocab.verbs.get(base)?.as_ref()?;
        Some((past.as_str(), participle.as_str()))
    }

    /// Whether `w` is only the past participle of its verb, never its simple past (`stolen`,
    /// `broken`, `written`: the past is `stole`, `broke`, `wrote`), so it takes no object after
    /// a subject as a simple past does (`BlockStolenCard` is no block that stole a card).
    pub(crate) fn participle_only(&self, w: &str) -> bool {
        if let Some((past, participle)) = self.declared_forms(w) {
            return w == participle && past != participle;
        }
        let Some(base) = find_pair(IRREGULAR, w) else {
            return false;
        };
        find_pair(PARTICIPLES, base) == Some(w)
            && IRREGULAR.iter().any(|&(form, b)| b == base && form != w)
    }

    /// Whether `w` is only the simple past of its verb, never its participle (`went`, `took`,
    /// `grew`: the participles are `gone`, `taken`, `grown`), so it follows a subject, never an
    /// imperative (`MatchWentLive`).
    pub(crate) fn simple_past_only(&self, w: &str) -> bool {
        if let Some((past, participle)) = self.declared_forms(w) {
            return w == past && past != participle;
        }
        find_pair(IRREGULAR, w)
            .and_then(|base| find_pair(PARTICIPLES, base))
            .is_some_and(|participle| participle != w)
    }

    /// Whether `w` is a verb whose past participle is its base form, whatever its simple past
    /// (`run`, `come`, as `set` and `cost`).
    pub(crate) fn participle_is_base(&self, w: &str) -> bool {
        self.base_equals_past(w) || find_pair(PARTICIPLES, w) == Some(w)
    }

    /// Whether `w` is a verb whose past participle is its base form (`set`, `reset`, `cost`).
    pub(crate) fn base_equals_past(&self, w: &str) -> bool {
        if self.vocab.forms.get(w).is_some_and(|base| base == w) {
            return true;
        }
        BASE_EQUALS_PAST.binary_search(&w).is_ok()
            || PREFIXES.iter().any(|p| {
                w.strip_prefix(p)
                    .is_some_and(|s| s.len() >= 3 && BASE_EQUALS_PAST.binary_search(&s).is_ok())
            })
    }

    /// Whether `w` is a verb's base form as written, unprefixed (a cheap first test).
    pub(crate) fn known_verb(&self, w: &str) -> bool {
        self.direct(w).is_some()
    }

    /// Whether `w` is the irregular past of another verb and a verb of its own: `rent` (of
    /// `rend`, and `rent` a flat), `found`, `ground`, `felt`.
    pub(crate) fn past_is_own_verb(&self, w: &str) -> bool {
        find_pair(IRREGULAR, w).is_some_and(|base| base != w) && self.direct(w).is_some()
    }

    /// Whether `w` is such a past whose own verb SemCor tags at least as often as the verb it is
    /// the past of (`rent`, of `rend`; not `found`, of `find`): its own verb first.
    pub(crate) fn own_verb_before_its_past(&self, w: &str) -> bool {
        find_pair(IRREGULAR, w).is_some_and(|base| base != w)
            && self.direct(w).is_some_and(|v| !v.past_leads())
    }

    /// Whether `base` is a predicate adjective, possibly prefixed (`sticky`, `unsticky`): a
    /// guessed base that English made a verb of.
    pub(crate) fn adjective_made_verb(&self, base: &str) -> bool {
        self.adjective(base)
            || PREFIXES.iter().any(|p| {
                base.strip_prefix(p)
                    .is_some_and(|stem| stem.len() >= 3 && self.adjective(stem))
            })
    }

    /// The verb whose base form is `w`, possibly prefixed (`unassign`, `reopen`).
    pub(crate) fn base(&self, w: &str) -> Option<Verb> {
        if let Some(v) = self.direct(w) {
            return Some(v);
        }
        if self.vocab.nouns.contains(w) || PREFIXED_NOUNS.binary_search(&w).is_ok() {
            return None;
        }
        PREFIXES
            .iter()
            .find_map(|prefix| {
                let stem = w.strip_prefix(prefix)?;
                if stem.len() < 3 {
                    return None;
                }
                let v = self.direct(stem)?;
                (v.particle.is_none()).then(|| Verb::plain(&format!("{prefix}{}", v.base), 0))
            })
            .or_else(|| guessed_ize(w))
    }

    /// The verb `w` is, or the phrasal verb it writes as one word (`turnover`): what a word of a
    /// name may be read as where it opens the name, and is as much the noun it mostly is.
    pub(crate) fn verb_or_joined(&self, w: &str) -> Option<Verb> {
        self.base(w).or_else(|| self.imperative(w))
    }

    /// The verb `w` is when it opens a name of several words, read as an imperative: not a
    /// word SemCor hardly ever uses as a verb (`RoomMessageText`, `TeamPlanReset`: a room, a
    /// team), unless the vocabulary declares it one (`verb team`).
    pub(crate) fn imperative(&self, w: &str) -> Option<Verb> {
        match self.base(w) {
            Some(v) => (!v.rarely_verb()).then_some(v),
            None if self.vocab.nouns.contains(w) => None,
            None => Lex::joined_phrasal(w),
        }
    }

    /// If `w` is a past tense or past participle, the verb it inflects.
    pub(crate) fn past(&self, w: &str) -> Option<Verb> {
        if self.vocab.nouns.contains(w) {
            return None;
        }
        if let Some(v) = self.past_direct(w) {
            return Some(v);
        }
        // A verb of its own is not a prefixed past whose stem is a verb too (`delay` is not
        // `de` + `lay`), but may be one whose stem is only a past (`resent` = `re` + `sent`).
        let whole_is_verb = self.direct(w).is_some();
        PREFIXES
            .iter()
            .find_map(|prefix| {
                let stem = w.strip_prefix(prefix)?;
                if stem.len() < 3 || (whole_is_verb && self.direct(stem).is_some()) {
                    return None;
                }
                let v = self.past_direct(stem)?;
                let base = format!("{prefix}{}", v.base);
                // A verb of its own must be the past of a known prefixed verb (`resent` of
                // `resend`; `debit` is no past of a verb `debite`).
                (v.particle.is_none() && (!whole_is_verb || self.direct(&base).is_some()))
                    .then(|| Verb::plain(&base, 0))
            })
            .or_else(|| self.joined_particle_past(w))
            .or_else(|| Lex::compound_irregular_past(w))
    }

    /// A regular past joined to a particle (`timedout` = `timed out`, `loggedin`,
    /// `checkedout`): the verb with that particle. The past must end in `-ed` and be no verb
    /// of its own (`speedup`, `feedback` are not pasts); an irregular one must make a phrasal
    /// verb WordNet lists and be no verb of its own (`soldout` = `sold out`, `brokedown`).
    fn joined_particle_past(&self, w: &str) -> Option<Verb> {
        if w.len() < 6 {
            return None;
        }
        PARTICLES.iter().find_map(|&particle| {
            let head = w.strip_suffix(particle)?;
            // Not a past that is a verb of its own (`rundown`, `comeback`, `layout`).
            if let Some(base) = find_pair(IRREGULAR, head).filter(|_| self.direct(head).is_none()) {
                return Lex::is_phrasal(base, particle).then(|| Verb {
                    base: base.to_owned(),
                    particle: Some(particle),
                    flags: 0,
                });
            }
            // Cheapest test first: `ed` right before where the particle would start.
            if !head.ends_with("ed") {
                return None;
            }
            let v = self.past_direct(head)?;
            v.particle.is_none().then_some(Verb {
                particle: Some(particle),
                ..v
            })
        })
    }

    /// The irregular past of a software verb that ends in an irregular verb (`upsold` of
    /// `upsell`): the tables list the forms of their own verbs, so only the hand-kept software
    /// verbs need it. Their irregular forms are worked out once.
    fn compound_irregular_past(w: &str) -> Option<Verb> {
        static PASTS: std::sync::OnceLock<Vec<(String, &'static str)>> = std::sync::OnceLock::new();
        let pasts = PASTS.get_or_init(|| {
            static EMPTY: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
            let lex = Lex {
                vocab: EMPTY.get_or_init(Vocabulary::default),
            };
            let mut pasts: Vec<(String, &'static str)> = SOFTWARE_VERBS
                .iter()
                .filter(|(_, expansion)| expansion.is_empty())
                .map(|&(base, _)| (lex.participle(base), base))
                .filter(|(past, base)| !past.ends_with("ed") && past != base)
                .collect();
            pasts.sort_unstable();
            pasts
        });
        pasts
            .binary_search_by(|(past, _)| past.as_str().cmp(w))
            .ok()
            .map(|i| Verb::plain(pasts[i].1, 0))
    }

    /// A regular past participle of a verb no table has (`stickied`, `deplatformed`,
    /// `crossposted`), guessed from its spelling: an ASCII word of at least six letters ending in
    /// `-ed`, that is no known verb, adjective (`wicked`), nor noun WordNet spells so (`hundred`,
    /// `seabed`).
    /// The base is the word without `-ed` (`-ied` → `-y`). The grammar asks for it only where
    /// a participle closes a name after its subject (`DiscussionWasStickied`).
    pub(crate) fn guessed_past(&self, w: &str) -> Option<Verb> {
        if !w.is_ascii() || w.len() < 6 || self.vocab.nouns.contains(w) {
            return None;
        }
        let stem = w.strip_suffix("ed")?;
        if self.base(w).is_some()
            || self.adjective(w)
            || ED_NOUN_LINES.contains(w)
            || Lex::event_noun(w)
            || PREFIXED_NOUNS.binary_search(&w).is_ok()
        {
            return None;
        }
        Some(Verb::plain(&guessed_base(stem), 0))
    }

    fn past_direct(&self, w: &str) -> Option<Verb> {
        if let Some(base) = self.vocab.forms.get(w) {
            return Some(Verb::plain(base, 0));
        }
        if let Some(base) = find_pair(IRREGULAR, w) {
            return self.direct(base);
        }
        if BASE_EQUALS_PAST.binary_search(&w).is_ok() {
            return self.direct(w);
        }
        if !w.is_ascii() || !w.ends_with("ed") || w.len() < 4 || self.direct(w).is_some() {
            return None;
        }
        // From here on `w` is ASCII: byte slicing cannot fall inside a character.
        // Regular forms: e-drop (placed), -ed (failed), doubled (shipped), y→i (applied),
        // -ck (picnicked).
        let bytes = w.as_bytes();
        let n = bytes.len();
        let mut candidates: Vec<String> = vec![w[..n - 1].to_owned(), w[..n - 2].to_owned()];
        if n >= 5 && bytes[n - 3] == bytes[n - 4] {
            candidates.push(w[..n - 3].to_owned());
        }
        if let Some(stem) = w.strip_suffix("ied") {
            candidates.push(format!("{stem}y"));
        }
        if let Some(stem) = w.strip_suffix("ked")
            && stem.ends_with('c')
        {
            candidates.push(stem.to_owned());
        }
        // A listed verb before a prefixed guess: `reached` is `reach`, not `re` + `ache`.
        let candidates: Vec<&String> = candidates.iter().filter(|c| c.len() >= 3).collect();
        candidates
            .iter()
            .find_map(|c| self.direct(c))
            .or_else(|| candidates.iter().find_map(|c| self.base(c)))
    }

    /// Whether `verb particle` is a phrasal verb.
    pub(crate) fn is_phrasal(verb: &str, particle: &str) -> bool {
        PHRASAL
            .binary_search_by(|&(v, p)| (v, p).cmp(&(verb, particle)))
            .is_ok()
    }

    /// The past participle of a base form (`place` → `placed`, `withdraw` → `withdrawn`).
    pub(crate) fn participle(&self, base: &str) -> String {
        if let Some(p) = self.vocab.participles.get(base) {
            return p.clone();
        }
        if let Some(p) = find_pair(PARTICIPLES, base) {
            return p.to_owned();
        }
        if BASE_EQUALS_PAST.binary_search(&base).is_ok() {
            return base.to_owned();
        }
        // Prefixed verbs inflect like their stem (`reset` → `set`, `unassign` → `assign`).
        let known = self.direct(base).is_some();
        for prefix in PREFIXES {
            if let Some(stem) = base.strip_prefix(prefix)
                && stem.len() >= 3
                && self.direct(stem).is_some()
                && (!known
                    || find_pair(PARTICIPLES, stem).is_some()
                    || BASE_EQUALS_PAST.binary_search(&stem).is_ok())
            {
                return format!("{prefix}{}", self.participle(stem));
            }
        }
        // A verb the tables lack (a software or vocabulary verb) inflects like the irregular
        // or doubling verb it ends in: `geotag` → `geotagged`, `autorun` → `autorun`.
        if base.is_ascii() && VERBS.binary_search_by(|&(k, _)| k.cmp(base)).is_err() {
            // ASCII: every byte index is a character boundary.
            for i in 2..base.len().saturating_sub(2) {
                let (head, stem) = base.split_at(i);
                if let Some(p) = find_pair(PARTICIPLES, stem) {
                    return format!("{head}{p}");
                }
                if BASE_EQUALS_PAST.binary_search(&stem).is_ok() {
                    return base.to_owned();
                }
            }
        }
        regular_participle(base)
    }

    /// The participle of a verb with its particle: `Placed`, `LoggedIn`.
    pub(crate) fn participle_pascal(&self, verb: &Verb) -> String {
        let mut s = pascal(&self.participle(&verb.base));
        if let Some(p) = verb.particle {
            s.push_str(&pascal(p));
        }
        s
    }
}

#[cfg(test)]
mod tests;
