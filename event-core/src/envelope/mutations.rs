//! Test inputs for the envelope's differential tests: an input's every prefix, and every
//! byte of it replaced by, or preceded by, each of a few interesting bytes.

/// Every prefix of `base`, and `base` with each byte replaced by and preceded by each of
/// `interesting` (where the result is still UTF-8).
pub(super) fn mutations(base: &str, interesting: &[u8]) -> Vec<String> {
    let mut cases = Vec::new();
    for at in 0..base.len() {
        cases.push(base.as_bytes()[..at].to_vec());
        for &c in interesting {
            let mut replaced = base.as_bytes().to_vec();
            replaced[at] = c;
            cases.push(replaced);
            let mut inserted = base.as_bytes().to_vec();
            inserted.insert(at, c);
            cases.push(inserted);
        }
    }
    cases
        .into_iter()
        .filter_map(|bytes| String::from_utf8(bytes).ok())
        .collect()
}
