//! Display forms of money and dates for contracts, quotes and explanations.

use time::Date;

use crate::lang::Lang;

/// Groups the digits of an amount in threes: `4.800.000` in Vietnamese, `4,800,000` in English.
///
/// Negative amounts, such as a refund, keep a leading minus sign.
pub fn format_amount(amount: i64, lang: Lang) -> String {
    let separator = match lang {
        Lang::Vi => '.',
        Lang::En => ',',
    };
    let digits = amount.unsigned_abs().to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if amount < 0 {
        grouped.push('-');
    }
    // The first group has one to three digits and every later group exactly three.
    let first_group_end = match digits.len() % 3 {
        0 => 3,
        remainder => remainder,
    };
    grouped.push_str(&digits[..first_group_end]);
    for group_start in (first_group_end..digits.len()).step_by(3) {
        grouped.push(separator);
        grouped.push_str(&digits[group_start..group_start + 3]);
    }
    grouped
}

/// Formats whole đồng with the currency sign: `4.800.000 ₫` in Vietnamese, `4,800,000 ₫` in
/// English.
pub fn format_vnd(amount: i64, lang: Lang) -> String {
    format!("{} ₫", format_amount(amount, lang))
}

/// Formats a date as `dd/mm/yyyy`, the order used in Vietnam in both languages.
pub fn format_date(date: Date) -> String {
    format!(
        "{:02}/{:02}/{:04}",
        date.day(),
        u8::from(date.month()),
        date.year()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn vnd_in_both_languages() {
        assert_eq!(format_vnd(4_800_000, Lang::Vi), "4.800.000 ₫");
        assert_eq!(format_vnd(4_800_000, Lang::En), "4,800,000 ₫");
    }

    #[test]
    fn amount_grouping_edges() {
        let cases = [
            (0, "0"),
            (7, "7"),
            (999, "999"),
            (1_000, "1.000"),
            (12_345, "12.345"),
            (123_456, "123.456"),
            (1_234_567, "1.234.567"),
            (-2_400_000, "-2.400.000"),
            (i64::MAX, "9.223.372.036.854.775.807"),
            (i64::MIN, "-9.223.372.036.854.775.808"),
        ];
        for (amount, expected) in cases {
            assert_eq!(format_amount(amount, Lang::Vi), expected);
        }
    }

    #[test]
    fn date_is_day_month_year() {
        assert_eq!(format_date(date!(2019 - 10 - 01)), "01/10/2019");
        assert_eq!(format_date(date!(2021 - 02 - 28)), "28/02/2021");
        assert_eq!(format_date(date!(0999 - 12 - 31)), "31/12/0999");
    }
}
