//! "Did you mean": words of a name that are one edit away from a verb form the lexicon knows
//! (`Placd` → `Placed`, `Recieved` → `Received`).

use crate::generated::lexicon::{IRREGULAR, LOOKALIKES, VERBS};
use crate::lexicon::{Lex, sorted_lines_contain};

/// Optimal string alignment distance (Levenshtein plus adjacent transpositions), or `None`
/// when it exceeds `max`. Both words are ASCII.
fn distance(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = d;
        }
    }
    let d = rows[a.len()][b.len()];
    (d <= max).then_some(d)
}

/// Known verb forms (bases and past forms) one edit from `word`, sharing its first and last
/// letters (typos rarely touch those, and it keeps nouns such as `basket` from turning into
/// `basked`), or whose last two letters it swaps (`cancle`). Empty when `word` is a known form, a real word one slip from one (`token` is no
/// misspelt `taken`: WordNet's nouns and adverbs, generated), a noun of the vocabulary, too
/// short, or not ASCII letters.
pub(crate) fn corrections(lex: &Lex<'_>, word: &str) -> Vec<String> {
    let bytes = word.as_bytes();
    if bytes.len() < 5
        || !bytes.iter().all(u8::is_ascii_lowercase)
        || lex.vocab.nouns.contains(word)
        || lex.base(word).is_some()
        || lex.past(word).is_some()
        || lex.adjective(word)
        || sorted_lines_contain(LOOKALIKES, word)
    {
        return Vec::new();
    }
    let (first, last) = (bytes[0], bytes[bytes.len() - 1]);
    let mut found: Vec<String> = Vec::new();
    // The last two letters swapped keep the last letter too (`cancle` → `cancel`).
    let n = bytes.len();
    let swapped_end =
        |f: &[u8]| f.len() == n && f[n - 1] == bytes[n - 2] && f[n - 2] == bytes[n - 1];
    let mut consider = |form: &str| {
        let f = form.as_bytes();
        if f.first() == Some(&first)
            && (f.last() == Some(&last) || swapped_end(f))
            && distance(bytes, f, 1).is_some()
            && !found.iter().any(|x| x == form)
        {
            found.push(form.to_owned());
        }
    };
    for &(base, _) in VERBS.iter().filter(|(b, _)| b.as_bytes()[0] == first) {
        consider(base);
        consider(&lex.participle(base));
    }
    for &(form, _) in IRREGULAR {
        consider(form);
    }
    for base in lex.vocab.verbs.keys() {
        consider(base);
        consider(&lex.participle(base));
    }
    found
}

/// Whether two lower-case letters are neighbouring keys of a QWERTY keyboard, in a row or
/// between rows (`c` and `x`, `c` and `d`): one typed for the other is a slip of the finger.
pub(crate) fn neighbours(a: u8, b: u8) -> bool {
    const ROWS: [&[u8]; 3] = [b"qwertyuiop", b"asdfghjkl", b"zxcvbnm"];
    let at = |c: u8| {
        ROWS.iter()
            .enumerate()
            .find_map(|(r, row)| row.iter().position(|&k| k == c).map(|i| (r, i)))
    };
    let (Some((ra, ia)), Some((rb, ib))) = (at(a), at(b)) else {
        return false;
    };
    // Each row sits half a key right of the one above: key `i` of a row touches keys `i` and
    // `i + 1` of the row above.
    match ra.abs_diff(rb) {
        0 => ia.abs_diff(ib) == 1,
        1 => {
            let (upper, lower) = if ra < rb { (ia, ib) } else { (ib, ia) };
            upper == lower || upper == lower + 1
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{LOOKALIKES, corrections, distance};
    use crate::lexicon::Lex;
    use crate::vocabulary::Vocabulary;

    #[test]
    fn real_words_are_no_typos() {
        let lines: Vec<&str> = LOOKALIKES.lines().collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]));
        let vocab = Vocabulary::default();
        let lex = Lex { vocab: &vocab };
        for word in ["token", "tokens", "dividend", "docker", "money", "opacity"] {
            assert!(corrections(&lex, word).is_empty(), "{word}");
        }
        for (typo, fix) in [
            ("placd", "placed"),
            ("recieved", "received"),
            ("dispatchd", "dispatched"),
            ("cancle", "cancel"),
        ] {
            assert!(corrections(&lex, typo).iter().any(|f| f == fix), "{typo}");
        }
        let vocab = Vocabulary::parse("noun splunk").expect("vocabulary");
        assert!(corrections(&Lex { vocab: &vocab }, "splunk").is_empty());
    }

    #[test]
    fn neighbouring_keys() {
        use super::neighbours;
        for (a, b, near) in [
            (b'c', b'x', true),
            (b'c', b'd', true),
            (b'c', b'f', true),
            (b'e', b'r', true),
            (b'a', b'q', true),
            (b'o', b'a', false),
            (b'i', b'e', false),
            (b'e', b'c', false),
            (b'q', b'z', false),
            (b'c', b'c', false),
        ] {
            let (x, y) = (a as char, b as char);
            assert_eq!(neighbours(a, b), near, "{x}{y}");
            assert_eq!(neighbours(b, a), near, "{y}{x}");
        }
    }

    #[test]
    fn osa_distance() {
        assert_eq!(distance(b"placd", b"placed", 2), Some(1));
        assert_eq!(distance(b"recieved", b"received", 2), Some(1));
        assert_eq!(distance(b"abc", b"abc", 0), Some(0));
        assert_eq!(distance(b"basket", b"basted", 1), None);
    }
}
