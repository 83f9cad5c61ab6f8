use std::borrow::Cow;

/// A value that can be a message's partition key (the `key = field` attribute).
///
/// Implemented for strings, integers, `bool` and `char`; implement it for your own id
/// types (a newtype around a string borrows, so no allocation):
///
/// ```
/// use std::borrow::Cow;
/// use factum::PartitionKey;
///
/// struct OrderId(String);
///
/// impl PartitionKey for OrderId {
///     fn partition_key(&self) -> Cow<'_, str> {
///         Cow::Borrowed(&self.0)
///     }
/// }
/// assert_eq!(OrderId("o-1".into()).partition_key(), "o-1");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a partition key",
    label = "the `key` field has this type",
    note = "implement `factum::PartitionKey` for `{Self}`, or choose another `key` field"
)]
pub trait PartitionKey {
    /// The key as a string, borrowed where possible.
    fn partition_key(&self) -> Cow<'_, str>;
}

impl PartitionKey for str {
    fn partition_key(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl PartitionKey for String {
    fn partition_key(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl PartitionKey for Cow<'_, str> {
    fn partition_key(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl<T: PartitionKey + ?Sized> PartitionKey for &T {
    fn partition_key(&self) -> Cow<'_, str> {
        (**self).partition_key()
    }
}

impl<T: PartitionKey + ?Sized> PartitionKey for Box<T> {
    fn partition_key(&self) -> Cow<'_, str> {
        (**self).partition_key()
    }
}

macro_rules! display_keys {
    ($($t:ty),*) => {$(
        impl PartitionKey for $t {
            fn partition_key(&self) -> Cow<'_, str> {
                Cow::Owned(self.to_string())
            }
        }
    )*};
}

display_keys!(
    u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize, bool, char
);
