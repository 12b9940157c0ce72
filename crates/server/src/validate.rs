//! Field-by-field checks of what callers type, each failure naming the field and the fix.

use hopdong_api_types::{FieldError, UnitDetailsView};
use hopdong_domain::TaxCode;
use hopdong_store::units::UnitDetails;

/// Detail fields a unit must fill in before it can submit a contract: they are printed on the
/// contract and the e-invoice.
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

/// Collects field errors so a form can show all of them at once.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<FieldError>);

impl Problems {
    pub fn add(&mut self, field: &str, code: &str, message: impl Into<String>) {
        self.0.push(FieldError {
            field: field.to_owned(),
            code: code.to_owned(),
            message: message.into(),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Ends the checks: `Ok` when nothing was found, else 422 listing every problem.
    pub fn finish(self) -> Result<(), crate::error::ApiError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(crate::error::ApiError::invalid_fields(self.0))
        }
    }
}

/// Tells whether `c` is invisible or reorders text: zero-width characters, bidirectional
/// controls, the soft hyphen and the byte-order mark. Such characters make a field look filled
/// in or read differently on the printed contract than what was stored.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// Returns why `value` is not acceptable printed text, if it is not.
pub fn text_problem(field: &str, value: &str) -> Option<(&'static str, String)> {
    if value.chars().any(char::is_control) {
        return Some((
            "control_character",
            format!("{field} must not contain control characters such as tabs or line breaks"),
        ));
    }
    if value.chars().any(is_invisible) {
        return Some((
            "invisible_character",
            format!(
                "{field} contains an invisible character (zero-width or direction mark); retype it"
            ),
        ));
    }
    None
}

/// Trims `value`; an empty result becomes `None`.
fn clean(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// Checks free text: at most `max` characters, no control or invisible characters.
pub fn text(
    problems: &mut Problems,
    field: &str,
    value: Option<&str>,
    max: usize,
) -> Option<String> {
    let value = clean(value)?;
    if value.chars().count() > max {
        problems.add(
            field,
            "too_long",
            format!("{field} must be at most {max} characters"),
        );
    } else if let Some((code, message)) = text_problem(field, &value) {
        problems.add(field, code, message);
    }
    Some(value)
}

/// Checks a phone number: digits with optional spaces, dots, dashes, brackets and a leading +.
fn phone(problems: &mut Problems, value: Option<&str>) -> Option<String> {
    let value = clean(value)?;
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let allowed = value
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || " .-()".contains(c) || (c == '+' && i == 0));
    if !allowed || !(8..=15).contains(&digits) {
        problems.add(
            "phone",
            "phone_invalid",
            format!(
                "phone {value:?} is not a phone number: use 8 to 15 digits, such as 028 3829 1234"
            ),
        );
    }
    Some(value)
}

/// Checks an e-mail address well enough to catch typing mistakes; delivery proves the rest.
fn email(problems: &mut Problems, value: Option<&str>) -> Option<String> {
    let value = clean(value)?;
    let valid = match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !value
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || is_invisible(c))
                && value.len() <= 254
        }
        None => false,
    };
    if !valid {
        problems.add(
            "invoice_email",
            "email_invalid",
            format!(
                "invoice_email {value:?} is not an e-mail address; write it as name@example.edu.vn"
            ),
        );
    }
    Some(value)
}

fn tax_code(problems: &mut Problems, value: Option<&str>) -> Option<String> {
    let value = clean(value)?;
    match TaxCode::parse(&value) {
        Ok(code) => Some(code.as_str().to_owned()),
        Err(error) => {
            problems.add("tax_code", "tax_code_invalid", error.to_string());
            Some(value)
        }
    }
}

fn account_number(problems: &mut Problems, value: Option<&str>) -> Option<String> {
    let value = clean(value)?;
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let allowed = value
        .chars()
        .all(|c| c.is_ascii_digit() || c == ' ' || c == '-' || c == '.');
    if !allowed || !(6..=30).contains(&digits) {
        problems.add(
            "account_number",
            "account_number_invalid",
            format!("account_number {value:?} must be 6 to 30 digits, optionally grouped with spaces or dashes"),
        );
    }
    Some(value)
}

fn website(problems: &mut Problems, value: Option<&str>) -> Option<String> {
    let value = clean(value)?;
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let valid = match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            let labels: Vec<&str> = host.split('.').collect();
            labels.len() >= 2
                && labels.iter().all(|label| {
                    !label.is_empty()
                        && label
                            .chars()
                            .all(|c| c.is_alphanumeric() || c == '-' || c == ':')
                })
                && value
                    .chars()
                    .all(|c| !c.is_whitespace() && !c.is_control() && !is_invisible(c))
        }
        None => false,
    };
    if !valid || value.len() > 200 {
        problems.add(
            "website",
            "website_invalid",
            format!(
                "website {value:?} must be an address such as https://thptbuithixuan.hcm.edu.vn"
            ),
        );
    }
    Some(value)
}

/// Checks every detail field, returning the cleaned details (trimmed, tax code normalised).
pub fn details(input: &UnitDetailsView) -> Result<UnitDetails, crate::error::ApiError> {
    let mut problems = Problems::default();
    let details = UnitDetails {
        address: text(&mut problems, "address", input.address.as_deref(), 300),
        phone: phone(&mut problems, input.phone.as_deref()),
        invoice_email: email(&mut problems, input.invoice_email.as_deref()),
        tax_code: tax_code(&mut problems, input.tax_code.as_deref()),
        representative: text(
            &mut problems,
            "representative",
            input.representative.as_deref(),
            100,
        ),
        representative_title: text(
            &mut problems,
            "representative_title",
            input.representative_title.as_deref(),
            100,
        ),
        account_number: account_number(&mut problems, input.account_number.as_deref()),
        account_bank: text(
            &mut problems,
            "account_bank",
            input.account_bank.as_deref(),
            200,
        ),
        website: website(&mut problems, input.website.as_deref()),
    };
    problems.finish()?;
    Ok(details)
}

/// Lists the fields of [`REQUIRED_FOR_CONTRACT`] that `details` leaves empty.
pub fn missing_for_contract(details: &UnitDetails) -> Vec<String> {
    let values = [
        &details.address,
        &details.phone,
        &details.invoice_email,
        &details.tax_code,
        &details.representative,
        &details.representative_title,
        &details.account_number,
        &details.account_bank,
    ];
    REQUIRED_FOR_CONTRACT
        .iter()
        .zip(values)
        .filter(|(_, value)| value.as_deref().map(str::trim).unwrap_or("").is_empty())
        .map(|(name, _)| (*name).to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view() -> UnitDetailsView {
        UnitDetailsView {
            address: Some(" 3 Nguyễn Bỉnh Khiêm, Quận 1 ".into()),
            phone: Some("028 3829 1234".into()),
            invoice_email: Some("ketoan@thpt.hcm.edu.vn".into()),
            tax_code: Some("0304.541.339".into()),
            representative: Some("Nguyễn Văn A".into()),
            representative_title: Some("Hiệu trưởng".into()),
            account_number: Some("3713.0.1054321".into()),
            account_bank: Some("Kho bạc Nhà nước Quận 1".into()),
            website: Some("https://thpt.hcm.edu.vn".into()),
        }
    }

    #[test]
    fn valid_details_are_cleaned() {
        let details = details(&view()).unwrap();
        assert_eq!(
            details.address.as_deref(),
            Some("3 Nguyễn Bỉnh Khiêm, Quận 1")
        );
        assert_eq!(details.tax_code.as_deref(), Some("0304541339"));
        assert!(missing_for_contract(&details).is_empty());
    }

    #[test]
    fn every_bad_field_is_listed() {
        let mut input = view();
        input.phone = Some("12".into());
        input.invoice_email = Some("ketoan.thpt".into());
        input.tax_code = Some("0304541338".into());
        input.website = Some("thpt".into());
        input.account_number = Some("abc".into());
        let error = details(&input).unwrap_err();
        let fields: Vec<&str> = error.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "phone",
                "invoice_email",
                "tax_code",
                "account_number",
                "website"
            ]
        );
        assert_eq!(error.status.as_u16(), 422);
    }

    #[test]
    fn blank_fields_become_missing() {
        let mut input = view();
        input.address = Some("   ".into());
        input.tax_code = None;
        let details = details(&input).unwrap();
        assert_eq!(missing_for_contract(&details), ["address", "tax_code"]);
    }

    #[test]
    fn invisible_characters_are_rejected() {
        let mut input = view();
        input.address = Some("\u{200B}".into());
        input.representative = Some("Nguyễn\u{202E}Văn A".into());
        input.invoice_email = Some("a\u{202E}@b.vn".into());
        let error = details(&input).unwrap_err();
        let codes: Vec<&str> = error.fields.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "invisible_character",
                "email_invalid",
                "invisible_character"
            ]
        );
    }

    #[test]
    fn odd_websites_are_rejected() {
        for site in [
            "https://./",
            "https://evil.com@school.edu.vn",
            "https://school",
            "ftp://a.vn",
        ] {
            let mut input = view();
            input.website = Some(site.into());
            assert!(details(&input).is_err(), "{site}");
        }
    }

    #[test]
    fn control_characters_are_rejected() {
        let mut input = view();
        input.representative = Some("Nguyễn\u{0}Văn A".into());
        assert_eq!(
            details(&input).unwrap_err().fields[0].code,
            "control_character"
        );
    }
}
