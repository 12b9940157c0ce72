//! Real tax codes, written as people write them, and every single-digit typo of each.

use hopdong_domain::{TaxCode, TaxCodeError};

/// Forty valid codes, one per line after the `as_written` header.
const SAMPLE: &str = include_str!("data/tax_codes_valid_sample.csv");

fn sample_codes() -> Vec<&'static str> {
    let mut lines = SAMPLE.lines();
    assert_eq!(lines.next(), Some("as_written"));
    lines
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect()
}

#[test]
fn sample_has_forty_codes() {
    assert_eq!(sample_codes().len(), 40);
}

#[test]
fn sample_codes_all_valid() {
    for written in sample_codes() {
        let code = TaxCode::parse(written).unwrap_or_else(|error| panic!("{written}: {error}"));
        let digits: String = written.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(code.as_str().replace('-', ""), digits, "{written}");
        assert!(matches!(code.as_str().len(), 10 | 14), "{code}");
    }
}

#[test]
fn single_digit_typos_rejected() {
    let mut typos = 0;
    for written in sample_codes() {
        let normalized = TaxCode::parse(written).unwrap().as_str().to_owned();
        for position in 0..10 {
            let original = normalized.as_bytes()[position];
            for replacement in b'0'..=b'9' {
                if replacement == original {
                    continue;
                }
                let mut changed = normalized.clone().into_bytes();
                changed[position] = replacement;
                let changed = String::from_utf8(changed).unwrap();
                let result = TaxCode::parse(&changed);
                assert!(
                    matches!(result, Err(TaxCodeError::BadCheckDigit { .. })),
                    "{changed} (typo of {written} at digit {position}) gave {result:?}"
                );
                typos += 1;
            }
        }
    }
    assert_eq!(typos, 40 * 10 * 9);
}
