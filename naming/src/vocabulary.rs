//! User-extended vocabulary (`factum-vocabulary.txt`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Domain words added to the built-in lexicon, parsed from a text file.
///
/// One entry per line; `#` starts a comment; blank lines are ignored. Words are lowercase
/// ASCII letters only.
///
/// | line | meaning |
/// |---|---|
/// | `verb upsert` | a regular verb: `Upsert…` is an imperative, `…Upserted` a participle |
/// | `verb undergo underwent undergone` | an irregular verb: base, past, participle |
/// | `verb shut shut` | an irregular verb: base, participle (also used as the past) |
/// | `query-verb tally` | a verb that starts a query (`TallyVotes`) |
/// | `noun cart` | never read this word as a verb or a verb form, whatever the lexicon says (`CartItem` is then a noun phrase; `noun reset` makes `PasswordReset` no event); a kind word so declared is a word of the name, not its kind (`noun event`: `CancelEvent` is a command) |
///
/// ```
/// use factum_naming::{Verdict, Vocabulary, classify_with};
///
/// let vocab = Vocabulary::parse("# our domain\nverb frobnicate\nquery-verb tally\n")?;
/// assert_eq!(classify_with("WidgetFrobnicated", &vocab).verdict, Verdict::Event);
/// assert_eq!(classify_with("TallyVotes", &vocab).verdict, Verdict::Query);
/// # Ok::<(), factum_naming::VocabularyError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vocabulary {
    /// Base form → (past, participle) for irregular verbs, `None` for regular ones.
    pub(crate) verbs: BTreeMap<String, Option<(String, String)>>,
    /// Irregular past / participle form → base.
    pub(crate) forms: BTreeMap<String, String>,
    /// Base → participle for irregular verbs.
    pub(crate) participles: BTreeMap<String, String>,
    /// Extra question verbs.
    pub(crate) query_verbs: BTreeSet<String>,
    /// Words never read as verbs.
    pub(crate) nouns: BTreeSet<String>,
}

/// A line of a vocabulary file that could not be parsed.
///
/// ```
/// use factum_naming::Vocabulary;
///
/// let err = Vocabulary::parse("verb upsert\nadjective shiny\n").unwrap_err();
/// assert_eq!(err.line, 2);
/// assert_eq!(
///     err.to_string(),
///     "line 2: unknown directive `adjective` (expected `verb`, `query-verb` or `noun`)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VocabularyError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with the line.
    pub message: String,
}

impl fmt::Display for VocabularyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for VocabularyError {}

fn check_word(word: &str, line: usize) -> Result<String, VocabularyError> {
    if !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase()) {
        Ok(word.to_owned())
    } else {
        Err(VocabularyError {
            line,
            message: format!("`{word}` is not a word of lowercase letters a-z"),
        })
    }
}

impl Vocabulary {
    /// Parses a vocabulary file (format in the [type docs](Vocabulary)).
    ///
    /// # Errors
    ///
    /// A [`VocabularyError`] naming the first bad line: an unknown directive, a missing or
    /// extra word, or a word that is not lowercase letters.
    ///
    /// ```
    /// use factum_naming::Vocabulary;
    ///
    /// assert!(Vocabulary::parse("verb undergo underwent undergone\nnoun cart\n").is_ok());
    /// assert_eq!(Vocabulary::parse("verb Upsert").unwrap_err().line, 1);
    /// ```
    pub fn parse(text: &str) -> Result<Vocabulary, VocabularyError> {
        let mut vocab = Vocabulary::default();
        for (index, raw) in text.lines().enumerate() {
            let line = index + 1;
            let content = raw.split('#').next().unwrap_or("").trim();
            let mut fields = content.split_whitespace();
            let Some(directive) = fields.next() else {
                continue;
            };
            let args: Vec<&str> = fields.collect();
            let arity = |min: usize, max: usize, usage: &str| {
                if args.len() < min || args.len() > max {
                    Err(VocabularyError {
                        line,
                        message: format!("expected `{usage}`"),
                    })
                } else {
                    Ok(())
                }
            };
            match directive {
                "verb" => {
                    arity(1, 3, "verb BASE [PAST] [PARTICIPLE]")?;
                    let words = args
                        .iter()
                        .map(|w| check_word(w, line))
                        .collect::<Result<Vec<_>, _>>()?;
                    let base = words[0].clone();
                    let irregular = match words.as_slice() {
                        [_, participle] => Some((participle.clone(), participle.clone())),
                        [_, past, participle] => Some((past.clone(), participle.clone())),
                        _ => None,
                    };
                    if let Some((past, participle)) = &irregular {
                        vocab.forms.insert(past.clone(), base.clone());
                        vocab.forms.insert(participle.clone(), base.clone());
                        vocab.participles.insert(base.clone(), participle.clone());
                    }
                    vocab.nouns.remove(&base);
                    vocab.verbs.insert(base, irregular);
                }
                "query-verb" => {
                    arity(1, 1, "query-verb WORD")?;
                    let word = check_word(args[0], line)?;
                    vocab.query_verbs.insert(word);
                }
                "noun" => {
                    arity(1, 1, "noun WORD")?;
                    let word = check_word(args[0], line)?;
                    vocab.nouns.insert(word);
                }
                other => {
                    return Err(VocabularyError {
                        line,
                        message: format!(
                            "unknown directive `{other}` (expected `verb`, `query-verb` or `noun`)"
                        ),
                    });
                }
            }
        }
        Ok(vocab)
    }

    /// Whether the vocabulary has no entries.
    ///
    /// ```
    /// assert!(factum_naming::Vocabulary::default().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.verbs.is_empty() && self.query_verbs.is_empty() && self.nouns.is_empty()
    }
}

/// The vocabulary file's name, looked for beside a crate's `Cargo.toml` by the derives and in
/// the current folder by `factum names`.
pub const FILE_NAME: &str = "factum-vocabulary.txt";

/// Reads and parses a vocabulary file; the error names the file and the line
/// (`path:3: unknown directive ...`). The derives and `factum names` read it through this one
/// function, so both see the same words and the same errors.
///
/// # Errors
///
/// The file cannot be read, or a line cannot be parsed.
pub fn load_file(path: &std::path::Path) -> Result<Vocabulary, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Vocabulary::parse(&text).map_err(|e| format!("{}:{}: {}", path.display(), e.line, e.message))
}

/// The vocabulary of a folder: its [`FILE_NAME`] if there is one, else the empty vocabulary.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("factum-vocab-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// assert!(factum_naming::load_dir(&dir).unwrap().is_empty());
/// std::fs::write(dir.join(factum_naming::FILE_NAME), "verb frobnicate\n").unwrap();
/// assert!(!factum_naming::load_dir(&dir).unwrap().is_empty());
/// std::fs::remove_dir_all(&dir).unwrap();
/// ```
///
/// # Errors
///
/// As [`load_file`], when the file exists.
pub fn load_dir(dir: &std::path::Path) -> Result<Vocabulary, String> {
    let path = dir.join(FILE_NAME);
    if path.is_file() {
        load_file(&path)
    } else {
        Ok(Vocabulary::default())
    }
}
