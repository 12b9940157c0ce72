//! Vietnamese tax codes (mã số thuế) of units, checked and normalised.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Weights of the first nine digits in the check-digit sum.
const CHECK_WEIGHTS: [u32; 9] = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/// A valid tax code, stored as `NNNNNNNNNN` or, for a dependent unit, `NNNNNNNNNN-NNN`.
///
/// The tenth digit is a check digit over the first nine. The optional three-digit suffix
/// numbers a dependent unit (branch) from 001 to 999 and carries no check.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TaxCode(String);

/// Error returned by [`TaxCode::parse`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TaxCodeError {
    /// The input has a character other than digits, dots, dashes and spaces.
    #[error(
        "tax code \"{input}\" contains the invalid character {character:?}: \
         use only digits, with dots, dashes or spaces as separators"
    )]
    InvalidCharacter {
        /// The input as given.
        input: String,
        /// The first invalid character.
        character: char,
    },
    /// The input does not have 10 or 13 digits.
    #[error(
        "tax code \"{input}\" has {digits} digits: expected 10 digits, or 13 written \
         NNNNNNNNNN-NNN for a dependent unit"
    )]
    WrongLength {
        /// The input as given.
        input: String,
        /// Number of digits found.
        digits: usize,
    },
    /// The tenth digit does not match the check digit computed from the first nine.
    #[error(
        "tax code \"{input}\" is invalid: its 10th digit does not match the check digit of \
         the first nine, so a digit is probably mistyped"
    )]
    BadCheckDigit {
        /// The input as given.
        input: String,
    },
    /// The dependent-unit suffix is 000.
    #[error(
        "tax code \"{input}\" has the dependent-unit suffix 000: the last three digits must \
         be from 001 to 999"
    )]
    BadBranch {
        /// The input as given.
        input: String,
    },
}

impl TaxCode {
    /// Parses a tax code as people write it, such as `0100112437`, `01.00.112.437`,
    /// `0311 916 028` or `2000102580-004`.
    ///
    /// Dots, dashes and spaces anywhere are dropped before the digits are counted, and
    /// surrounding whitespace is trimmed. The result is normalised to `NNNNNNNNNN` or
    /// `NNNNNNNNNN-NNN`.
    pub fn parse(input: &str) -> Result<TaxCode, TaxCodeError> {
        let mut digits = Vec::with_capacity(13);
        for character in input.trim().chars() {
            match character {
                '0'..='9' => digits.push(character),
                '.' | '-' | ' ' => {}
                _ => {
                    return Err(TaxCodeError::InvalidCharacter {
                        input: input.to_owned(),
                        character,
                    })
                }
            }
        }
        if digits.len() != 10 && digits.len() != 13 {
            return Err(TaxCodeError::WrongLength {
                input: input.to_owned(),
                digits: digits.len(),
            });
        }

        let (main, branch) = digits.split_at(10);
        if !check_digit_matches(main) {
            return Err(TaxCodeError::BadCheckDigit {
                input: input.to_owned(),
            });
        }
        let mut code: String = main.iter().collect();
        if !branch.is_empty() {
            if branch.iter().all(|digit| *digit == '0') {
                return Err(TaxCodeError::BadBranch {
                    input: input.to_owned(),
                });
            }
            code.push('-');
            code.extend(branch);
        }
        Ok(TaxCode(code))
    }

    /// Returns the normalised code.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Checks the tenth digit: 10 − (weighted sum of the first nine mod 11). A computed value of
/// 10 matches no digit, so such codes are never valid.
fn check_digit_matches(main: &[char]) -> bool {
    let value = |digit: &char| digit.to_digit(10).unwrap_or(0);
    let sum: u32 = main
        .iter()
        .zip(CHECK_WEIGHTS)
        .map(|(digit, weight)| value(digit) * weight)
        .sum();
    let expected = 10 - sum % 11;
    main.get(9).map(value) == Some(expected)
}

impl fmt::Display for TaxCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for TaxCode {
    type Error = TaxCodeError;

    fn try_from(input: String) -> Result<Self, Self::Error> {
        TaxCode::parse(&input)
    }
}

impl From<TaxCode> for String {
    fn from(code: TaxCode) -> String {
        code.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_forms_normalised() {
        let cases = [
            ("0100112437", "0100112437"),
            ("01.00.112.437", "0100112437"),
            ("0311 916 028", "0311916028"),
            (" 2000102580-004 ", "2000102580-004"),
            ("2000102580004", "2000102580-004"),
            ("2000730546-015", "2000730546-015"),
        ];
        for (input, expected) in cases {
            let code = TaxCode::parse(input).unwrap();
            assert_eq!(code.as_str(), expected, "{input}");
        }
    }

    #[test]
    fn wrong_length_rejected() {
        for (input, digits) in [
            ("", 0),
            ("010011243", 9),
            ("01001124370", 11),
            ("2000102580-04", 12),
        ] {
            let error = TaxCode::parse(input).unwrap_err();
            assert_eq!(
                error,
                TaxCodeError::WrongLength {
                    input: input.into(),
                    digits
                }
            );
        }
        let message = TaxCode::parse("123").unwrap_err().to_string();
        assert_eq!(
            message,
            "tax code \"123\" has 3 digits: expected 10 digits, or 13 written NNNNNNNNNN-NNN \
             for a dependent unit"
        );
    }

    #[test]
    fn invalid_character_rejected() {
        let error = TaxCode::parse("0100112437a").unwrap_err();
        assert_eq!(
            error,
            TaxCodeError::InvalidCharacter {
                input: "0100112437a".into(),
                character: 'a'
            }
        );
        assert!(matches!(
            TaxCode::parse("0100/112437"),
            Err(TaxCodeError::InvalidCharacter { character: '/', .. })
        ));
    }

    #[test]
    fn bad_check_digit_rejected() {
        let error = TaxCode::parse("0100112438").unwrap_err();
        assert!(matches!(error, TaxCodeError::BadCheckDigit { .. }));
    }

    #[test]
    fn computed_ten_never_valid() {
        // 1000000000: the weighted sum is 31, 31 mod 11 = 9, so the check digit is 1.
        assert!(TaxCode::parse("1000000001").is_ok());
        // 0000000000 has sum 0, so the computed value is 10 and no tenth digit matches.
        for last in '0'..='9' {
            let input = format!("000000000{last}");
            assert!(
                matches!(
                    TaxCode::parse(&input),
                    Err(TaxCodeError::BadCheckDigit { .. })
                ),
                "{input}"
            );
        }
    }

    #[test]
    fn zero_branch_rejected() {
        let error = TaxCode::parse("2000102580-000").unwrap_err();
        assert!(matches!(error, TaxCodeError::BadBranch { .. }));
        assert!(TaxCode::parse("2000102580-999").is_ok());
        assert!(TaxCode::parse("2000102580-001").is_ok());
    }

    #[test]
    fn serde_validates() {
        let code: TaxCode = serde_json::from_str("\"01.00.112.437\"").unwrap();
        assert_eq!(serde_json::to_string(&code).unwrap(), "\"0100112437\"");
        assert!(serde_json::from_str::<TaxCode>("\"0100112438\"").is_err());
    }
}
