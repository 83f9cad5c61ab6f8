//! Splitting identifiers into words and stripping trailing decoration.

/// One word of an identifier: the original slice and its lowercase form.
#[derive(Debug, Clone)]
pub(crate) struct Word<'a> {
    /// The word as written (`HTTP`, `Placed`).
    pub text: &'a str,
    /// Lowercase form without trailing digits, used for lookups.
    pub lower: String,
}

/// Splits PascalCase, camelCase, snake_case and SCREAMING_SNAKE identifiers into words.
///
/// Acronym runs end before a capital followed by a lowercase letter (`HTTPRequest` →
/// `HTTP`, `Request`); digits stick to the preceding word (`OAuth2Token` → `O`, `Auth2`, `Token`).
pub(crate) fn split(name: &str) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    for chunk in name.split(|c: char| !c.is_alphanumeric()) {
        let chars: Vec<(usize, char)> = chunk.char_indices().collect();
        let mut start = 0;
        for i in 1..chars.len() {
            let prev = chars[i - 1].1;
            let cur = chars[i].1;
            let next_lower = chars.get(i + 1).is_some_and(|&(_, c)| c.is_lowercase());
            // Digits before lower-case letters start a word of their own (`Enable2fa`:
            // `Enable`, `2fa`); otherwise they stick to the word before them (`OAuth2`).
            let digits_then_lower = || {
                chars[i..]
                    .iter()
                    .find(|&&(_, c)| !c.is_ascii_digit())
                    .is_some_and(|&(_, c)| c.is_lowercase())
            };
            let boundary = (cur.is_uppercase()
                && (prev.is_lowercase()
                    || prev.is_numeric()
                    || (prev.is_uppercase() && next_lower)))
                || (cur.is_alphabetic() && prev.is_numeric() && !cur.is_lowercase())
                || (cur.is_ascii_digit() && prev.is_alphabetic() && digits_then_lower());
            if boundary {
                push(&mut words, &chunk[start..chars[i].0]);
                start = chars[i].0;
            }
        }
        push(&mut words, &chunk[start..]);
    }
    words
}

fn push<'a>(words: &mut Vec<Word<'a>>, text: &'a str) {
    if !text.is_empty() {
        words.push(Word {
            text,
            // Digits stick to the word but do not take part in lookups (`Issue2` → `issue`).
            lower: text
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .to_lowercase(),
        });
    }
}

impl Word<'_> {
    /// The decoration this word is, if any: a kind word (`Event`, `Cmd`), a version (`V2`), or
    /// a kind word numbered as a placeholder (`Event1`, `Command2`, `Message3`).
    pub(crate) fn decoration(&self) -> Option<Decoration> {
        decoration(&self.text.to_lowercase()).or_else(|| {
            self.text
                .ends_with(|c: char| c.is_ascii_digit())
                .then(|| decoration(&self.lower))
                .flatten()
        })
    }

    /// The kind this word names as a decoration (`Domain` and `Integration` count as events;
    /// `Event1` as `Event`).
    pub(crate) fn decoration_kind(&self) -> Option<Decoration> {
        decoration_kind(&self.lower).or_else(|| self.decoration())
    }
}

/// A single capital letter after a kind word labels a placeholder message (`EventA`,
/// `CommandB`), as a number does (`Event1`).
fn placeholder_letter(words: &[Word<'_>], end: usize) -> bool {
    end >= 2
        && words[end - 1].text.len() == 1
        && words[end - 1].text.bytes().all(|b| b.is_ascii_uppercase())
        && words[end - 2]
            .decoration()
            .is_some_and(|d| d != Decoration::Version)
}

/// Which kind a decoration word names, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decoration {
    Event,
    Command,
    Query,
    Version,
    /// `Message`, `Msg`: says it is a message, not which kind.
    Neutral,
}

fn decoration(lower: &str) -> Option<Decoration> {
    match lower {
        // `Evento`, `Comando`, `Consulta`: the kind words of Spanish, Portuguese and Italian
        // code bases, which name their messages in their language (`PedidoCreadoEvento`).
        "event" | "evt" | "eto" | "notification" | "evento" => Some(Decoration::Event),
        "command" | "cmd" | "comando" => Some(Decoration::Command),
        "query" | "qry" | "consulta" => Some(Decoration::Query),
        "message" | "msg" => Some(Decoration::Neutral),
        _ if lower.len() > 1
            && lower.starts_with('v')
            && lower[1..].bytes().all(|b| b.is_ascii_digit()) =>
        {
            Some(Decoration::Version)
        }
        _ => None,
    }
}

/// Number of leading words that remain after stripping trailing decoration
/// (`Event`, `DomainEvent`, `IntegrationEvent`, `InternalEvent`, `Evt`, `Notification`,
/// `Command`, `Cmd`, `Query`, `Qry`, `Message`, `Msg`, `V<digits>`, `Evento`, `Comando`,
/// `Consulta`, in any order; a kind word
/// may carry a placeholder's number or letter: `Event1`, `EventA`), never stripping everything.
pub(crate) fn core_len(words: &[Word<'_>]) -> usize {
    let mut end = words.len();
    while end > 1 {
        let Some(kind) = words[end - 1]
            .decoration()
            .or_else(|| placeholder_letter(words, end).then_some(Decoration::Version))
        else {
            break;
        };
        end -= 1;
        if kind == Decoration::Event
            && end > 1
            && matches!(
                words[end - 1].lower.as_str(),
                "domain" | "integration" | "internal" | "external" | "public"
            )
        {
            end -= 1;
        }
    }
    end
}

/// The kind named by a stripped decoration word (`Domain` and `Integration` count as events).
pub(crate) fn decoration_kind(lower: &str) -> Option<Decoration> {
    match lower {
        "domain" | "integration" | "internal" | "external" | "public" => Some(Decoration::Event),
        other => decoration(other),
    }
}

/// `place` → `Place`, `log in` → `LogIn`.
pub(crate) fn pascal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for part in text.split(' ') {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(name: &str) -> Vec<&str> {
        split(name).iter().map(|w| w.text).collect()
    }

    #[test]
    fn splits_identifiers() {
        assert_eq!(texts("HTTPRequestFailed"), ["HTTP", "Request", "Failed"]);
        assert_eq!(texts("SKUAdded"), ["SKU", "Added"]);
        assert_eq!(
            texts("OAuth2TokenIssued"),
            ["O", "Auth2", "Token", "Issued"]
        );
        assert_eq!(texts("order_placed"), ["order", "placed"]);
        assert_eq!(texts("ORDER_PLACED"), ["ORDER", "PLACED"]);
        assert_eq!(texts("orderPlacedV2"), ["order", "Placed", "V2"]);
        assert_eq!(texts("Enable2fa"), ["Enable", "2fa"]);
        assert_eq!(texts("Ipv6Assigned"), ["Ipv6", "Assigned"]);
        assert_eq!(texts("__"), Vec::<&str>::new());
        assert_eq!(texts("Ünïcødé名前"), ["Ünïcødé名前"]);
    }

    #[test]
    fn strips_decoration() {
        let w = split("OrderPlacedV2Event");
        assert_eq!(core_len(&w), 2);
        let w = split("OrderPlacedDomainEvent");
        assert_eq!(core_len(&w), 2);
        let w = split("Event");
        assert_eq!(core_len(&w), 1);
        let w = split("QueryEvent");
        assert_eq!(core_len(&w), 1);
        let w = split("OrderEvent2");
        assert_eq!(core_len(&w), 1);
        let w = split("MyCommandB");
        assert_eq!(core_len(&w), 1);
        let w = split("EventA");
        assert_eq!(core_len(&w), 1);
        // A letter closes no other word as a placeholder (`PlanB` keeps its letter).
        let w = split("PlanB");
        assert_eq!(core_len(&w), 2);
    }
}
