//! The Java emitter's envelope (`Envelope<T>`, the CloudEvents attributes and extensions
//! around the data) and `Decoded`, the sealed interface `decode` returns by wire name and
//! version.

use std::fmt::Write as _;

use super::super::model::AttributeType;
use super::super::names;
use super::super::ts::quote;
use super::statements;
use super::syntax::{Expr, bin, call, cast, cond, method, new, t as tx};
use super::{Emitter, RESERVED, javadoc};

impl Emitter<'_> {
    pub(super) fn envelope(&self) -> String {
        let mut out = String::new();
        let mut params: Vec<(String, Option<String>)> = Vec::new();
        let mut comps = Vec::new();
        for a in &self.model.attributes {
            let t = match a.ty {
                AttributeType::String => "String",
                AttributeType::Integer => "Integer",
                AttributeType::DateTime => "OffsetDateTime",
            };
            let id = names::unique(vec![a.name.clone()], RESERVED, "_").remove(0);
            params.push((
                id.clone(),
                Some(format!(
                    "{}{}",
                    a.doc.clone().unwrap_or_default(),
                    if a.required {
                        ""
                    } else {
                        " (null when absent)"
                    }
                )),
            ));
            comps.push(format!("{t} {id}"));
        }
        params.push((
            "extensions".into(),
            Some("extension attributes factum does not know, kept as they are".into()),
        ));
        params.push(("data".into(), Some("the data".into())));
        javadoc(
            &mut out,
            "",
            Some("A CloudEvents 1.0 envelope (structured JSON mode) around data of type T."),
            &params,
        );
        comps.push("Map<String, JsonNode> extensions".to_owned());
        comps.push("T data".to_owned());
        statements::record_head(&mut out, 0, 0, "public ", "Envelope<T>", &comps, None);
        let mut known: Vec<Expr> = self
            .model
            .attributes
            .iter()
            .map(|a| tx(quote(&a.name)))
            .collect();
        known.push(tx("\"data\""));
        known.push(tx("\"data_base64\""));
        statements::decl(
            &mut out,
            2,
            0,
            "private static final java.util.Set<String>",
            "KNOWN",
            &call("java.util.Set", "of", known),
        );
        out.push_str("\n  /**\n   * Reads an envelope; Jackson reads its data through the type's {@code @JsonCreator}.\n   *\n   * @param <T> the data type\n   * @param json the node\n   * @param type the data type\n   * @return the envelope\n   */\n\
\x20 public static <T> Envelope<T> read(JsonNode json, Class<T> type) {\n    ObjectNode o = Json.object(json, \"$\");\n    Map<String, JsonNode> extensions = new java.util.LinkedHashMap<>();\n\
\x20   for (java.util.Iterator<String> it = o.fieldNames(); it.hasNext(); ) {\n      String k = it.next();\n      if (!KNOWN.contains(k)) {\n        JsonNode v = o.get(k);\n        if (!(v.isTextual() || v.isBoolean() || v.isIntegralNumber())) {\n");
        statements::ret(
            &mut out,
            10,
            0,
            "throw",
            &new(
                "Json.DecodeException",
                vec![
                    bin("+", tx("\"$.\""), tx("k")),
                    tx("\"an extension is a string, integer or boolean\""),
                ],
            ),
        );
        out.push_str("        }\n        extensions.put(k, v);\n      }\n    }\n\
\x20   T data;\n    try {\n      data = Json.MAPPER.treeToValue(Json.required(o, \"data\", \"$\"), type);\n    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {\n      throw new Json.DecodeException(\"$.data\", e.getOriginalMessage());\n    }\n");
        let mut args = Vec::new();
        for a in &self.model.attributes {
            let q = tx(quote(&a.name));
            let p = tx(quote(&format!("$.{}", a.name)));
            let node = if a.required {
                call("Json", "required", vec![tx("o"), q.clone(), tx("\"$\"")])
            } else {
                call("o", "get", vec![q.clone()])
            };
            let read = match a.ty {
                AttributeType::String => call("Json", "string", vec![node, p]),
                AttributeType::Integer => cast(
                    "int",
                    call(
                        "Json",
                        "integer",
                        vec![node, p, tx("-2147483648L"), tx("2147483647L")],
                    ),
                ),
                AttributeType::DateTime => call("Json", "dateTime", vec![node, p]),
            };
            args.push(if a.required {
                read
            } else {
                cond(call("o", "has", vec![q]), read, tx("null"))
            });
        }
        args.push(tx("extensions"));
        args.push(tx("data"));
        statements::ret(&mut out, 4, 0, "return", &new("Envelope<>", args));
        out.push_str("  }\n\n");
        out.push_str("  /**\n   * Writes the envelope; Jackson writes the data through its {@code @JsonValue}.\n   *\n   * @return the node\n   */\n  public ObjectNode toJson() {\n    ObjectNode o = Json.F.objectNode();\n");
        for a in &self.model.attributes {
            let id = names::unique(vec![a.name.clone()], RESERVED, "_").remove(0);
            let w = match a.ty {
                AttributeType::String => call("Json.F", "textNode", vec![tx(id.clone())]),
                AttributeType::Integer => call("Json.F", "numberNode", vec![tx(id.clone())]),
                AttributeType::DateTime => call("Json", "dateTime", vec![tx(id.clone())]),
            };
            let set = call("o", "set", vec![tx(quote(&a.name)), w]);
            if a.required {
                statements::stmt(&mut out, 4, 0, &set);
            } else {
                statements::if_head(&mut out, 4, 0, &bin("!=", tx(id.clone()), tx("null")));
                statements::stmt(&mut out, 6, 0, &set);
                out.push_str("    }\n");
            }
        }
        out.push_str("    for (Map.Entry<String, JsonNode> e : extensions.entrySet()) {\n      o.set(e.getKey(), e.getValue());\n    }\n    o.set(\"data\", Json.MAPPER.valueToTree(data));\n    return o;\n  }\n}\n");
        let mut f = self.file(&out);
        f = f
            .replace("import com.fasterxml.jackson.annotation.JsonCreator;\n", "")
            .replace("import com.fasterxml.jackson.annotation.JsonValue;\n", "");
        f
    }

    pub(super) fn decoded(&self) -> String {
        let mut out = String::new();
        // The data types, fully qualified: `Decoded` has records of the same names.
        let pkg = format!("{}.{}", self.package, self.outer);
        javadoc(
            &mut out,
            "",
            Some("An envelope of a known message version, tagged by its record type."),
            &[],
        );
        let permits: Vec<String> = self
            .model
            .messages
            .iter()
            .map(|m| format!("Decoded.{}", m.type_name))
            .collect();
        statements::interface_head(&mut out, 0, 0, "public sealed ", "Decoded", &permits);
        out.push_str("  /**\n   * The wire name.\n   *\n   * @return it\n   */\n  String name();\n\n  /**\n   * The contract version.\n   *\n   * @return it\n   */\n  int version();\n\n  /**\n   * The envelope as a node.\n   *\n   * @return it\n   */\n  JsonNode toJson();\n");
        for m in &self.model.messages {
            let t = &m.type_name;
            let _ = write!(
                out,
                "\n  /**\n   * An envelope of {} version {}.\n   *\n   * @param envelope the envelope\n   */\n",
                m.name, m.version
            );
            statements::record_head(
                &mut out,
                2,
                0,
                "",
                t,
                &[format!("Envelope<{pkg}.{t}> envelope")],
                Some("Decoded"),
            );
            out.push_str("    @Override\n    public String name() {\n");
            statements::ret(
                &mut out,
                6,
                0,
                "return",
                &tx(format!("{pkg}.{t}.WIRE_NAME")),
            );
            out.push_str("    }\n\n    @Override\n    public int version() {\n");
            statements::ret(&mut out, 6, 0, "return", &tx(format!("{pkg}.{t}.VERSION")));
            out.push_str("    }\n\n    @Override\n    public JsonNode toJson() {\n      return envelope.toJson();\n    }\n  }\n");
        }
        out.push_str("\n  /**\n   * Decodes an envelope of any known message version (by type and dataversion).\n   *\n   * @param text the JSON text\n   * @return the tagged envelope\n   */\n  static Decoded decode(String text) {\n    JsonNode json;\n    try {\n      json = Json.MAPPER.readTree(text);\n    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {\n      throw new Json.DecodeException(\"$\", e.getOriginalMessage());\n    }\n    ObjectNode o = Json.object(json, \"$\");\n    String type = Json.string(Json.required(o, \"type\", \"$\"), \"$.type\");\n");
        let version = call(
            "Json",
            "integer",
            vec![
                call(
                    "Json",
                    "required",
                    vec![tx("o"), tx("\"dataversion\""), tx("\"$\"")],
                ),
                tx("\"$.dataversion\""),
                tx("1L"),
                tx("2147483647L"),
            ],
        );
        statements::decl(&mut out, 4, 0, "long", "version", &version);
        for m in &self.model.messages {
            let t = &m.type_name;
            let test = bin(
                "&&",
                method(
                    tx("type"),
                    "equals",
                    vec![tx(format!("{pkg}.{t}.WIRE_NAME"))],
                ),
                bin("==", tx("version"), tx(format!("{pkg}.{t}.VERSION"))),
            );
            statements::if_head(&mut out, 4, 0, &test);
            let read = call(
                "Envelope",
                "read",
                vec![tx("o"), tx(format!("{pkg}.{t}.class"))],
            );
            statements::ret(
                &mut out,
                6,
                0,
                "return",
                &new(format!("Decoded.{t}"), vec![read]),
            );
            out.push_str("    }\n");
        }
        let message = bin(
            "+",
            bin(
                "+",
                bin("+", tx("\"unknown message \""), tx("type")),
                tx("\" version \""),
            ),
            tx("version"),
        );
        statements::ret(
            &mut out,
            4,
            0,
            "throw",
            &new("Json.DecodeException", vec![tx("\"$\""), message]),
        );
        out.push_str("  }\n\n  /**\n   * Encodes a decoded envelope as JSON text.\n   *\n   * @param decoded the envelope\n   * @return the text\n   */\n  static String encode(Decoded decoded) {\n    return decoded.toJson().toString();\n  }\n}\n");
        let mut f = self.file(&out);
        f = f
            .replace("import com.fasterxml.jackson.annotation.JsonCreator;\n", "")
            .replace("import com.fasterxml.jackson.annotation.JsonValue;\n", "");
        f
    }
}
