//! `envelope.schema.json`: the CloudEvents 1.0 envelope as factum writes it in structured
//! JSON mode (see `factum::envelope`).

use serde_json::{Value, json};

/// The string attributes factum writes, in its order ([`factum::envelope::ATTRIBUTES`]
/// but the Integer `dataversion`): `(attribute, description, required)`.
pub(super) fn attributes() -> impl Iterator<Item = (&'static str, &'static str, bool)> {
    factum::envelope::ATTRIBUTES
        .into_iter()
        .filter(|name| *name != "dataversion")
        .map(|name| {
            let (description, required) = about(name).unwrap_or(("A CloudEvents attribute", false));
            (name, description, required)
        })
}

/// What a string attribute of factum's means, and whether every envelope has it.
fn about(name: &str) -> Option<(&'static str, bool)> {
    Some(match name {
        "specversion" => ("CloudEvents version: always 1.0", true),
        "id" => ("Unique id of the event (a UUIDv7 from factum)", true),
        "source" => ("URI-reference of the producer", true),
        "type" => ("The event's wire name, optionally prefixed", true),
        "time" => ("When it happened (RFC 3339)", false),
        "datacontenttype" => ("Media type of data: application/json", false),
        "dataschema" => (
            "URI of the data's schema: <base>/<name>/v<version>.schema.json",
            false,
        ),
        "subject" => (
            "The subject of the event in the context of the source",
            false,
        ),
        "partitionkey" => (
            "Partition key (the message's key field); the Kafka record key",
            false,
        ),
        "correlationid" => ("Id of the first message of the flow", false),
        "causationid" => ("Id of the message that caused this one", false),
        "traceparent" => ("W3C trace context", false),
        "tracestate" => ("W3C trace state", false),
        "sequence" => ("CloudEvents sequence extension", false),
        _ => return None,
    })
}

/// The W3C `traceparent` form factum validates.
pub(super) const TRACEPARENT_PATTERN: &str = "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$";

fn string(description: &str) -> Value {
    json!({"type": "string", "description": description})
}

/// The envelope's JSON Schema (draft 2020-12).
pub(super) fn schema() -> Value {
    let mut properties = serde_json::Map::new();
    for (name, description, _) in attributes() {
        properties.insert(name.to_owned(), string(description));
    }
    let extra = [
        ("specversion", json!({"const": "1.0"})),
        ("id", json!({"minLength": 1})),
        ("source", json!({"minLength": 1, "format": "uri-reference"})),
        ("type", json!({"minLength": 1})),
        ("time", json!({"format": "date-time"})),
        ("dataschema", json!({"format": "uri"})),
        ("traceparent", json!({"pattern": TRACEPARENT_PATTERN})),
    ];
    for (name, more) in extra {
        if let (Some(Value::Object(p)), Value::Object(more)) = (properties.get_mut(name), more) {
            p.extend(more);
        }
    }
    properties.insert(
        "dataversion".to_owned(),
        json!({
            "type": "integer",
            "minimum": 1,
            "description": "Version of the data's contract (factum's extension attribute, an Integer)"
        }),
    );
    properties.insert(
        "data".to_owned(),
        json!({"description": "The event's data, as JSON: see dataschema / the message's schema"}),
    );
    properties.insert(
        "data_base64".to_owned(),
        json!({"type": "string", "contentEncoding": "base64", "description": "Binary data (factum does not write it)"}),
    );
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "CloudEvents 1.0 envelope (factum, structured JSON mode)",
        "description": "A CloudEvent as factum writes it in structured mode (application/cloudevents+json). Other extension attributes are lowercase a-z0-9 names with a string, integer or boolean value.",
        "type": "object",
        "required": ["specversion", "id", "source", "type"],
        "properties": properties,
        "propertyNames": {"pattern": "^([a-z0-9]+|data_base64)$"},
        "additionalProperties": {"type": ["string", "integer", "boolean"]},
        "not": {
            "properties": {"data": true, "data_base64": true},
            "required": ["data", "data_base64"]
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_attribute_of_factum_is_described() {
        let described: Vec<_> = attributes().map(|(name, ..)| name).collect();
        assert_eq!(described.len(), factum::envelope::ATTRIBUTES.len() - 1);
        for name in described {
            assert!(about(name).is_some(), "{name} has no description");
        }
    }
}
