//! Identifiers from wire names: words, then `PascalCase`, `camelCase` or `snake_case`,
//! and a suffix when a name is taken. Wire names themselves are never changed.

/// The words of a name: split at non-alphanumerics and at lower-to-upper case changes.
#[must_use]
pub fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev: Option<char> = None;
    for c in name.chars() {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev = None;
            continue;
        }
        if let Some(p) = prev
            && c.is_ascii_uppercase()
            && (p.is_ascii_lowercase() || p.is_ascii_digit())
            && !cur.is_empty()
        {
            out.push(std::mem::take(&mut cur));
        }
        cur.push(c);
        prev = Some(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => {
            first.to_ascii_uppercase().to_string() + &chars.as_str().to_ascii_lowercase()
        }
        None => String::new(),
    }
}

/// `PascalCase`; a name that is empty or starts with a digit gets `Field` in front.
#[must_use]
pub fn pascal(name: &str) -> String {
    let joined: String = words(name).iter().map(|w| capitalize(w)).collect();
    if joined.is_empty() || joined.starts_with(|c: char| c.is_ascii_digit()) {
        format!("Field{joined}")
    } else {
        joined
    }
}

/// `PascalCase` that keeps a name already in `PascalCase` as it is (type names).
#[must_use]
pub fn type_name(name: &str) -> String {
    let ident = name.chars().all(|c| c.is_ascii_alphanumeric());
    if ident && name.starts_with(|c: char| c.is_ascii_uppercase()) {
        name.to_owned()
    } else {
        pascal(name)
    }
}

/// `camelCase`.
#[must_use]
pub fn camel(name: &str) -> String {
    let p = pascal(name);
    let mut chars = p.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => p,
    }
}

/// `snake_case`; a name that is empty or starts with a digit gets `field_` in front.
#[must_use]
pub fn snake(name: &str) -> String {
    let joined = words(name)
        .iter()
        .map(|w| w.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_");
    if joined.is_empty() || joined.starts_with(|c: char| c.is_ascii_digit()) {
        format!("field_{joined}")
    } else {
        joined
    }
}

/// `SCREAMING_SNAKE_CASE`.
#[must_use]
pub fn screaming(name: &str) -> String {
    snake(name).to_ascii_uppercase()
}

/// Makes each name unique among `names` and not in `reserved`: a reserved name gets
/// `reserved_suffix`, a repeated one `2`, `3`, ... in order.
#[must_use]
pub fn unique(names: Vec<String>, reserved: &[&str], reserved_suffix: &str) -> Vec<String> {
    let mut taken: Vec<String> = Vec::new();
    for name in names {
        let mut name = if reserved.contains(&name.as_str()) {
            format!("{name}{reserved_suffix}")
        } else {
            name
        };
        if taken.contains(&name) {
            let base = name.clone();
            let mut n = 2;
            while taken.contains(&name) {
                name = format!("{base}{n}");
                n += 1;
            }
        }
        taken.push(name);
    }
    taken
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(pascal("content-type"), "ContentType");
        assert_eq!(pascal("isDefault"), "IsDefault");
        assert_eq!(pascal("2fa"), "Field2fa");
        assert_eq!(camel("big_unsigned"), "bigUnsigned");
        assert_eq!(snake("isDefault"), "is_default");
        assert_eq!(snake("2fa"), "field_2fa");
        assert_eq!(type_name("OrderPlaced"), "OrderPlaced");
        assert_eq!(type_name("order.placed"), "OrderPlaced");
        assert_eq!(
            unique(
                vec!["a".into(), "class".into(), "a".into()],
                &["class"],
                "_"
            ),
            ["a", "class_", "a2"]
        );
    }
}
