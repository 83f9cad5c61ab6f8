//! The headers of a delivered message, as its transport read them: a list (the embedded
//! log), or NATS' own header map handed over as it is, so that a delivery's headers are
//! not copied into owned strings on the consumer's hot path.

use crate::backend::Headers;

/// The headers of a delivered message: (name, value) pairs, read without copying them.
///
/// ```
/// use factum_transport::backend::ReceivedHeaders;
///
/// let headers = ReceivedHeaders::from(vec![("ce-id".to_owned(), "m-1".to_owned())]);
/// assert_eq!(headers.get("CE-ID"), Some("m-1"));
/// assert_eq!(headers.iter().collect::<Vec<_>>(), [("ce-id", "m-1")]);
/// ```
#[derive(Debug, Clone, Default)]
pub struct ReceivedHeaders(Repr);

#[derive(Debug, Clone)]
enum Repr {
    List(Headers),
    #[cfg(feature = "nats")]
    Nats(async_nats::HeaderMap),
}

impl Default for Repr {
    fn default() -> Self {
        Repr::List(Headers::new())
    }
}

impl From<Headers> for ReceivedHeaders {
    fn from(headers: Headers) -> Self {
        ReceivedHeaders(Repr::List(headers))
    }
}

#[cfg(feature = "nats")]
impl From<async_nats::HeaderMap> for ReceivedHeaders {
    fn from(map: async_nats::HeaderMap) -> Self {
        ReceivedHeaders(Repr::Nats(map))
    }
}

impl ReceivedHeaders {
    /// Every (name, value) pair: in the order they were written for a list; in no
    /// particular order of names for NATS (whose client keeps them in a hash map).
    #[must_use]
    pub fn iter(&self) -> Iter<'_> {
        Iter(match &self.0 {
            Repr::List(list) => IterRepr::List(list.iter()),
            #[cfg(feature = "nats")]
            Repr::Nats(map) => IterRepr::Nats {
                names: map.iter(),
                current: None,
            },
        })
    }

    /// The first value of the header `name` (case-insensitive).
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&str> {
        self.iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }

    /// The headers as an owned list.
    #[must_use]
    pub fn to_vec(&self) -> Headers {
        self.iter()
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
            .collect()
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }
}

impl<'a> IntoIterator for &'a ReceivedHeaders {
    type Item = (&'a str, &'a str);
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

/// The (name, value) pairs of [`ReceivedHeaders`].
#[derive(Debug)]
pub struct Iter<'a>(IterRepr<'a>);

#[derive(Debug)]
enum IterRepr<'a> {
    List(std::slice::Iter<'a, (String, String)>),
    #[cfg(feature = "nats")]
    Nats {
        names: std::collections::hash_map::Iter<
            'a,
            async_nats::header::HeaderName,
            Vec<async_nats::HeaderValue>,
        >,
        current: Option<(&'a str, std::slice::Iter<'a, async_nats::HeaderValue>)>,
    },
}

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a str, &'a str);

    fn next(&mut self) -> Option<(&'a str, &'a str)> {
        match &mut self.0 {
            IterRepr::List(list) => list.next().map(|(n, v)| (n.as_str(), v.as_str())),
            #[cfg(feature = "nats")]
            IterRepr::Nats { names, current } => loop {
                if let Some((name, values)) = current
                    && let Some(value) = values.next()
                {
                    return Some((name, value.as_str()));
                }
                let (name, values) = names.next()?;
                *current = Some((name.as_ref(), values.iter()));
            },
        }
    }
}
