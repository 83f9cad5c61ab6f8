//! JSON Schema (as schemars 1.2 writes it) to the type model: objects become structs,
//! `$defs` named types, serde's enum representations unions, `["T", "null"]` and
//! `anyOf [T, null]` nullable types, `prefixItems` tuples. The schemas are read in place
//! (see `super::view`); serde's enums are lowered in `enums`.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use super::error::ExportError;
use super::load::Contracts;
use super::model::{
    Attribute, AttributeType, Body, Decl, EnumValue, Field, IntKind, Message, Model, Presence, Type,
};
use super::names;
use super::view::{Hint, Pointer, Schema};

mod enums;

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
}
