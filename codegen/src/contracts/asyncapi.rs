//! `asyncapi.json`: an AsyncAPI 3.0 document with one channel per event stream.
//!
//! - A channel per event name (all its versions travel on it); its id is the name with
//!   every character outside `A-Za-z0-9_-` replaced by `_`. Its address is the NATS
//!   subject factum's transport publishes it on, `factum.event.<name>.{partitionKey}`
//!   (the name as one subject token, see [`subject_token`]), with the partition key as
//!   the channel's parameter; an event without a key travels on `factum.event.<name>._`.
//! - A `send` operation per channel (the producer's view), listing every version.
//! - A `receive` operation per consumer (`#[derive(Inbox)]`) and channel it reads, id
//!   `receive_<group>_<channel id>` (the inbox's name without a group), listing the
//!   versions it reads: every one up to the newest it knows (older ones are upcast).
//! - A message per (name, version), id `<channel id>_v<N>`: its payload is the message's
//!   schema, embedded under `components/schemas` (its `$defs` too, as
//!   `<message id>.<def>`, with the `$ref`s rewritten), and its headers are the
//!   CloudEvents attributes in binary mode (`ce_` headers, as on Kafka), with `ce_type`
//!   and `ce_dataversion` fixed to the message's.
//!
//! Commands and queries are not in the document: they are requests to one handler, not
//! streams; the manifest lists them.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::{ConsumerContract, ContractsError, MessageContract, envelope};

/// A map key AsyncAPI accepts for an id.
fn id_of(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn component_key(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// `text` as one NATS subject token, as factum's transport writes it
/// (`factum_transport::subject`): ASCII letters, digits, `-` and `_` as they are (a lone
/// `_` is escaped, since it means "no key"), every other byte as `%XX`.
fn subject_token(text: &str) -> String {
    use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
    const OTHER: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_');
    match text {
        "_" => "%5F".to_owned(),
        "" => "%00".to_owned(),
        _ => utf8_percent_encode(text, OTHER).to_string(),
    }
}

/// The subject prefix of every event, as factum's NATS transport writes it.
const EVENT_SUBJECTS: &str = "factum.event.";

/// The address and parameters of the channel of event `name`, partitioned by `key`.
fn address(name: &str, key: Option<&str>) -> (String, Option<Value>) {
    let mut address = [EVENT_SUBJECTS, &subject_token(name), "."].concat();
    let Some(key) = key else {
        address.push('_');
        return (address, None);
    };
    address.push_str("{partitionKey}");
    let parameters = json!({"partitionKey": {"description": format!(
        "The partition key (the `{key}` field, the CloudEvents `partitionkey` attribute) as one subject token: ASCII letters, digits, `-` and `_` as they are, every other byte as `%XX`. A consumer group reads `factum.event.{}.*`.",
        subject_token(name)
    )}});
    (address, Some(parameters))
}

/// Decodes one JSON-pointer token.
fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

fn rewrite_refs(value: &mut Value, root_key: &str, defs: &BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(target)) = map.get_mut("$ref") {
                if target == "#" {
                    *target = format!("#/components/schemas/{root_key}");
                } else if let Some(def) = target.strip_prefix("#/$defs/") {
                    let (head, rest) = def.split_once('/').unwrap_or((def, ""));
                    if let Some(key) = defs.get(&unescape(head)) {
                        let rest = if rest.is_empty() {
                            String::new()
                        } else {
                            format!("/{rest}")
                        };
                        *target = format!("#/components/schemas/{key}{rest}");
                    }
                }
            }
            for v in map.values_mut() {
                rewrite_refs(v, root_key, defs);
            }
        }
        Value::Array(items) => {
            for v in items {
                rewrite_refs(v, root_key, defs);
            }
        }
        _ => {}
    }
}

/// Moves a message's schema and its `$defs` into `schemas`; returns the payload's key.
fn embed(message_id: &str, schema: &Value, schemas: &mut Map<String, Value>) -> String {
    let root_key = component_key(message_id);
    let mut root = schema.clone();
    let mut defs_map = BTreeMap::new();
    let mut defs = Map::new();
    if let Value::Object(object) = &mut root {
        object.remove("$schema");
        object.remove("$id");
        if let Some(Value::Object(d)) = object.remove("$defs") {
            defs = d;
        }
    }
    for name in defs.keys() {
        defs_map.insert(name.clone(), format!("{root_key}.{}", component_key(name)));
    }
    rewrite_refs(&mut root, &root_key, &defs_map);
    for (name, mut def) in defs {
        rewrite_refs(&mut def, &root_key, &defs_map);
        schemas.insert(defs_map[&name].clone(), def);
    }
    schemas.insert(root_key.clone(), root);
    root_key
}

fn headers(message: &MessageContract, type_prefix: Option<&str>) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for (name, description, is_required) in envelope::attributes() {
        let mut schema = json!({"type": "string", "description": description});
        let fixed = match name {
            "specversion" => Some("1.0".to_owned()),
            "type" => Some(match type_prefix {
                Some(prefix) => format!("{prefix}.{}", message.name),
                None => message.name.clone(),
            }),
            "traceparent" => {
                schema["pattern"] = envelope::TRACEPARENT_PATTERN.into();
                None
            }
            _ => None,
        };
        if let Some(fixed) = fixed {
            schema["const"] = fixed.into();
        }
        let header = format!("ce_{name}");
        if is_required {
            required.push(Value::String(header.clone()));
        }
        properties.insert(header, schema);
    }
    properties.insert(
        "ce_dataversion".to_owned(),
        json!({
            "type": "string",
            "const": message.version.to_string(),
            "description": "Version of the data's contract (factum's extension attribute, in decimal)"
        }),
    );
    properties.insert(
        "content-type".to_owned(),
        json!({"type": "string", "const": "application/json"}),
    );
    json!({
        "type": "object",
        "description": "CloudEvents 1.0 attributes in binary mode (Kafka headers; on NATS and HTTP the same with the prefix ce-). Other ce_ headers are extension attributes.",
        "required": required,
        "properties": properties,
    })
}

/// The `receive` operations of `consumers` over the channels in `by_channel`.
fn receive_operations(
    consumers: &[ConsumerContract],
    by_channel: &BTreeMap<String, Vec<&MessageContract>>,
    operations: &mut Map<String, Value>,
) -> Result<(), ContractsError> {
    let mut by_group: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for consumer in consumers {
        by_group
            .entry(consumer.id())
            .or_default()
            .push(consumer.inbox.clone());
    }
    if let Some((group, inboxes)) = by_group.into_iter().find(|(_, inboxes)| inboxes.len() > 1) {
        return Err(ContractsError::SharedGroup {
            group: group.to_owned(),
            inboxes,
        });
    }
    for consumer in consumers {
        for (name, newest) in &consumer.receives {
            let channel_id = id_of(name);
            let versions = by_channel
                .get(&channel_id)
                .filter(|versions| versions[0].name == *name)
                .ok_or_else(|| ContractsError::InvalidName {
                    name: name.clone(),
                    reason: format!(
                        "inbox `{}` receives it, but it is not an event among the contracts",
                        consumer.inbox
                    ),
                })?;
            let read: Vec<Value> = versions
                .iter()
                .filter(|m| m.version <= *newest)
                .map(|m| {
                    json!({"$ref": format!("#/channels/{channel_id}/messages/{channel_id}_v{}", m.version)})
                })
                .collect();
            let id = format!("receive_{}_{channel_id}", id_of(consumer.id()));
            let who = match &consumer.group {
                Some(group) => format!("Consumer group `{group}` (inbox `{}`)", consumer.inbox),
                None => format!("Inbox `{}`", consumer.inbox),
            };
            let operation = json!({
                "action": "receive",
                "summary": format!("{who} receives {name}, reading versions up to v{newest}."),
                "channel": {"$ref": format!("#/channels/{channel_id}")},
                "messages": read,
            });
            // Unique: one consumer per group (checked above), one operation per event.
            operations.insert(id, operation);
        }
    }
    Ok(())
}

/// The AsyncAPI 3.0 document of the events among `messages` and of the `consumers`
/// that receive them.
pub(super) fn document(
    messages: &[MessageContract],
    consumers: &[ConsumerContract],
    title: &str,
    version: &str,
    type_prefix: Option<&str>,
) -> Result<Value, ContractsError> {
    let mut channels = Map::new();
    let mut operations = Map::new();
    let mut components_messages = Map::new();
    let mut schemas = Map::new();
    // channel id -> the wire name it came from, to refuse two names with one id.
    let mut ids: BTreeMap<String, &str> = BTreeMap::new();
    let mut by_channel: BTreeMap<String, Vec<&MessageContract>> = BTreeMap::new();
    for m in messages
        .iter()
        .filter(|m| m.kind == factum::MessageKind::Event)
    {
        let id = id_of(&m.name);
        if let Some(other) = ids.insert(id.clone(), &m.name)
            && other != m.name
        {
            return Err(ContractsError::InvalidName {
                name: m.name.clone(),
                reason: format!("its AsyncAPI channel id `{id}` is also the id of `{other}`"),
            });
        }
        by_channel.entry(id).or_default().push(m);
    }
    for (channel_id, versions) in &by_channel {
        let name = &versions[0].name;
        let mut channel_messages = Map::new();
        let mut operation_messages = Vec::new();
        for m in versions {
            let message_id = format!("{channel_id}_v{}", m.version);
            let payload_key = embed(&message_id, &m.schema, &mut schemas);
            let mut message = json!({
                "name": m.name,
                "title": format!("{} v{}", m.name, m.version),
                "contentType": "application/json",
                "headers": headers(m, type_prefix),
                "payload": {"$ref": format!("#/components/schemas/{payload_key}")},
                "correlationId": {"location": "$message.header#/ce_correlationid"},
            });
            if let Some(description) = m.schema.get("description").and_then(Value::as_str) {
                message["summary"] = description.into();
            }
            components_messages.insert(message_id.clone(), message);
            channel_messages.insert(
                message_id.clone(),
                json!({"$ref": format!("#/components/messages/{message_id}")}),
            );
            operation_messages
                .push(json!({"$ref": format!("#/channels/{channel_id}/messages/{message_id}")}));
        }
        let key = versions[0].key.as_deref();
        let mut description = format!(
            "The `{name}` event stream, every version of it, on the NATS subjects of factum's transport."
        );
        if let Some(key) = key {
            description.push_str(" Partitioned by `");
            description.push_str(key);
            description.push_str("` (the subject's last token; on Kafka, the record key).");
        }
        let (address, parameters) = address(name, key);
        let mut channel =
            json!({"address": address, "description": description, "messages": channel_messages});
        if let Some(parameters) = parameters {
            channel["parameters"] = parameters;
        }
        channels.insert(channel_id.clone(), channel);
        operations.insert(
            format!("send_{channel_id}"),
            json!({
                "action": "send",
                "summary": format!("The producer publishes {name}."),
                "channel": {"$ref": format!("#/channels/{channel_id}")},
                "messages": operation_messages,
            }),
        );
    }
    receive_operations(consumers, &by_channel, &mut operations)?;
    Ok(json!({
        "asyncapi": "3.0.0",
        "info": {
            "title": title,
            "version": version,
            "description": "Events and their contracts, generated by factum from the Rust message types. Each message travels as a CloudEvent 1.0 (binary mode).",
        },
        "defaultContentType": "application/json",
        "channels": channels,
        "operations": operations,
        "components": {"messages": components_messages, "schemas": schemas},
    }))
}
