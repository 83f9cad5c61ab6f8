//! JSON equality with exact numbers: integers compare as integers (no rounding through
//! a double), floats as doubles, an integer and an integral float by value.

use serde_json::{Number, Value};

/// The first difference between `expected` and `got`, as `pointer: explanation`.
pub fn diff(expected: &Value, got: &Value) -> Option<String> {
    diff_at(expected, got, "")
}

fn exact(n: &Number) -> Option<i128> {
    if let Some(u) = n.as_u64() {
        return Some(u.into());
    }
    if let Some(i) = n.as_i64() {
        return Some(i.into());
    }
    let f = n.as_f64()?;
    // An integral float within range compares by value; 2^64 is not u64::MAX.
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_precision_loss,
        clippy::float_cmp
    )]
    (f.fract() == 0.0 && f.abs() < 1.7e38 && (f as i128) as f64 == f).then_some(f as i128)
}

fn numbers_equal(a: &Number, b: &Number) -> bool {
    let int = |n: &Number| n.is_u64() || n.is_i64();
    if int(a) || int(b) {
        return exact(a).is_some() && exact(a) == exact(b);
    }
    #[allow(clippy::float_cmp)]
    {
        a.as_f64() == b.as_f64()
    }
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn diff_at(expected: &Value, got: &Value, at: &str) -> Option<String> {
    match (expected, got) {
        (Value::Number(a), Value::Number(b)) if numbers_equal(a, b) => None,
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in a {
                let here = format!("{at}/{}", escape(k));
                match b.get(k) {
                    None => return Some(format!("{here}: missing (expected {v})")),
                    Some(w) => {
                        if let Some(d) = diff_at(v, w, &here) {
                            return Some(d);
                        }
                    }
                }
            }
            b.keys()
                .find(|k| !a.contains_key(*k))
                .map(|k| format!("{at}/{}: unexpected member", escape(k)))
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                return Some(format!("{at}: expected {} items, got {}", a.len(), b.len()));
            }
            a.iter()
                .zip(b)
                .enumerate()
                .find_map(|(i, (v, w))| diff_at(v, w, &format!("{at}/{i}")))
        }
        (a, b) if a == b && !a.is_number() => None,
        (a, b) => Some(format!(
            "{}: expected {a}, got {b}",
            if at.is_empty() { "/" } else { at }
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::diff;
    use serde_json::json;

    #[test]
    fn integers_are_exact() {
        let max: serde_json::Value = serde_json::from_str("18446744073709551615").unwrap();
        let rounded: serde_json::Value = serde_json::from_str("18446744073709552000").unwrap();
        let float: serde_json::Value = serde_json::from_str("1.8446744073709552e19").unwrap();
        assert_eq!(diff(&max, &max), None);
        assert!(diff(&max, &rounded).is_some());
        assert!(diff(&max, &float).is_some());
        assert_eq!(diff(&json!(3), &json!(3.0)), None);
        assert_eq!(
            diff(&json!({"a": [1, {"b": 2}]}), &json!({"a": [1, {"b": 3}]})).as_deref(),
            Some("/a/1/b: expected 2, got 3")
        );
        assert!(diff(&json!({"a": 1}), &json!({"a": 1, "b": 2})).is_some());
        assert!(diff(&json!({"a": null}), &json!({})).is_some());
    }
}
