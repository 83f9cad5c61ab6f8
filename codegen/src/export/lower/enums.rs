//! serde's enum representations, from `oneOf`/`anyOf`: string enums, externally,
//! internally and adjacently tagged unions (the tag detected from the variants' schemas)
//! and untagged ones (variants named from their schemas).

use serde_json::{Map, Value};

use super::super::error::ExportError;
use super::super::model::{Body, Decl, EnumValue, Tagging, Type, Union, Variant};
use super::super::names;
use super::super::view::{Hint, Pointer, Schema};
use super::{FileCx, Lowering};

impl Lowering<'_> {
    /// `oneOf` / `anyOf`: a string enum or one of serde's enum representations.
    pub(super) fn lower_alternatives(
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
