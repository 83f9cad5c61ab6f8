//! JSON Schema (as schemars 1.2 writes it) to the type model: objects become structs,
//! `$defs` named types, serde's enum representations unions, `["T", "null"]` and
//! `anyOf [T, null]` nullable types.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::error::ExportError;
use super::load::Contracts;
use super::model::{
    Attribute, AttributeType, Body, Decl, EnumValue, Field, IntKind, Message, Model, Presence,
    Tagging, Type, Union, Variant,
};
use super::names;

/// Builds the model of a contracts folder.
///
/// # Errors
/// A schema construct the exporters cannot represent, named by file and pointer.
pub fn lower(contracts: &Contracts) -> Result<Model, ExportError> {
    let mut cx = Lowering {
        decls: BTreeMap::new(),
        defs_seen: BTreeMap::new(),
    };
    let mut messages = Vec::new();
    for m in &contracts.messages {
        let type_name = format!("{}V{}", names::type_name(&m.name), m.version);
        let mut file = FileCx {
            path: m.path.clone(),
            root: &m.schema,
            def_names: BTreeMap::new(),
        };
        cx.register_defs(&mut file)?;
        if cx.decls.contains_key(&type_name) {
            return Err(ExportError::invalid(
                &m.path,
                "",
                format!("the type name {type_name} is also the name of a `$defs` type"),
            ));
        }
        cx.lower_decl(&file, &m.schema, "", &type_name)?;
        messages.push(Message {
            name: m.name.clone(),
            version: m.version,
            kind: m.kind.clone(),
            type_name,
        });
    }
    let attributes = attributes(
        &contracts.dir.join("envelope.schema.json"),
        &contracts.envelope,
    )?;
    Ok(Model {
        messages,
        decls: cx.decls.into_values().collect(),
        attributes,
    })
}

fn attributes(path: &Path, envelope: &Value) -> Result<Vec<Attribute>, ExportError> {
    let props = envelope
        .get("properties")
        .and_then(Value::as_object)
        .ok_or_else(|| ExportError::invalid(path, "/properties", "expected an object"))?;
    let required = string_list(envelope.get("required"));
    let mut out = Vec::new();
    for (name, s) in props {
        if name == "data" || name == "data_base64" {
            continue;
        }
        let ty = match (
            s.get("type").and_then(Value::as_str),
            s.get("format").and_then(Value::as_str),
        ) {
            (Some("integer"), _) => AttributeType::Integer,
            (_, Some("date-time")) => AttributeType::DateTime,
            _ => AttributeType::String,
        };
        out.push(Attribute {
            name: name.clone(),
            ty,
            required: required.contains(name),
            doc: doc(s),
        });
    }
    // specversion, id, source, type first, as CloudEvents lists them.
    out.sort_by_key(|a| {
        ["specversion", "id", "source", "type"]
            .iter()
            .position(|n| *n == a.name)
            .unwrap_or(4)
    });
    Ok(out)
}

struct Lowering {
    decls: BTreeMap<String, Decl>,
    /// `$defs` name given to a def, with the def's schema, to reuse identical ones.
    defs_seen: BTreeMap<String, Value>,
}

struct FileCx<'a> {
    path: PathBuf,
    root: &'a Value,
    /// `$defs` key in this file -> declaration name.
    def_names: BTreeMap<String, String>,
}

fn string_list(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn doc(s: &Value) -> Option<String> {
    s.get("description")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_owned)
}

fn escape_pointer(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The string values of a `{"type": "string", "const": ..}` or `{"enum": [..strings]}`.
fn string_constants(s: &Value) -> Option<Vec<String>> {
    if let Some(c) = s.get("const") {
        return c.as_str().map(|c| vec![c.to_owned()]);
    }
    let values = s.get("enum")?.as_array()?;
    values
        .iter()
        .map(|v| v.as_str().map(str::to_owned))
        .collect()
}

/// `["T", "null"]` or `anyOf [X, {"type": "null"}]`: the schema without the null.
fn strip_null(s: &Value) -> Option<Value> {
    if let Some(Value::Array(types)) = s.get("type") {
        let rest: Vec<&Value> = types
            .iter()
            .filter(|t| t.as_str() != Some("null"))
            .collect();
        if rest.len() + 1 == types.len() && rest.len() == 1 {
            let mut m = s.as_object()?.clone();
            m.insert("type".into(), rest[0].clone());
            return Some(Value::Object(m));
        }
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(Value::Array(alts)) = s.get(key) {
            let is_null = |v: &Value| v.get("type").and_then(Value::as_str) == Some("null");
            if alts.len() == 2 && alts.iter().filter(|a| is_null(a)).count() == 1 {
                let other = alts.iter().find(|a| !is_null(a))?;
                let mut m = s.as_object()?.clone();
                m.remove(key);
                if let Some(o) = other.as_object() {
                    for (k, v) in o {
                        m.entry(k.clone()).or_insert_with(|| v.clone());
                    }
                }
                return Some(Value::Object(m));
            }
        }
    }
    None
}

impl Lowering {
    fn err(file: &FileCx, pointer: &str, reason: impl Into<String>) -> ExportError {
        ExportError::invalid(&file.path, pointer, reason)
    }

    fn register_defs(&mut self, file: &mut FileCx) -> Result<(), ExportError> {
        let Some(defs) = file.root.get("$defs").and_then(Value::as_object) else {
            return Ok(());
        };
        let mut fresh = Vec::new();
        for (key, schema) in defs {
            let base = names::type_name(key);
            let mut name = base.clone();
            let mut n = 2;
            loop {
                match self.defs_seen.get(&name) {
                    Some(seen) if seen == schema => break,
                    Some(_) => {
                        name = format!("{base}{n}");
                        n += 1;
                    }
                    None => {
                        self.defs_seen.insert(name.clone(), schema.clone());
                        fresh.push((key.clone(), name.clone()));
                        break;
                    }
                }
            }
            file.def_names.insert(key.clone(), name);
        }
        for (key, name) in fresh {
            let schema = &defs[&key];
            let pointer = format!("/$defs/{}", escape_pointer(&key));
            self.lower_decl(file, schema, &pointer, &name)?;
        }
        Ok(())
    }

    fn add(&mut self, file: &FileCx, pointer: &str, decl: Decl) -> Result<String, ExportError> {
        let name = decl.name.clone();
        match self.decls.get(&name) {
            Some(existing) if *existing == decl => {}
            Some(_) => {
                return Err(Self::err(
                    file,
                    pointer,
                    format!("two different types would be named {name}"),
                ));
            }
            None => {
                self.decls.insert(name.clone(), decl);
            }
        }
        Ok(name)
    }

    /// Lowers a schema that gets a name of its own.
    fn lower_decl(
        &mut self,
        file: &FileCx,
        s: &Value,
        pointer: &str,
        name: &str,
    ) -> Result<String, ExportError> {
        let body = self.lower_body(file, s, pointer, name)?;
        self.add(
            file,
            pointer,
            Decl {
                name: name.to_owned(),
                doc: doc(s),
                body,
                tagged_by: None,
            },
        )
    }

    fn lower_body(
        &mut self,
        file: &FileCx,
        s: &Value,
        pointer: &str,
        name: &str,
    ) -> Result<Body, ExportError> {
        if strip_null(s).is_none() {
            for key in ["oneOf", "anyOf"] {
                if let Some(Value::Array(alts)) = s.get(key) {
                    return self.lower_alternatives(
                        file,
                        alts,
                        &format!("{pointer}/{key}"),
                        name,
                        key == "anyOf",
                    );
                }
            }
            if s.get("type").and_then(Value::as_str) == Some("string")
                && let Some(values) = string_constants(s)
            {
                return Ok(Body::StringEnum(
                    values
                        .into_iter()
                        .map(|wire| EnumValue { wire, doc: None })
                        .collect(),
                ));
            }
            if s.get("properties").is_some() {
                return Ok(Body::Struct(self.lower_fields(file, s, pointer, name)?));
            }
        }
        Ok(Body::Alias(self.lower_type(file, s, pointer, name)?))
    }

    fn lower_fields(
        &mut self,
        file: &FileCx,
        s: &Value,
        pointer: &str,
        owner: &str,
    ) -> Result<Vec<Field>, ExportError> {
        let required = string_list(s.get("required"));
        let mut fields = Vec::new();
        let Some(props) = s.get("properties").and_then(Value::as_object) else {
            return Ok(fields);
        };
        for (wire, ps) in props {
            let fp = format!("{pointer}/properties/{}", escape_pointer(wire));
            let stripped = strip_null(ps);
            let inner = stripped.as_ref().unwrap_or(ps);
            let hint = format!("{owner}{}", names::pascal(wire));
            let ty = self.lower_type(file, inner, &fp, &hint)?;
            let presence = if required.contains(wire) {
                if stripped.is_some() {
                    Presence::Nullable
                } else {
                    Presence::Required
                }
            } else {
                match ps.get("default") {
                    Some(Value::Null) | None => Presence::Optional {
                        nullable: stripped.is_some(),
                    },
                    Some(d) => Presence::Default(d.clone()),
                }
            };
            fields.push(Field {
                wire: wire.clone(),
                ty,
                presence,
                doc: doc(ps),
            });
        }
        Ok(fields)
    }

    /// Lowers a schema in a type position; `hint` names an inline object or enum.
    fn lower_type(
        &mut self,
        file: &FileCx,
        s: &Value,
        pointer: &str,
        hint: &str,
    ) -> Result<Type, ExportError> {
        if s == &Value::Bool(true) || s.as_object().is_some_and(Map::is_empty) {
            return Ok(Type::Any);
        }
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            let key = r.strip_prefix("#/$defs/").ok_or_else(|| {
                Self::err(
                    file,
                    pointer,
                    format!("`$ref` {r}: only `#/$defs/NAME` is supported"),
                )
            })?;
            let key = key.replace("~1", "/").replace("~0", "~");
            return file
                .def_names
                .get(&key)
                .map(|n| Type::Named(n.clone()))
                .ok_or_else(|| {
                    Self::err(file, pointer, format!("`$ref` {r} names no `$defs` entry"))
                });
        }
        if let Some(inner) = strip_null(s) {
            let t = self.lower_type(file, &inner, pointer, hint)?;
            return Ok(Type::Nullable(Box::new(t)));
        }
        if s.get("oneOf").is_some()
            || s.get("anyOf").is_some()
            || s.get("enum").is_some()
            || s.get("const").is_some()
        {
            return Ok(Type::Named(self.lower_decl(file, s, pointer, hint)?));
        }
        let ty = s.get("type").and_then(Value::as_str);
        let format = s.get("format").and_then(Value::as_str);
        Ok(match ty {
            Some("boolean") => Type::Bool,
            Some("number") => Type::Float,
            Some("integer") => Type::Int(match format {
                Some("int8") => IntKind::I8,
                Some("int16") => IntKind::I16,
                Some("int32") => IntKind::I32,
                Some("uint8") => IntKind::U8,
                Some("uint16") => IntKind::U16,
                Some("uint32") => IntKind::U32,
                Some("uint64" | "uint") => IntKind::U64,
                _ => IntKind::I64,
            }),
            Some("string") => match format {
                Some("date-time") => Type::DateTime,
                Some("uuid") => Type::Uuid,
                _ => Type::String,
            },
            Some("array") => {
                if s.get("prefixItems").is_some() {
                    return Err(Self::err(
                        file,
                        pointer,
                        "tuples (`prefixItems`) are not supported",
                    ));
                }
                match s.get("items") {
                    None => Type::Array(Box::new(Type::Any)),
                    Some(items) => Type::Array(Box::new(self.lower_type(
                        file,
                        items,
                        &format!("{pointer}/items"),
                        &format!("{hint}Item"),
                    )?)),
                }
            }
            Some("object") | None if s.get("properties").is_some() => {
                Type::Named(self.lower_decl(file, s, pointer, hint)?)
            }
            Some("object") => match s.get("additionalProperties") {
                None | Some(Value::Bool(true)) => Type::Map(Box::new(Type::Any)),
                Some(v) => Type::Map(Box::new(self.lower_type(
                    file,
                    v,
                    &format!("{pointer}/additionalProperties"),
                    &format!("{hint}Value"),
                )?)),
            },
            None => Type::Any,
            Some(other) => {
                return Err(Self::err(
                    file,
                    pointer,
                    format!("type `{other}` is not supported here"),
                ));
            }
        })
    }

    /// `oneOf` / `anyOf`: a string enum or one of serde's enum representations.
    fn lower_alternatives(
        &mut self,
        file: &FileCx,
        alts: &[Value],
        pointer: &str,
        name: &str,
        any_of: bool,
    ) -> Result<Body, ExportError> {
        let is_string_const = |a: &Value| {
            a.get("type").and_then(Value::as_str) == Some("string") && string_constants(a).is_some()
        };
        if alts.iter().all(is_string_const) {
            let mut values = Vec::new();
            for a in alts {
                for wire in string_constants(a).unwrap_or_default() {
                    values.push(EnumValue { wire, doc: doc(a) });
                }
            }
            return Ok(Body::StringEnum(values));
        }
        if any_of {
            return self.lower_untagged(file, alts, pointer, name);
        }
        if let Some(tagging) = detect_tagging(alts) {
            return self.lower_tagged(file, alts, pointer, name, tagging);
        }
        Err(Self::err(
            file,
            pointer,
            "a `oneOf` that is none of serde's enum representations (external, internal, adjacent tag)",
        ))
    }

    fn lower_untagged(
        &mut self,
        file: &FileCx,
        alts: &[Value],
        pointer: &str,
        name: &str,
    ) -> Result<Body, ExportError> {
        let mut variants = Vec::new();
        let mut taken: Vec<String> = Vec::new();
        for (i, a) in alts.iter().enumerate() {
            let ap = format!("{pointer}/{i}");
            // A name from the payload's type: the schema gives untagged variants none.
            let ty_guess = self.lower_type(file, a, &ap, &format!("{name}Object"))?;
            let base = match &ty_guess {
                Type::Bool => "Bool".to_owned(),
                Type::Int(_) => "Integer".to_owned(),
                Type::Float => "Number".to_owned(),
                Type::String => "String".to_owned(),
                Type::DateTime => "DateTime".to_owned(),
                Type::Uuid => "Uuid".to_owned(),
                Type::Any => "Value".to_owned(),
                Type::Array(_) => "List".to_owned(),
                Type::Map(_) => "Map".to_owned(),
                Type::Nullable(_) => "Nullable".to_owned(),
                Type::Named(n) => n
                    .strip_prefix(name)
                    .filter(|r| !r.is_empty())
                    .unwrap_or(n)
                    .to_owned(),
            };
            let mut vname = base.clone();
            let mut n = 2;
            while taken.contains(&vname) {
                vname = format!("{base}{n}");
                n += 1;
            }
            taken.push(vname.clone());
            let payload = if let Type::Named(n) = &ty_guess
                && n == &format!("{name}Object")
                && vname != "Object"
            {
                // Rename the inline object after its variant.
                let mut decl = self.decls.remove(n).expect("just added");
                decl.name = format!("{name}{vname}");
                Type::Named(self.add(file, &ap, decl)?)
            } else {
                ty_guess
            };
            variants.push(Variant {
                name: vname,
                tag: i.to_string(),
                doc: doc(a),
                payload: Some(payload),
            });
        }
        Ok(Body::Union(Union {
            tagging: Tagging::Untagged,
            variants,
        }))
    }

    fn lower_tagged(
        &mut self,
        file: &FileCx,
        alts: &[Value],
        pointer: &str,
        name: &str,
        tagging: Tagging,
    ) -> Result<Body, ExportError> {
        let mut variants = Vec::new();
        for (i, a) in alts.iter().enumerate() {
            let ap = format!("{pointer}/{i}");
            let props = a.get("properties").and_then(Value::as_object);
            match &tagging {
                Tagging::External => {
                    if let Some(values) = string_constants(a) {
                        for tag in values {
                            variants.push(unit_variant(&tag, doc(a)));
                        }
                        continue;
                    }
                    let (tag, inner) = props.and_then(|p| p.iter().next()).ok_or_else(|| {
                        Self::err(file, &ap, "an externally tagged variant with no key")
                    })?;
                    let vname = names::pascal(tag);
                    let ip = format!("{ap}/properties/{}", escape_pointer(tag));
                    let payload = self.lower_type(file, inner, &ip, &format!("{name}{vname}"))?;
                    variants.push(Variant {
                        name: vname,
                        tag: tag.clone(),
                        doc: doc(a),
                        payload: Some(payload),
                    });
                }
                Tagging::Internal { tag } | Tagging::Adjacent { tag, .. } => {
                    let props = props.ok_or_else(|| {
                        Self::err(file, &ap, "a tagged variant with no properties")
                    })?;
                    let value = props
                        .get(tag)
                        .and_then(string_constants)
                        .and_then(|v| v.into_iter().next())
                        .ok_or_else(|| {
                            Self::err(file, &ap, format!("a variant without a `{tag}` constant"))
                        })?;
                    let vname = names::pascal(&value);
                    let payload = if let Tagging::Adjacent { content, .. } = &tagging {
                        match props.get(content) {
                            None => None,
                            Some(c) => Some(self.lower_type(
                                file,
                                c,
                                &format!("{ap}/properties/{}", escape_pointer(content)),
                                &format!("{name}{vname}"),
                            )?),
                        }
                    } else if props.len() > 1 {
                        let mut rest = a.as_object().cloned().unwrap_or_default();
                        let mut p = props.clone();
                        p.remove(tag);
                        rest.insert("properties".into(), Value::Object(p));
                        let req: Vec<Value> = string_list(a.get("required"))
                            .into_iter()
                            .filter(|r| r != tag)
                            .map(Value::String)
                            .collect();
                        rest.insert("required".into(), Value::Array(req));
                        let rest = Value::Object(rest);
                        let decl_name = format!("{name}{vname}");
                        let fields = self.lower_fields(file, &rest, &ap, &decl_name)?;
                        let decl = Decl {
                            name: decl_name,
                            doc: doc(a),
                            body: Body::Struct(fields),
                            tagged_by: Some((tag.clone(), value.clone())),
                        };
                        Some(Type::Named(self.add(file, &ap, decl)?))
                    } else {
                        None
                    };
                    variants.push(Variant {
                        name: vname,
                        tag: value,
                        doc: doc(a),
                        payload,
                    });
                }
                Tagging::Untagged => unreachable!("untagged unions are lowered elsewhere"),
            }
        }
        Ok(Body::Union(Union { tagging, variants }))
    }
}

fn unit_variant(tag: &str, doc: Option<String>) -> Variant {
    Variant {
        name: names::pascal(tag),
        tag: tag.to_owned(),
        doc,
        payload: None,
    }
}

/// Which of serde's tagged representations a `oneOf` is.
fn detect_tagging(alts: &[Value]) -> Option<Tagging> {
    fn props(a: &Value) -> Option<&Map<String, Value>> {
        a.get("properties").and_then(Value::as_object)
    }
    let external = alts.iter().all(|a| {
        string_constants(a).is_some()
            || (props(a).is_some_and(|p| p.len() == 1)
                && a.get("additionalProperties") == Some(&Value::Bool(false)))
    });
    if external {
        return Some(Tagging::External);
    }
    // The tag: a property that is a string constant in every variant.
    let first = props(alts.first()?)?;
    let tag = first.keys().find(|k| {
        alts.iter().all(|a| {
            props(a).is_some_and(|p| {
                p.get(*k)
                    .is_some_and(|v| v.get("const").and_then(Value::as_str).is_some())
            })
        })
    })?;
    // Adjacent: besides the tag, at most one other property, the same in every variant.
    let mut others: Vec<&String> = alts
        .iter()
        .filter_map(props)
        .flat_map(|p| p.keys().filter(|k| *k != tag))
        .collect();
    others.sort();
    others.dedup();
    let adjacent = others.len() == 1
        && alts.iter().all(|a| props(a).is_some_and(|p| p.len() <= 2))
        && alts.iter().any(|a| {
            props(a).is_some_and(|p| p.len() == 2)
                && string_list(a.get("required")).contains(others[0])
        });
    if adjacent {
        Some(Tagging::Adjacent {
            tag: tag.clone(),
            content: others[0].clone(),
        })
    } else {
        Some(Tagging::Internal { tag: tag.clone() })
    }
}
