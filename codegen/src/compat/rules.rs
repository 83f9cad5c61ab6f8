//! The rule codes of the compatibility checker.

use std::fmt;

macro_rules! rules {
    ($( $(#[$doc:meta])* $variant:ident => $code:literal, )*) => {
        /// Why a reader cannot be shown to read everything a writer writes.
        ///
        /// Each rule has a stable kebab-case [`code`](Rule::code), printed by `factum compat`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Rule {
            $( $(#[$doc])* $variant, )*
        }

        impl Rule {
            /// Every rule, in declaration order.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),*];

            /// The stable code of this rule, e.g. `property-removed-from-closed-model`.
            #[must_use]
            pub fn code(self) -> &'static str {
                match self { $(Rule::$variant => $code,)* }
            }

            /// The rule with this code, if there is one.
            #[must_use]
            pub fn from_code(code: &str) -> Option<Rule> {
                match code { $($code => Some(Rule::$variant),)* _ => None }
            }
        }
    };
}

rules! {
    /// The reader is the `false` schema (or an equivalent) where the writer writes values.
    SchemaNarrowedToFalse => "schema-narrowed-to-false",
    /// The reader accepts fewer JSON types than the writer writes (e.g. `number` → `integer`).
    TypeNarrowed => "type-narrowed",
    /// The reader accepts none of the JSON types the writer writes.
    TypeChanged => "type-changed",
    /// The reader has an `enum` where the writer had none.
    EnumAdded => "enum-added",
    /// The reader's `enum` lacks values the writer may write.
    EnumNarrowed => "enum-narrowed",
    /// The reader has a `const` where the writer had none.
    ConstAdded => "const-added",
    /// The reader's `const` differs from the writer's value(s).
    ConstChanged => "const-changed",
    /// The reader added a `minimum`.
    MinimumAdded => "minimum-added",
    /// The reader's `minimum` is greater than the writer's lower bound.
    MinimumIncreased => "minimum-increased",
    /// The reader added a `maximum`.
    MaximumAdded => "maximum-added",
    /// The reader's `maximum` is smaller than the writer's upper bound.
    MaximumDecreased => "maximum-decreased",
    /// The reader added an `exclusiveMinimum`.
    ExclusiveMinimumAdded => "exclusive-minimum-added",
    /// The reader's `exclusiveMinimum` excludes values the writer may write.
    ExclusiveMinimumIncreased => "exclusive-minimum-increased",
    /// The reader added an `exclusiveMaximum`.
    ExclusiveMaximumAdded => "exclusive-maximum-added",
    /// The reader's `exclusiveMaximum` excludes values the writer may write.
    ExclusiveMaximumDecreased => "exclusive-maximum-decreased",
    /// The reader added a `multipleOf`.
    MultipleOfAdded => "multiple-of-added",
    /// The writer's `multipleOf` is not a multiple of the reader's.
    MultipleOfChanged => "multiple-of-changed",
    /// The reader added a `minLength`.
    MinLengthAdded => "min-length-added",
    /// The reader's `minLength` is greater than the writer's.
    MinLengthIncreased => "min-length-increased",
    /// The reader added a `maxLength`.
    MaxLengthAdded => "max-length-added",
    /// The reader's `maxLength` is smaller than the writer's.
    MaxLengthDecreased => "max-length-decreased",
    /// The reader added a `pattern`.
    PatternAdded => "pattern-added",
    /// The reader's `pattern` differs from the writer's (regex inclusion is not decided).
    PatternChanged => "pattern-changed",
    /// The reader added a `format`.
    FormatAdded => "format-added",
    /// The reader's `format` differs from the writer's.
    FormatChanged => "format-changed",
    /// The reader added a `minItems`.
    MinItemsAdded => "min-items-added",
    /// The reader's `minItems` is greater than the writer's.
    MinItemsIncreased => "min-items-increased",
    /// The reader added a `maxItems`.
    MaxItemsAdded => "max-items-added",
    /// The reader's `maxItems` is smaller than the writer's.
    MaxItemsDecreased => "max-items-decreased",
    /// The reader requires `uniqueItems` and the writer does not.
    UniqueItemsAdded => "unique-items-added",
    /// The reader allows no array item at a position where the writer may write one.
    ItemNotAllowed => "item-not-allowed",
    /// The reader's `contains` (with `minContains`/`maxContains`) differs from the writer's.
    ContainsChanged => "contains-changed",
    /// The reader declares a property that the writer's open content model may already carry
    /// with any value.
    PropertyAddedToOpenModel => "property-added-to-open-model",
    /// The reader declares a property whose schema does not accept what the writer's partially
    /// open content model (`additionalProperties`/`patternProperties` schema) allows under that name.
    PropertyAddedNotCoveredByPartiallyOpenModel => "property-added-not-covered-by-partially-open-model",
    /// The writer writes a property that the reader's closed content model refuses.
    PropertyRemovedFromClosedModel => "property-removed-from-closed-model",
    /// The writer writes a property that the reader no longer declares and whose values the
    /// reader's partially open content model does not accept.
    PropertyRemovedNotCoveredByPartiallyOpenModel => "property-removed-not-covered-by-partially-open-model",
    /// The reader requires a property the writer does not declare as required.
    RequiredPropertyAdded => "required-property-added",
    /// The reader requires a property the writer declares as optional.
    PropertyBecameRequired => "property-became-required",
    /// Undeclared properties the writer allows are refused or narrowed by the reader's
    /// `additionalProperties`/`unevaluatedProperties`.
    AdditionalPropertiesNarrowed => "additional-properties-narrowed",
    /// `patternProperties` changed in a way that cannot be shown compatible.
    PatternPropertiesChanged => "pattern-properties-changed",
    /// The reader added a `minProperties`.
    MinPropertiesAdded => "min-properties-added",
    /// The reader's `minProperties` is greater than the writer's.
    MinPropertiesIncreased => "min-properties-increased",
    /// The reader added a `maxProperties`.
    MaxPropertiesAdded => "max-properties-added",
    /// The reader's `maxProperties` is smaller than the writer's.
    MaxPropertiesDecreased => "max-properties-decreased",
    /// The reader's `dependentRequired` asks for more than the writer's.
    DependentRequiredAdded => "dependent-required-added",
    /// A value the writer writes matches no alternative of the reader's `anyOf`/`oneOf`.
    SumTypeNarrowed => "sum-type-narrowed",
    /// A value the writer writes may match more than one alternative of the reader's `oneOf`.
    OneOfAmbiguous => "one-of-ambiguous",
    /// A keyword the checker does not reason about (`not`, `if`/`then`/`else`,
    /// `dependentSchemas`, ...) differs between writer and reader.
    UnsupportedKeywordChanged => "unsupported-keyword-changed",
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
