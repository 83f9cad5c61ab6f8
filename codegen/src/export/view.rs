//! What the lowering reads without copying: a schema seen with its `null` alternative
//! taken out, and the JSON pointer and type-name hint of where it is, both built only when
//! an error or an inline type needs them.

use serde_json::Value;

use super::names;

/// A schema, or a schema with its `null` alternative taken out (`["T", "null"]`,
/// `anyOf`/`oneOf [X, {"type": "null"}]`), borrowed from the contract files.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Schema<'a> {
    value: &'a Value,
    /// For `anyOf`/`oneOf [X, null]`: the keyword taken out, and X, whose keywords apply
    /// where `value` has none.
    merged: Option<(&'static str, &'a Value)>,
    /// For `"type": ["T", "null"]`: `"T"`.
    ty: Option<&'a Value>,
}

impl<'a> Schema<'a> {
    pub(crate) fn new(value: &'a Value) -> Self {
        Schema {
            value,
            merged: None,
            ty: None,
        }
    }

    /// The keyword `key`.
    pub(crate) fn get(self, key: &str) -> Option<&'a Value> {
        if key == "type"
            && let Some(t) = self.ty
        {
            return Some(t);
        }
        match self.merged {
            Some((taken, x)) if taken == key => x.get(key),
            Some((_, x)) => self.value.get(key).or_else(|| x.get(key)),
            None => self.value.get(key),
        }
    }

    /// The keyword `key`, if a string.
    pub(crate) fn str(self, key: &str) -> Option<&'a str> {
        self.get(key).and_then(Value::as_str)
    }

    /// The keyword `key`, if an object.
    pub(crate) fn object(self, key: &str) -> Option<&'a serde_json::Map<String, Value>> {
        self.get(key).and_then(Value::as_object)
    }

    /// `true` or `{}`: any value.
    pub(crate) fn is_any(self) -> bool {
        self.merged.is_none()
            && self.ty.is_none()
            && (self.value == &Value::Bool(true)
                || self
                    .value
                    .as_object()
                    .is_some_and(serde_json::Map::is_empty))
    }

    /// Its description, trimmed, if not empty.
    pub(crate) fn doc(self) -> Option<String> {
        self.str("description")
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(str::to_owned)
    }

    /// The strings of a `required` list.
    pub(crate) fn required(self) -> Vec<&'a str> {
        self.get("required")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default()
    }

    /// The string values of `{"const": ..}` or `{"enum": [..strings]}`.
    pub(crate) fn string_constants(self) -> Option<Vec<String>> {
        if let Some(c) = self.get("const") {
            return c.as_str().map(|c| vec![c.to_owned()]);
        }
        self.get("enum")?
            .as_array()?
            .iter()
            .map(|v| v.as_str().map(str::to_owned))
            .collect()
    }

    /// The schema without the `null` it also accepts, if it is `["T", "null"]` or
    /// `anyOf`/`oneOf [X, {"type": "null"}]`.
    pub(crate) fn strip_null(self) -> Option<Schema<'a>> {
        if let Some(Value::Array(types)) = self.get("type") {
            let mut rest = types.iter().filter(|t| t.as_str() != Some("null"));
            if let (Some(t), None) = (rest.next(), rest.next())
                && types.len() == 2
            {
                return Some(Schema {
                    ty: Some(t),
                    ..self
                });
            }
        }
        if self.merged.is_some() {
            // A null taken out twice is still one null; nothing more to take out.
            return None;
        }
        for key in ["anyOf", "oneOf"] {
            if let Some(Value::Array(alts)) = self.get(key) {
                let is_null = |v: &Value| v.get("type").and_then(Value::as_str) == Some("null");
                if alts.len() == 2 && alts.iter().filter(|a| is_null(a)).count() == 1 {
                    let other = alts.iter().find(|a| !is_null(a))?;
                    return Some(Schema {
                        merged: Some((key, other)),
                        ..self
                    });
                }
            }
        }
        None
    }
}

/// A JSON pointer into a schema file, rendered only for an error.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Pointer<'p> {
    /// The file's root: `""`.
    Root,
    /// A member of an object.
    Key(&'p Pointer<'p>, &'p str),
    /// An element of an array.
    Index(&'p Pointer<'p>, usize),
}

impl Pointer<'_> {
    /// The pointer, as RFC 6901 writes it.
    pub(crate) fn render(&self) -> String {
        let mut out = String::new();
        self.render_into(&mut out);
        out
    }

    fn render_into(&self, out: &mut String) {
        match self {
            Pointer::Root => {}
            Pointer::Key(parent, key) => {
                parent.render_into(out);
                out.push('/');
                out.push_str(&key.replace('~', "~0").replace('/', "~1"));
            }
            Pointer::Index(parent, i) => {
                parent.render_into(out);
                out.push('/');
                out.push_str(&i.to_string());
            }
        }
    }
}

/// The name an inline object or enum gets, rendered only when one is found there.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Hint<'h> {
    /// This name.
    Name(&'h str),
    /// The owner's name and the field's wire name in `PascalCase`.
    Field(&'h str, &'h str),
    /// Another hint with a suffix (`Item`, `Value`).
    Suffix(&'h Hint<'h>, &'static str),
}

impl Hint<'_> {
    /// The name.
    pub(crate) fn render(&self) -> String {
        match self {
            Hint::Name(n) => (*n).to_owned(),
            Hint::Field(owner, wire) => format!("{owner}{}", names::pascal(wire)),
            Hint::Suffix(h, s) => h.render() + s,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn strip_null_reads_through_without_copying() {
        let v = json!({"type": ["integer", "null"], "format": "uint64"});
        let s = Schema::new(&v).strip_null().unwrap();
        assert_eq!(s.str("type"), Some("integer"));
        assert_eq!(s.str("format"), Some("uint64"));

        let v = json!({"anyOf": [{"$ref": "#/$defs/Money"}, {"type": "null"}], "description": "d"});
        let s = Schema::new(&v).strip_null().unwrap();
        assert_eq!(s.str("$ref"), Some("#/$defs/Money"));
        assert_eq!(s.get("anyOf"), None);
        assert_eq!(s.doc().as_deref(), Some("d"));
        assert!(s.strip_null().is_none());

        let v = json!({"anyOf": [{"type": "string"}, {"type": "integer"}]});
        assert!(Schema::new(&v).strip_null().is_none());
    }

    #[test]
    fn pointers_and_hints_render_on_demand() {
        let root = Pointer::Root;
        let defs = Pointer::Key(&root, "$defs");
        let def = Pointer::Key(&defs, "a/b~c");
        assert_eq!(Pointer::Index(&def, 2).render(), "/$defs/a~1b~0c/2");
        let field = Hint::Field("Order", "line-items");
        assert_eq!(Hint::Suffix(&field, "Item").render(), "OrderLineItemsItem");
    }
}
