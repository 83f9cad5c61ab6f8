//! The string attributes of an envelope, kept in one buffer.

use super::json::is_plain;

/// A string attribute kept in [`Texts`].
#[derive(Debug, Clone, Copy)]
pub(super) enum Slot {
    Id,
    Source,
    Ty,
    DataContentType,
    DataSchema,
    Subject,
    PartitionKey,
    CorrelationId,
    CausationId,
    TraceState,
    Sequence,
}

pub(super) const SLOTS: usize = 11;

/// The string attributes of an envelope in one buffer, each a range of it (`start` is
/// `usize::MAX` for an absent one). Setting an attribute appends its text; the text it
/// replaces stays in the buffer, unused.
#[derive(Clone)]
pub(super) struct Texts {
    pub(super) buf: String,
    pub(super) spans: [(usize, usize); SLOTS],
    /// No text needs escaping in a JSON string.
    pub(super) plain: bool,
    /// Bytes of `buf` no span covers (replaced texts, and what a decoded input had
    /// between its attribute values).
    pub(super) dead: usize,
}

impl Texts {
    const ABSENT: (usize, usize) = (usize::MAX, 0);

    /// The texts of `values`, indexed by [`Slot`], in one allocation, with room for
    /// `extra` more bytes.
    pub(super) fn new(values: [Option<&str>; SLOTS], extra: usize) -> Self {
        let len: usize = values.iter().flatten().map(|v| v.len()).sum();
        let mut texts = Texts {
            buf: String::with_capacity(len + extra),
            spans: [Self::ABSENT; SLOTS],
            plain: values.iter().flatten().all(|v| is_plain(v)),
            dead: 0,
        };
        for (span, value) in texts.spans.iter_mut().zip(values) {
            if let Some(value) = value {
                let start = texts.buf.len();
                texts.buf.push_str(value);
                *span = (start, texts.buf.len());
            }
        }
        texts
    }

    /// The texts of `values`, which are slices of `text` outside `hole` (a structured
    /// envelope and its `data`): one copy of the input without the hole, the spans
    /// pointing into it, when the bytes between the values (attribute names, other
    /// members) waste little; else as [`Texts::new`] copies them. The values need no
    /// escaping (they were read from JSON strings without escapes).
    pub(super) fn from_input(
        text: &str,
        hole: std::ops::Range<usize>,
        values: [Option<&str>; SLOTS],
    ) -> Self {
        let live: usize = values.iter().flatten().map(|v| v.len()).sum();
        let kept = text.len() - hole.len();
        if kept > 2 * live + 256 {
            return Texts::new(values, 0);
        }
        let mut buf = String::with_capacity(kept);
        buf.push_str(&text[..hole.start]);
        buf.push_str(&text[hole.end..]);
        let base = text.as_ptr().addr();
        let spans = values.map(|value| match value {
            None => Self::ABSENT,
            Some(value) => {
                let start = value.as_ptr().addr() - base;
                let start = if start >= hole.end {
                    start - hole.len()
                } else {
                    start
                };
                (start, start + value.len())
            }
        });
        debug_assert!(values.iter().flatten().all(|v| is_plain(v)));
        Texts {
            buf,
            spans,
            plain: true,
            dead: kept - live,
        }
    }

    #[inline]
    pub(super) fn get(&self, slot: Slot) -> Option<&str> {
        let (start, end) = self.spans[slot as usize];
        if start == usize::MAX {
            None
        } else {
            self.buf.get(start..end)
        }
    }

    pub(super) fn set(&mut self, slot: Slot, value: Option<&str>) {
        self.set_with(
            slot,
            value.map(|value| |buf: &mut String| buf.push_str(value)),
        );
    }

    /// Sets `slot` to what `write` appends to the buffer (`None`: absent).
    pub(super) fn set_with(&mut self, slot: Slot, write: Option<impl FnOnce(&mut String)>) {
        if let Some(old) = self.get(slot) {
            self.dead += old.len();
        }
        self.spans[slot as usize] = match write {
            None => Self::ABSENT,
            Some(write) => {
                let start = self.buf.len();
                write(&mut self.buf);
                self.plain &= is_plain(&self.buf[start..]);
                (start, self.buf.len())
            }
        };
        // Replaced texts stay in the buffer: copy the live ones out when they are
        // outnumbered, so that setting attributes over and over does not grow it.
        let live = self.buf.len() - self.dead;
        if self.buf.len() > 2 * live + 256 {
            *self = Texts::new(ALL_SLOTS.map(|slot| self.get(slot)), 0);
        }
    }
}

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        ALL_SLOTS
            .iter()
            .all(|&slot| self.get(slot) == other.get(slot))
    }
}

pub(super) const ALL_SLOTS: [Slot; SLOTS] = [
    Slot::Id,
    Slot::Source,
    Slot::Ty,
    Slot::DataContentType,
    Slot::DataSchema,
    Slot::Subject,
    Slot::PartitionKey,
    Slot::CorrelationId,
    Slot::CausationId,
    Slot::TraceState,
    Slot::Sequence,
];
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaced_texts_do_not_grow_the_buffer_without_bound() {
        let mut texts = Texts::new(
            [
                Some("id"),
                Some("/source"),
                Some("Type"),
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
            ],
            0,
        );
        for i in 0..10_000 {
            texts.set(Slot::Subject, Some(&format!("subject number {i}")));
            texts.set(Slot::Sequence, (i % 2 == 0).then_some("seq"));
        }
        assert!(texts.buf.len() < 1024, "{}", texts.buf.len());
        assert_eq!(texts.get(Slot::Id), Some("id"));
        assert_eq!(texts.get(Slot::Source), Some("/source"));
        assert_eq!(texts.get(Slot::Ty), Some("Type"));
        assert_eq!(texts.get(Slot::Subject), Some("subject number 9999"));
        assert_eq!(texts.get(Slot::Sequence), None);
        assert_eq!(texts.get(Slot::DataSchema), None);
    }
}
