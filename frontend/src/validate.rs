//! Checks of what people type, run on every keystroke before the server receives the value.
//!
//! The rules match the server's checks of unit details, and the tax code goes through the
//! domain crate's own parser, so a value this module accepts is one the server accepts. The
//! server stays the authority: its field errors replace these when it rejects a value.

use hopdong_domain::{TaxCode, TaxCodeError};

/// Detail fields of a unit in form order, all printed on the contract or the invoice.
pub const DETAIL_FIELDS: [&str; 9] = [
    "address",
    "phone",
    "invoice_email",
    "tax_code",
    "representative",
    "representative_title",
    "account_number",
    "account_bank",
    "website",
];

/// Detail fields that must be filled in before a contract can be submitted. The website is
/// the only optional one.
pub const REQUIRED_FOR_CONTRACT: [&str; 8] = [
    "address",
    "phone",
    "invoice_email",
    "tax_code",
    "representative",
    "representative_title",
    "account_number",
    "account_bank",
];

/// Returns the maximum number of characters of a free-text field, as the server enforces it.
pub fn max_chars(field: &str) -> Option<usize> {
    match field {
        "address" => Some(300),
        "representative" | "representative_title" => Some(100),
        "account_bank" | "name" => Some(200),
        "reference" => Some(100),
        "reason" => Some(500),
        _ => None,
    }
}

/// Checks one detail field as typed and returns the code of its problem, if any.
///
/// Codes are the server's (`phone_invalid`, `too_long` …), except that a bad tax code gets a
/// finer code (`tax_code_length`, `tax_code_check_digit` …) so the message names what to fix.
/// An empty value is no problem here: whether it is required depends on the moment.
pub fn check_detail(field: &str, value: &str) -> Option<&'static str> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    match field {
        "phone" => (!is_phone(value)).then_some("phone_invalid"),
        "invoice_email" => (!is_email(value)).then_some("email_invalid"),
        "tax_code" => TaxCode::parse(value)
            .err()
            .map(|error| tax_code_problem(&error)),
        "account_number" => (!is_account_number(value)).then_some("account_number_invalid"),
        "website" => (!is_website(value)).then_some("website_invalid"),
        _ => check_text(field, value),
    }
}

/// Checks free text against the field's length limit and for control characters.
pub fn check_text(field: &str, value: &str) -> Option<&'static str> {
    if max_chars(field).is_some_and(|max| value.trim().chars().count() > max) {
        Some("too_long")
    } else if value.chars().any(char::is_control) {
        Some("control_character")
    } else {
        None
    }
}

/// Returns whether a problem of [`check_detail`] stays however the person goes on typing: a
/// character no tax code contains, a check digit that does not match, a value already too long.
pub fn is_final(code: &str) -> bool {
    matches!(
        code,
        "tax_code_character"
            | "tax_code_check_digit"
            | "tax_code_branch"
            | "too_long"
            | "control_character"
    )
}

fn tax_code_problem(error: &TaxCodeError) -> &'static str {
    match error {
        TaxCodeError::InvalidCharacter { .. } => "tax_code_character",
        TaxCodeError::WrongLength { .. } => "tax_code_length",
        TaxCodeError::BadCheckDigit { .. } => "tax_code_check_digit",
        TaxCodeError::BadBranch { .. } => "tax_code_branch",
    }
}

/// Checks for 8 to 15 digits, with optional spaces, dots, dashes, brackets and a leading `+`.
fn is_phone(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let allowed = value.chars().enumerate().all(|(index, character)| {
        character.is_ascii_digit()
            || " .-()".contains(character)
            || (character == '+' && index == 0)
    });
    allowed && (8..=15).contains(&digits)
}

/// Checks for typing mistakes only: one `@`, a dot in the domain, no spaces.
fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
        && value.len() <= 254
}

/// Checks for 6 to 30 digits, optionally grouped with spaces, dashes or dots.
fn is_account_number(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let allowed = value
        .chars()
        .all(|c| c.is_ascii_digit() || c == ' ' || c == '-' || c == '.');
    allowed && (6..=30).contains(&digits)
}

/// Checks for an `http://` or `https://` address whose host has a dot, at most 200 bytes.
fn is_website(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let Some(rest) = rest else {
        return false;
    };
    let host = rest.split('/').next().unwrap_or("");
    host.contains('.')
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
        && value.len() <= 200
}

/// Checks a unit code as typed: exactly 8 digits. The province prefix is the server's setting,
/// so the server checks it.
pub fn is_unit_code_shape(value: &str) -> bool {
    let value = value.trim();
    value.len() == 8 && value.bytes().all(|byte| byte.is_ascii_digit())
}

/// Parses a whole number of đồng as people type it: `4.800.000`, `4 800 000` or `4800000`.
pub fn parse_amount(value: &str) -> Option<i64> {
    let digits: String = value
        .chars()
        .filter(|c| !matches!(c, '.' | ',' | ' ' | '₫'))
        .collect();
    let digits = digits.trim_end_matches("đ");
    if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tax_code_problems_are_specific() {
        assert_eq!(check_detail("tax_code", "0304541339"), None);
        assert_eq!(check_detail("tax_code", "0304.541.339"), None);
        assert_eq!(
            check_detail("tax_code", "0304541338"),
            Some("tax_code_check_digit")
        );
        assert_eq!(
            check_detail("tax_code", "030454133"),
            Some("tax_code_length")
        );
        assert_eq!(
            check_detail("tax_code", "03045413x9"),
            Some("tax_code_character")
        );
        assert_eq!(
            check_detail("tax_code", "0304541339-000"),
            Some("tax_code_branch")
        );
    }

    #[test]
    fn final_problems_show_while_typing() {
        assert!(is_final("tax_code_check_digit"));
        assert!(is_final("too_long"));
        assert!(!is_final("tax_code_length"));
        assert!(!is_final("email_invalid"));
    }

    #[test]
    fn empty_values_pass() {
        for field in DETAIL_FIELDS {
            assert_eq!(check_detail(field, "   "), None, "{field}");
        }
    }

    #[test]
    fn phone_cases() {
        assert_eq!(check_detail("phone", "028 3829 1234"), None);
        assert_eq!(check_detail("phone", "+84 28 3829 1234"), None);
        assert_eq!(check_detail("phone", "12"), Some("phone_invalid"));
        assert_eq!(
            check_detail("phone", "028-3829-12x4"),
            Some("phone_invalid")
        );
        assert_eq!(
            check_detail("phone", "028 +3829 1234"),
            Some("phone_invalid")
        );
    }

    #[test]
    fn email_cases() {
        assert_eq!(
            check_detail("invoice_email", "ketoan@thpt.hcm.edu.vn"),
            None
        );
        assert_eq!(
            check_detail("invoice_email", "ketoan.thpt"),
            Some("email_invalid")
        );
        assert_eq!(check_detail("invoice_email", "a@b"), Some("email_invalid"));
        assert_eq!(
            check_detail("invoice_email", "a b@c.vn"),
            Some("email_invalid")
        );
        assert_eq!(
            check_detail("invoice_email", "a@.vn"),
            Some("email_invalid")
        );
    }

    #[test]
    fn account_and_website_cases() {
        assert_eq!(check_detail("account_number", "3713.0.1054321"), None);
        assert_eq!(
            check_detail("account_number", "abc"),
            Some("account_number_invalid")
        );
        assert_eq!(
            check_detail("account_number", "12345"),
            Some("account_number_invalid")
        );
        assert_eq!(check_detail("website", "https://thpt.hcm.edu.vn"), None);
        assert_eq!(
            check_detail("website", "thpt.hcm.edu.vn"),
            Some("website_invalid")
        );
        assert_eq!(
            check_detail("website", "https://localhost"),
            Some("website_invalid")
        );
    }

    #[test]
    fn text_limits() {
        assert_eq!(check_detail("address", &"a".repeat(300)), None);
        assert_eq!(check_detail("address", &"a".repeat(301)), Some("too_long"));
        assert_eq!(check_detail("representative", &"ễ".repeat(100)), None);
        assert_eq!(
            check_detail("representative", "Nguyễn\tVăn A"),
            Some("control_character")
        );
    }

    #[test]
    fn unit_code_shape() {
        assert!(is_unit_code_shape("79760118"));
        assert!(is_unit_code_shape(" 79760118 "));
        assert!(!is_unit_code_shape("7976011"));
        assert!(!is_unit_code_shape("7976011a"));
        assert!(!is_unit_code_shape("797601180"));
    }

    #[test]
    fn amounts_as_typed() {
        assert_eq!(parse_amount("4.800.000"), Some(4_800_000));
        assert_eq!(parse_amount("4,800,000 ₫"), Some(4_800_000));
        assert_eq!(parse_amount("4 800 000đ"), Some(4_800_000));
        assert_eq!(parse_amount("2400000"), Some(2_400_000));
        assert_eq!(parse_amount(""), None);
        assert_eq!(parse_amount("-5"), None);
        assert_eq!(parse_amount("12a"), None);
    }
}
