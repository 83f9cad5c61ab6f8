//! The Java emitter's envelope (`Envelope<T>`, the CloudEvents attributes and extensions
//! around the data) and `Decoded`, the sealed interface `decode` returns by wire name and
//! version.

use std::fmt::Write as _;

use super::super::model::AttributeType;
use super::super::names;
use super::super::ts::quote;
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
        let _ = write!(
            out,
            "public record Envelope<T>(\n    {},\n    Map<String, JsonNode> extensions,\n    T data) {{\n",
            comps.join(",\n    ")
        );
        let known: Vec<String> = self
            .model
            .attributes
            .iter()
            .map(|a| quote(&a.name))
            .collect();
        let _ = write!(
            out,
            "  private static final java.util.Set<String> KNOWN =\n      java.util.Set.of({}, \"data\", \"data_base64\");\n\n\
\x20 /**\n   * Reads an envelope; Jackson reads its data through the type's {{@code @JsonCreator}}.\n   *\n   * @param <T> the data type\n   * @param json the node\n   * @param type the data type\n   * @return the envelope\n   */\n\
\x20 public static <T> Envelope<T> read(JsonNode json, Class<T> type) {{\n    ObjectNode o = Json.object(json, \"$\");\n    Map<String, JsonNode> extensions = new java.util.LinkedHashMap<>();\n\
\x20   for (java.util.Iterator<String> it = o.fieldNames(); it.hasNext(); ) {{\n      String k = it.next();\n      if (!KNOWN.contains(k)) {{\n        JsonNode v = o.get(k);\n        if (!(v.isTextual() || v.isBoolean() || v.isIntegralNumber())) {{\n          throw new Json.DecodeException(\"$.\" + k, \"an extension is a string, integer or boolean\");\n        }}\n        extensions.put(k, v);\n      }}\n    }}\n\
\x20   T data;\n    try {{\n      data = Json.MAPPER.treeToValue(Json.required(o, \"data\", \"$\"), type);\n    }} catch (com.fasterxml.jackson.core.JsonProcessingException e) {{\n      throw new Json.DecodeException(\"$.data\", e.getOriginalMessage());\n    }}\n    return new Envelope<>(\n",
            known.join(", ")
        );
        let mut args = Vec::new();
        for a in &self.model.attributes {
            let q = quote(&a.name);
            let p = quote(&format!("$.{}", a.name));
            let node = if a.required {
                format!("Json.required(o, {q}, \"$\")")
            } else {
                format!("o.get({q})")
            };
            let read = match a.ty {
                AttributeType::String => format!("Json.string({node}, {p})"),
                AttributeType::Integer => {
                    format!("(int) Json.integer({node}, {p}, -2147483648L, 2147483647L)")
                }
                AttributeType::DateTime => format!("Json.dateTime({node}, {p})"),
            };
            args.push(if a.required {
                read
            } else {
                format!("o.has({q}) ? {read} : null")
            });
        }
        args.push("extensions".into());
        args.push("data".into());
        let _ = write!(out, "        {});\n  }}\n\n", args.join(",\n        "));
        out.push_str("  /**\n   * Writes the envelope; Jackson writes the data through its {@code @JsonValue}.\n   *\n   * @return the node\n   */\n  public ObjectNode toJson() {\n    ObjectNode o = Json.F.objectNode();\n");
        for a in &self.model.attributes {
            let id = names::unique(vec![a.name.clone()], RESERVED, "_").remove(0);
            let w = match a.ty {
                AttributeType::String => format!("Json.F.textNode({id})"),
                AttributeType::Integer => format!("Json.F.numberNode({id})"),
                AttributeType::DateTime => format!("Json.dateTime({id})"),
            };
            if a.required {
                let _ = writeln!(out, "    o.set({}, {w});", quote(&a.name));
            } else {
                let _ = writeln!(
                    out,
                    "    if ({id} != null) {{\n      o.set({}, {w});\n    }}",
                    quote(&a.name)
                );
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
        let _ = writeln!(
            out,
            "public sealed interface Decoded permits {} {{",
            permits.join(", ")
        );
        out.push_str("  /**\n   * The wire name.\n   *\n   * @return it\n   */\n  String name();\n\n  /**\n   * The contract version.\n   *\n   * @return it\n   */\n  int version();\n\n  /**\n   * The envelope as a node.\n   *\n   * @return it\n   */\n  JsonNode toJson();\n");
        for m in &self.model.messages {
            let t = &m.type_name;
            let _ = write!(
                out,
                "\n  /**\n   * An envelope of {} version {}.\n   *\n   * @param envelope the envelope\n   */\n  record {t}(Envelope<{pkg}.{t}> envelope) implements Decoded {{\n\
\x20   @Override\n    public String name() {{\n      return {pkg}.{t}.WIRE_NAME;\n    }}\n\n    @Override\n    public int version() {{\n      return {pkg}.{t}.VERSION;\n    }}\n\n\
\x20   @Override\n    public JsonNode toJson() {{\n      return envelope.toJson();\n    }}\n  }}\n",
                m.name, m.version
            );
        }
        out.push_str("\n  /**\n   * Decodes an envelope of any known message version (by type and dataversion).\n   *\n   * @param text the JSON text\n   * @return the tagged envelope\n   */\n  static Decoded decode(String text) {\n    JsonNode json;\n    try {\n      json = Json.MAPPER.readTree(text);\n    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {\n      throw new Json.DecodeException(\"$\", e.getOriginalMessage());\n    }\n    ObjectNode o = Json.object(json, \"$\");\n    String type = Json.string(Json.required(o, \"type\", \"$\"), \"$.type\");\n    long version = Json.integer(Json.required(o, \"dataversion\", \"$\"), \"$.dataversion\", 1L, 2147483647L);\n");
        for m in &self.model.messages {
            let t = &m.type_name;
            let _ = writeln!(
                out,
                "    if (type.equals({pkg}.{t}.WIRE_NAME) && version == {pkg}.{t}.VERSION) {{\n      return new Decoded.{t}(Envelope.read(o, {pkg}.{t}.class));\n    }}"
            );
        }
        out.push_str("    throw new Json.DecodeException(\"$\", \"unknown message \" + type + \" version \" + version);\n  }\n\n  /**\n   * Encodes a decoded envelope as JSON text.\n   *\n   * @param decoded the envelope\n   * @return the text\n   */\n  static String encode(Decoded decoded) {\n    return decoded.toJson().toString();\n  }\n}\n");
        let mut f = self.file(&out);
        f = f
            .replace("import com.fasterxml.jackson.annotation.JsonCreator;\n", "")
            .replace("import com.fasterxml.jackson.annotation.JsonValue;\n", "");
        f
    }
}
