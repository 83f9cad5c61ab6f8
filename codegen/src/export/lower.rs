//! JSON Schema (as schemars 1.2 writes it) to the type model: objects become structs,
//! `$defs` named types, serde's enum representations unions, `["T", "null"]` and
//! `anyOf [T, null]` nullable types. The schemas are read in place (see [`super::view`]).

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Map, Value};

use super::error::ExportError;
use super::load::Contracts;
use super::model::{
    Attribute, AttributeType, Body, Decl, EnumValue, Field, IntKind, Message, Model, Presence,
    Tagging, Type, Union, Variant,
};
use super::names;
use super::view::{Hint, Pointer, Schema};

/// Builds the model of a contracts folder.
///
/// # Errors
/// A schema construct the exporters cannot represent, named by file and pointer.
pub fn lower(contracts: &Contracts) -> Result<Model, ExportError> {
    let mut cx = Lowering {
        decls: BTreeMap::new(),
        defs_seen: BTreeMap::new(),
    };
    let mut messages = Vec::with_capacity(contracts.messages.len());
    for m in &contracts.messages {
        let type_name = format!("{}V{}", names::type_name(&m.name), m.version);
        let mut file = FileCx {
            path: &m.path,
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
        cx.lower_decl(
            &file,
            Schema::new(&m.schema),
            &Pointer::Root,
            type_name.clone(),
        )?;
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
    variant_docs(&mut cx.decls);
    Ok(Model {
        messages,
        decls: cx.decls.into_values().collect(),
        attributes,
    })
}

/// Gives a variant's inline payload struct (named `<Union><Variant>` by the lowering) the
/// variant's description when the struct has none: serde and schemars put a struct
/// variant's doc comment on the variant's schema, not on its object, and languages that
/// declare the payload as a type of its own would otherwise drop it.
fn variant_docs(decls: &mut BTreeMap<String, Decl>) {
    let mut adopted = Vec::new();
    for decl in decls.values() {
        let Body::Union(u) = &decl.body else { continue };
        for v in &u.variants {
            if let (Some(doc), Some(Type::Named(p))) = (&v.doc, &v.payload)
                && *p == format!("{}{}", decl.name, v.name)
            {
                adopted.push((p.clone(), doc.clone()));
            }
        }
    }
    for (name, doc) in adopted {
        if let Some(d) = decls.get_mut(&name)
            && d.doc.is_none()
        {
            d.doc = Some(doc);
        }
    }
}

fn attributes(path: &Path, envelope: &Value) -> Result<Vec<Attribute>, ExportError> {
    let props = envelope
        .get("properties")
        .and_then(Value::as_object)
        .ok_or_else(|| ExportError::invalid(path, "/properties", "expected an object"))?;
    let required = Schema::new(envelope).required();
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
            required: required.contains(&name.as_str()),
            doc: Schema::new(s).doc(),
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

struct Lowering<'a> {
    decls: BTreeMap<String, Decl>,
    /// `$defs` name given to a def, with the def's schema, to reuse identical ones.
    defs_seen: BTreeMap<String, &'a Value>,
}

struct FileCx<'a> {
    path: &'a Path,
    root: &'a Value,
    /// `$defs` key in this file -> declaration name.
    def_names: BTreeMap<&'a str, String>,
}

impl<'a> Lowering<'a> {
    fn err(file: &FileCx, pointer: &Pointer, reason: impl Into<String>) -> ExportError {
        ExportError::invalid(file.path, pointer.render(), reason)
    }

    fn register_defs(&mut self, file: &mut FileCx<'a>) -> Result<(), ExportError> {
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
                    Some(seen) if *seen == schema => break,
                    Some(_) => {
                        name = format!("{base}{n}");
                        n += 1;
                    }
                    None => {
                        self.defs_seen.insert(name.clone(), schema);
                        fresh.push((key.as_str(), schema, name.clone()));
                        break;
                    }
                }
            }
            file.def_names.insert(key, name);
        }
        let defs_pointer = Pointer::Key(&Pointer::Root, "$defs");
        for (key, schema, name) in fresh {
            let pointer = Pointer::Key(&defs_pointer, key);
            self.lower_decl(file, Schema::new(schema), &pointer, name)?;
        }
        Ok(())
    }

    fn add(&mut self, file: &FileCx, pointer: &Pointer, decl: Decl) -> Result<String, ExportError> {
        match self.decls.get(&decl.name) {
            Some(existing) if *existing == decl => Ok(decl.name),
            Some(_) => Err(Self::err(
                file,
                pointer,
                format!("two different types would be named {}", decl.name),
            )),
            None => {
                let name = decl.name.clone();
                self.decls.insert(name.clone(), decl);
                Ok(name)
            }
        }
    }

    /// Lowers a schema that gets a name of its own.
    fn lower_decl(
        &mut self,
        file: &FileCx,
        s: Schema,
        pointer: &Pointer,
        name: String,
    ) -> Result<String, ExportError> {
        let body = self.lower_body(file, s, pointer, &name)?;
        self.add(
            file,
            pointer,
            Decl {
                name,
                doc: s.doc(),
                body,
                tagged_by: None,
            },
        )
    }

    fn lower_body(
        &mut self,
        file: &FileCx,
        s: Schema,
        pointer: &Pointer,
        name: &str,
    ) -> Result<Body, ExportError> {
        if s.strip_null().is_none() {
            for key in ["oneOf", "anyOf"] {
                if let Some(Value::Array(alts)) = s.get(key) {
                    return self.lower_alternatives(
                        file,
                        alts,
                        &Pointer::Key(pointer, key),
                        name,
                        key == "anyOf",
                    );
                }
            }
            if s.str("type") == Some("string")
                && let Some(values) = s.string_constants()
            {
                return Ok(Body::StringEnum(
                    values
                        .into_iter()
                        .map(|wire| EnumValue { wire, doc: None })
                        .collect(),
                ));
            }
            if s.get("properties").is_some() {
                return Ok(Body::Struct(
                    self.lower_fields(file, s, pointer, name, None)?,
                ));
            }
            if let Some(Value::Array(items)) = s.get("prefixItems") {
                return self.lower_tuple(file, s, items, pointer, name);
            }
        }
        Ok(Body::Alias(self.lower_type(
            file,
            s,
            pointer,
            &Hint::Name(name),
        )?))
    }

    /// The fields of an object schema, but `skip` (an internal tag).
    fn lower_fields(
        &mut self,
        file: &FileCx,
        s: Schema,
        pointer: &Pointer,
        owner: &str,
        skip: Option<&str>,
    ) -> Result<Vec<Field>, ExportError> {
        let required = s.required();
        let Some(props) = s.object("properties") else {
            return Ok(Vec::new());
        };
        let props_pointer = Pointer::Key(pointer, "properties");
        let mut fields = Vec::with_capacity(props.len());
        for (wire, ps) in props {
            if Some(wire.as_str()) == skip {
                continue;
            }
            let fp = Pointer::Key(&props_pointer, wire);
            let ps = Schema::new(ps);
            let stripped = ps.strip_null();
            let inner = stripped.unwrap_or(ps);
            let ty = self.lower_type(file, inner, &fp, &Hint::Field(owner, wire))?;
            let presence = if required.contains(&wire.as_str()) {
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
                doc: ps.doc(),
            });
        }
        Ok(fields)
    }

    /// Lowers a schema in a type position; `hint` names an inline object or enum.
    fn lower_type(
        &mut self,
        file: &FileCx,
        s: Schema,
        pointer: &Pointer,
        hint: &Hint,
    ) -> Result<Type, ExportError> {
        if s.is_any() {
            return Ok(Type::Any);
        }
        if let Some(r) = s.str("$ref") {
            let key = r.strip_prefix("#/$defs/").ok_or_else(|| {
                Self::err(
                    file,
                    pointer,
                    format!("`$ref` {r}: only `#/$defs/NAME` is supported"),
                )
            })?;
            let found = if key.contains('~') {
                file.def_names
                    .get(key.replace("~1", "/").replace("~0", "~").as_str())
            } else {
                file.def_names.get(key)
            };
            return found.map(|n| Type::Named(n.clone())).ok_or_else(|| {
                Self::err(file, pointer, format!("`$ref` {r} names no `$defs` entry"))
            });
        }
        if let Some(inner) = s.strip_null() {
            let t = self.lower_type(file, inner, pointer, hint)?;
            return Ok(Type::Nullable(Box::new(t)));
        }
        if s.get("oneOf").is_some()
            || s.get("anyOf").is_some()
            || s.get("enum").is_some()
            || s.get("const").is_some()
        {
            return Ok(Type::Named(self.lower_decl(
                file,
                s,
                pointer,
                hint.render(),
            )?));
        }
        let format = s.str("format");
        Ok(match s.str("type") {
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
                    return Ok(Type::Named(self.lower_decl(
                        file,
                        s,
                        pointer,
                        hint.render(),
                    )?));
                }
                match s.get("items") {
                    None => Type::Array(Box::new(Type::Any)),
                    Some(items) => Type::Array(Box::new(self.lower_type(
                        file,
                        Schema::new(items),
                        &Pointer::Key(pointer, "items"),
                        &Hint::Suffix(hint, "Item"),
                    )?)),
                }
            }
            Some("object") | None if s.get("properties").is_some() => {
                Type::Named(self.lower_decl(file, s, pointer, hint.render())?)
            }
            Some("object") => match s.get("additionalProperties") {
                None | Some(Value::Bool(true)) => Type::Map(Box::new(Type::Any)),
                Some(v) => Type::Map(Box::new(self.lower_type(
                    file,
                    Schema::new(v),
                    &Pointer::Key(pointer, "additionalProperties"),
                    &Hint::Suffix(hint, "Value"),
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

    /// A tuple: `prefixItems` with exactly that many items (`minItems` and `maxItems`
    /// equal to their count, no other `items`), as schemars writes a Rust tuple.
    fn lower_tuple(
        &mut self,
        file: &FileCx,
        s: Schema,
        items: &[Value],
        pointer: &Pointer,
        name: &str,
    ) -> Result<Body, ExportError> {
        let n = items.len() as u64;
        let count = |key| s.get(key).and_then(Value::as_u64);
        let extra = s.get("items").is_some_and(|i| *i != Value::Bool(false));
        if count("minItems") != Some(n) || count("maxItems") != Some(n) || extra {
            return Err(Self::err(
                file,
                pointer,
                format!(
                    "a tuple of {n} items needs `minItems` and `maxItems` of {n} and no other `items` (a Rust tuple has a fixed length)"
                ),
            ));
        }
        let items_pointer = Pointer::Key(pointer, "prefixItems");
        let mut types = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let ip = Pointer::Index(&items_pointer, i);
            let item_name = format!("{name}Item{i}");
            types.push(self.lower_type(file, Schema::new(item), &ip, &Hint::Name(&item_name))?);
        }
        Ok(Body::Tuple(types))
    }

    /// `oneOf` / `anyOf`: a string enum or one of serde's enum representations.
    fn lower_alternatives(
        &mut self,
        file: &FileCx,
        alts: &[Value],
        pointer: &Pointer,
        name: &str,
        any_of: bool,
    ) -> Result<Body, ExportError> {
        let is_string_const = |a: &Value| {
            let a = Schema::new(a);
            a.str("type") == Some("string") && a.string_constants().is_some()
        };
        if alts.iter().all(is_string_const) {
            let mut values = Vec::new();
            for a in alts {
                let a = Schema::new(a);
                for wire in a.string_constants().unwrap_or_default() {
                    values.push(EnumValue { wire, doc: a.doc() });
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
        pointer: &Pointer,
        name: &str,
    ) -> Result<Body, ExportError> {
        let mut variants = Vec::new();
        let mut taken: Vec<String> = Vec::new();
        let fresh = |taken: &[String], base: &str| {
            let mut v = base.to_owned();
            let mut n = 2;
            while taken.contains(&v) {
                v = format!("{base}{n}");
                n += 1;
            }
            v
        };
        for (i, a) in alts.iter().enumerate() {
            let ap = Pointer::Index(pointer, i);
            let a = Schema::new(a);
            // The schema gives untagged variants no name: an inline tuple is `Tuple`,
            // `Tuple2`, ..., an inline object or enum `Object`, `Object2`, ...; any other
            // variant is named after its type.
            let inline = if a.get("prefixItems").is_some() {
                "Tuple"
            } else {
                "Object"
            };
            let object = fresh(&taken, inline);
            let object_name = format!("{name}{object}");
            let payload = self.lower_type(file, a, &ap, &Hint::Name(&object_name))?;
            let vname = match &payload {
                Type::Named(n) if *n == object_name => object,
                Type::Named(n) => fresh(
                    &taken,
                    n.strip_prefix(name).filter(|r| !r.is_empty()).unwrap_or(n),
                ),
                other => fresh(
                    &taken,
                    match other {
                        Type::Bool => "Bool",
                        Type::Int(_) => "Integer",
                        Type::Float => "Number",
                        Type::String => "String",
                        Type::DateTime => "DateTime",
                        Type::Uuid => "Uuid",
                        Type::Any => "Value",
                        Type::Array(_) => "List",
                        Type::Map(_) => "Map",
                        Type::Nullable(_) | Type::Named(_) => "Nullable",
                    },
                ),
            };
            taken.push(vname.clone());
            variants.push(Variant {
                name: vname,
                tag: i.to_string(),
                doc: a.doc(),
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
        pointer: &Pointer,
        name: &str,
        tagging: Tagging,
    ) -> Result<Body, ExportError> {
        let mut variants = Vec::new();
        for (i, a) in alts.iter().enumerate() {
            let ap = Pointer::Index(pointer, i);
            let a = Schema::new(a);
            let props = a.object("properties");
            let props_pointer = Pointer::Key(&ap, "properties");
            match &tagging {
                Tagging::External => {
                    if let Some(values) = a.string_constants() {
                        for tag in values {
                            variants.push(unit_variant(&tag, a.doc()));
                        }
                        continue;
                    }
                    let (tag, inner) = props.and_then(|p| p.iter().next()).ok_or_else(|| {
                        Self::err(file, &ap, "an externally tagged variant with no key")
                    })?;
                    let vname = names::pascal(tag);
                    let variant_name = format!("{name}{vname}");
                    let payload = self.lower_type(
                        file,
                        Schema::new(inner),
                        &Pointer::Key(&props_pointer, tag),
                        &Hint::Name(&variant_name),
                    )?;
                    variants.push(Variant {
                        name: vname,
                        tag: tag.clone(),
                        doc: a.doc(),
                        payload: Some(payload),
                    });
                }
                Tagging::Internal { tag } | Tagging::Adjacent { tag, .. } => {
                    let props = props.ok_or_else(|| {
                        Self::err(file, &ap, "a tagged variant with no properties")
                    })?;
                    let value = props
                        .get(tag)
                        .and_then(|t| Schema::new(t).string_constants())
                        .and_then(|v| v.into_iter().next())
                        .ok_or_else(|| {
                            Self::err(file, &ap, format!("a variant without a `{tag}` constant"))
                        })?;
                    let vname = names::pascal(&value);
                    let variant_name = format!("{name}{vname}");
                    let payload = if let Tagging::Adjacent { content, .. } = &tagging {
                        match props.get(content) {
                            None => None,
                            Some(c) => Some(self.lower_type(
                                file,
                                Schema::new(c),
                                &Pointer::Key(&props_pointer, content),
                                &Hint::Name(&variant_name),
                            )?),
                        }
                    } else if props.len() > 1 {
                        let fields = self.lower_fields(file, a, &ap, &variant_name, Some(tag))?;
                        let decl = Decl {
                            name: variant_name,
                            doc: a.doc(),
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
                        doc: a.doc(),
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
        Schema::new(a).string_constants().is_some()
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
                && Schema::new(a).required().contains(&others[0].as_str())
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
