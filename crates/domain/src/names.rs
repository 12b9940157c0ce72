//! Stable snake_case names for the crate's enums, shared by storage, JSON and query strings.

/// Error returned when a string is not one of an enum's names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {type_name} \"{input}\": expected one of {}", .expected.join(", "))]
pub struct ParseEnumError {
    /// Name of the parsed type, such as "tier" or "contract state".
    pub type_name: &'static str,
    /// The rejected input.
    pub input: String,
    /// Every accepted name.
    pub expected: &'static [&'static str],
}

/// Implements `ALL`, `NAMES`, `as_str`, `Display` and `FromStr` for a fieldless enum.
///
/// The names must equal what `#[serde(rename_all = "snake_case")]` produces, so that a
/// value reads the same in SQL, JSON and URLs. Each enum's unit tests check this.
macro_rules! impl_names {
    ($type:ident, $type_name:literal, [$($variant:ident => $name:literal),+ $(,)?]) => {
        impl $type {
            /// Every value, in declaration order.
            pub const ALL: [$type; [$($name),+].len()] = [$($type::$variant),+];

            /// The stable snake_case name of every value, in declaration order.
            pub const NAMES: [&'static str; [$($name),+].len()] = [$($name),+];

            /// Returns the stable snake_case name used in storage, JSON and URLs.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($type::$variant => $name),+
                }
            }
        }

        impl ::std::fmt::Display for $type {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $type {
            type Err = $crate::names::ParseEnumError;

            /// Parses the exact snake_case name; case and spacing are not forgiven.
            fn from_str(input: &str) -> Result<Self, Self::Err> {
                match input {
                    $($name => Ok($type::$variant),)+
                    _ => Err($crate::names::ParseEnumError {
                        type_name: $type_name,
                        input: input.to_owned(),
                        expected: &$type::NAMES,
                    }),
                }
            }
        }
    };
}

pub(crate) use impl_names;
