//! Unit codes: the 8-digit identifier of a school or centre, starting with its province code.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Number of ASCII digits in every unit code.
pub const UNIT_CODE_LENGTH: usize = 8;

/// Identifier of a unit (đơn vị: a school or centre), such as `79000123` in Ho Chi Minh City.
///
/// Holds exactly [`UNIT_CODE_LENGTH`] ASCII digits. The first digits are the province code,
/// which is a setting of the deployment rather than a constant, so the same product can serve
/// another province.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnitCode(String);

/// Error returned by [`UnitCode::parse`]. Each message shows the expected form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnitCodeError {
    /// The input is not exactly 8 ASCII digits.
    #[error(
        "unit code \"{input}\" must be 8 digits of the form {}",
        expected_form(prefix)
    )]
    WrongFormat {
        /// The input after trimming.
        input: String,
        /// The province prefix that was expected.
        prefix: String,
    },
    /// The input is 8 digits but starts with another province's code.
    #[error(
        "unit code \"{input}\" belongs to another province: it must start with {prefix}, \
         as in {}",
        expected_form(prefix)
    )]
    WrongProvince {
        /// The input after trimming.
        input: String,
        /// The province prefix that was expected.
        prefix: String,
    },
}

/// Returns the pattern shown in messages, such as `79XXXXXX` for the prefix `79`.
fn expected_form(prefix: &str) -> String {
    let free_digits = UNIT_CODE_LENGTH.saturating_sub(prefix.chars().count());
    format!("{prefix}{}", "X".repeat(free_digits))
}

fn is_eight_digits(code: &str) -> bool {
    code.len() == UNIT_CODE_LENGTH && code.bytes().all(|byte| byte.is_ascii_digit())
}

impl UnitCode {
    /// Parses a unit code, trimming surrounding whitespace.
    ///
    /// `province_prefix` is the province code that every accepted code starts with, such as
    /// `"79"`. A prefix that is not made of digits, or is longer than 8 characters, rejects
    /// every input with [`UnitCodeError::WrongProvince`].
    pub fn parse(input: &str, province_prefix: &str) -> Result<UnitCode, UnitCodeError> {
        let code = input.trim();
        if !is_eight_digits(code) {
            return Err(UnitCodeError::WrongFormat {
                input: code.to_owned(),
                prefix: province_prefix.to_owned(),
            });
        }
        if !code.starts_with(province_prefix) || province_prefix.len() > UNIT_CODE_LENGTH {
            return Err(UnitCodeError::WrongProvince {
                input: code.to_owned(),
                prefix: province_prefix.to_owned(),
            });
        }
        Ok(UnitCode(code.to_owned()))
    }

    /// Returns the 8 digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UnitCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for UnitCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// Deserialises a string of exactly 8 ASCII digits.
///
/// The province prefix is not checked here because serde passes no setting to a
/// deserialiser. Input from users goes through [`UnitCode::parse`] with the prefix instead.
impl<'de> Deserialize<'de> for UnitCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        if is_eight_digits(&code) {
            Ok(UnitCode(code))
        } else {
            Err(serde::de::Error::custom(format!(
                "unit code \"{code}\" must be 8 digits"
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_province_code() {
        let code = UnitCode::parse("79000123", "79").unwrap();
        assert_eq!(code.as_str(), "79000123");
        assert_eq!(code.to_string(), "79000123");
    }

    #[test]
    fn parse_trims_whitespace() {
        let code = UnitCode::parse("  79000123\t\n", "79").unwrap();
        assert_eq!(code.as_str(), "79000123");
    }

    #[test]
    fn parse_rejects_short_code() {
        let error = UnitCode::parse("7912", "79").unwrap_err();
        assert_eq!(
            error,
            UnitCodeError::WrongFormat {
                input: "7912".into(),
                prefix: "79".into()
            }
        );
        assert_eq!(
            error.to_string(),
            "unit code \"7912\" must be 8 digits of the form 79XXXXXX"
        );
    }

    #[test]
    fn parse_rejects_bad_formats() {
        for input in [
            "",
            "790001234",
            "7900012a",
            "79 000123",
            "79-00-01-23",
            "７９０００１２３",
            "+7900012",
        ] {
            let result = UnitCode::parse(input, "79");
            assert!(
                matches!(result, Err(UnitCodeError::WrongFormat { .. })),
                "{input:?} gave {result:?}"
            );
        }
    }

    #[test]
    fn parse_rejects_other_province() {
        let error = UnitCode::parse("01000123", "79").unwrap_err();
        assert!(matches!(error, UnitCodeError::WrongProvince { .. }));
        assert_eq!(
            error.to_string(),
            "unit code \"01000123\" belongs to another province: it must start with 79, \
             as in 79XXXXXX"
        );
    }

    #[test]
    fn parse_uses_prefix_setting() {
        assert!(UnitCode::parse("01000123", "01").is_ok());
        assert!(UnitCode::parse("79000123", "01").is_err());
    }

    #[test]
    fn parse_rejects_overlong_prefix() {
        let result = UnitCode::parse("79000123", "790001234");
        assert!(matches!(result, Err(UnitCodeError::WrongProvince { .. })));
    }

    #[test]
    fn serde_uses_plain_string() {
        let code = UnitCode::parse("79000123", "79").unwrap();
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, "\"79000123\"");
        let back: UnitCode = serde_json::from_str(&json).unwrap();
        assert_eq!(back, code);
    }

    #[test]
    fn deserialize_rejects_bad_format() {
        let result = serde_json::from_str::<UnitCode>("\"7912\"");
        assert!(result.is_err());
    }
}
