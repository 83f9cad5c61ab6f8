//! The inputs of `cargo xtask compare-exports`: the vectors Rust writes (through the
//! export test) turned into cases, and the hard parts, each judged on named fields of
//! named cases.
//!
//! A case is one message's data. The hard-parts vectors (`max`, `min`, `defaults`) are used
//! as written for the 64-bit part ("exact" cases); every other part is judged on "safe"
//! copies whose integers beyond 2^53 are replaced by 2^53 - 1, so that a tool which loses
//! 64-bit precision is marked down once, on that part, not on every part that holds a
//! number. "Negative" cases are values the contract refuses (a variant's field missing, two
//! externally tagged variants at once, an unknown string-enum value): a real sum type
//! rejects them, one class with optional fields accepts them.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

/// One message's data and what re-encoding it must give.
pub struct Case {
    /// `<Name>/v<N>/<case>`.
    pub key: String,
    /// Index of the schema in its contract set.
    pub schema: usize,
    /// What re-encoding the envelope must give (`<case>.expected.json` when there).
    pub expected_envelope: Value,
    /// Must the types refuse it?
    pub negative: bool,
    /// Where the data is written for the other tools' drivers.
    pub data_file: PathBuf,
}

impl Case {
    pub fn expected(&self) -> &Value {
        &self.expected_envelope["data"]
    }
}

/// One message version of a contracts folder.
pub struct Schema {
    pub name: String,
    pub path: PathBuf,
}

/// A contracts folder and its cases.
pub struct Set {
    pub contracts: PathBuf,
    pub schemas: Vec<Schema>,
    pub cases: Vec<Case>,
}

const SAFE: i64 = 9_007_199_254_740_991;

fn beyond_2_53(n: &serde_json::Number) -> bool {
    n.as_u64().is_some_and(|u| u > SAFE.unsigned_abs()) || n.as_i64().is_some_and(|i| i < -SAFE)
}

fn make_safe(v: &mut Value) {
    match v {
        Value::Number(n) if beyond_2_53(n) => {
            *v = if n.as_i64().is_some_and(|i| i < 0) {
                json!(-SAFE)
            } else {
                json!(SAFE)
            };
        }
        Value::Array(a) => a.iter_mut().for_each(make_safe),
        Value::Object(m) => m.values_mut().for_each(make_safe),
        _ => {}
    }
}

/// JSON pointers (under the data) of every integer beyond 2^53 in `v`.
pub fn big_integers(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::Number(n) if beyond_2_53(n) => out.push(at.to_owned()),
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                big_integers(x, &format!("{at}/{i}"), out);
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                let k = k.replace('~', "~0").replace('/', "~1");
                big_integers(x, &format!("{at}/{k}"), out);
            }
        }
        _ => {}
    }
}

fn read(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The schemas of a contracts folder, from its manifest.
fn schemas(contracts: &Path) -> Result<Vec<(String, u64, Schema)>, String> {
    let manifest = read(&contracts.join("manifest.json"))?;
    let messages = manifest["messages"]
        .as_array()
        .ok_or("manifest without messages")?;
    Ok(messages
        .iter()
        .map(|m| {
            let name = m["name"].as_str().unwrap_or_default().to_owned();
            let version = m["version"].as_u64().unwrap_or_default();
            let path = contracts.join(m["schema"].as_str().unwrap_or_default());
            (name.clone(), version, Schema { name, path })
        })
        .collect())
}

/// A vector found: its schema's index, its key, the vector and what re-encoding must give.
type Found = (usize, String, Value, Value);

/// The vectors `<Name>/v<N>/<case>.json` under `vectors`, for the messages of `contracts`.
fn vector_cases(contracts: &Path, vectors: &Path) -> Result<(Vec<Schema>, Vec<Found>), String> {
    let mut out_schemas = Vec::new();
    let mut cases = Vec::new();
    for (i, (name, version, schema)) in schemas(contracts)?.into_iter().enumerate() {
        let dir = vectors.join(&name).join(format!("v{version}"));
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .filter(|p| !p.to_string_lossy().ends_with(".expected.json"))
            .collect();
        files.sort();
        for f in files {
            let case = f
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let envelope = read(&f)?;
            let expected_file = f.with_extension("expected.json");
            let expected = if expected_file.exists() {
                read(&expected_file)?
            } else {
                envelope.clone()
            };
            cases.push((i, format!("{name}/v{version}/{case}"), envelope, expected));
        }
        out_schemas.push(schema);
    }
    Ok((out_schemas, cases))
}

/// A change to the `min` data that the contract refuses.
/// A named change to a vector's data.
type Change = (&'static str, fn(&mut Value));

fn negatives() -> Vec<Change> {
    vec![
        ("neg-internal", |d| {
            d["shapes"][0] = json!({"kind": "circle"});
        }),
        ("neg-adjacent", |d| {
            d["payloads"][1] = json!({"t": "Count", "c": "text"});
        }),
        ("neg-external", |d| {
            d["actions"][1] = json!({"Move": {"dx": 1, "dy": 2}, "Say": "x"});
        }),
        ("neg-untagged", |d| {
            d["references"][2] = json!({"namespace": "ns"});
        }),
        ("neg-enum", |d| d["currency"] = json!("GBP")),
    ]
}

/// The hard-parts set: exact, safe and negative cases of the hard-parts vectors.
pub fn hard_parts(contracts: &Path, vectors: &Path, work: &Path) -> Result<Set, String> {
    let (schemas, found) = vector_cases(contracts, vectors)?;
    let mut cases = Vec::new();
    for (schema, key, envelope, expected) in found {
        let (prefix, case) = key.rsplit_once('/').ok_or("bad case key")?;
        let mut safe = envelope.clone();
        make_safe(&mut safe["data"]);
        let mut safe_expected = expected.clone();
        make_safe(&mut safe_expected["data"]);
        if case == "min" {
            for (name, change) in negatives() {
                let mut neg = safe.clone();
                change(&mut neg["data"]);
                cases.push((schema, format!("{prefix}/{name}"), neg.clone(), neg, true));
            }
        }
        cases.push((
            schema,
            format!("{prefix}/exact-{case}"),
            envelope,
            expected,
            false,
        ));
        cases.push((
            schema,
            format!("{prefix}/safe-{case}"),
            safe,
            safe_expected,
            false,
        ));
    }
    write_cases(contracts, schemas, cases, work)
}

/// The example contracts' vectors, as written.
pub fn examples(contracts: &Path, vectors: &Path, work: &Path) -> Result<Set, String> {
    let (schemas, found) = vector_cases(contracts, vectors)?;
    let cases = found
        .into_iter()
        .map(|(s, k, e, x)| (s, k, e, x, false))
        .collect();
    write_cases(contracts, schemas, cases, work)
}

/// Writes each case as an envelope vector (`work/vectors`, for `factum export roundtrip`)
/// and as bare data (`work/data`, for the other tools' drivers).
fn write_cases(
    contracts: &Path,
    schemas: Vec<Schema>,
    found: Vec<(usize, String, Value, Value, bool)>,
    work: &Path,
) -> Result<Set, String> {
    let _ = std::fs::remove_dir_all(work);
    let mut cases = Vec::new();
    for (schema, key, envelope, expected_envelope, negative) in found {
        let vector = work.join("vectors").join(format!("{key}.json"));
        let data_file = work
            .join("data")
            .join(format!("{}.json", key.replace('/', "-")));
        for dir in [vector.parent(), data_file.parent()].into_iter().flatten() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let w = |p: &Path, v: &Value| {
            std::fs::write(p, v.to_string()).map_err(|e| format!("{}: {e}", p.display()))
        };
        w(&vector, &envelope)?;
        if expected_envelope != envelope {
            w(&vector.with_extension("expected.json"), &expected_envelope)?;
        }
        w(&data_file, &envelope["data"])?;
        cases.push(Case {
            key,
            schema,
            expected_envelope,
            negative,
            data_file,
        });
    }
    Ok(Set {
        contracts: contracts.to_path_buf(),
        schemas,
        cases,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_integers_beyond_2_53_are_made_safe_and_found() {
        let mut v = json!({"u": u64::MAX, "i": i64::MIN, "edge": SAFE, "neg": -SAFE, "f": 1.5e300, "list": [9_007_199_254_740_993_u64]});
        let mut found = Vec::new();
        big_integers(&v, "", &mut found);
        found.sort();
        assert_eq!(found, ["/i", "/list/0", "/u"]);
        make_safe(&mut v);
        assert_eq!(
            v,
            json!({"u": SAFE, "i": -SAFE, "edge": SAFE, "neg": -SAFE, "f": 1.5e300, "list": [SAFE]})
        );
    }
}
