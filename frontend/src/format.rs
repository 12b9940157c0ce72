//! Display forms of money, dates and instants, shared by every page.
//!
//! Money and dates come from the domain crate, so the screen and the printed contract read the
//! same: `4.800.000 ₫` in Vietnamese, `4,800,000 ₫` in English, and dates `dd/mm/yyyy` in both.

use hopdong_domain::clock::VIETNAM_OFFSET;
use hopdong_domain::{format_date, format_vnd, Lang};
use time::{Date, OffsetDateTime};

/// Formats whole đồng for `lang`.
pub fn money(amount: i64, lang: Lang) -> String {
    format_vnd(amount, lang)
}

/// Formats a calendar date as `dd/mm/yyyy`.
pub fn date(date: Date) -> String {
    format_date(date)
}

/// Formats an optional date, with an en dash for none.
pub fn optional_date(date: Option<Date>) -> String {
    date.map(format_date).unwrap_or_else(|| "–".to_owned())
}

/// Formats a contract's term, such as "from 01/10/2019 to 30/09/2020".
pub fn period(lang: Lang, start: Date, end: Date) -> String {
    (crate::i18n::texts(lang).period)(&date(start), &date(end))
}

/// Formats an instant in Vietnam time as `dd/mm/yyyy HH:MM`.
pub fn instant(at: OffsetDateTime) -> String {
    let local = at.to_offset(VIETNAM_OFFSET);
    format!(
        "{} {:02}:{:02}",
        format_date(local.date()),
        local.hour(),
        local.minute()
    )
}

/// Formats a date as the API writes it, `YYYY-MM-DD`.
pub fn iso_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Parses a date as people type it: `dd/mm/yyyy`, with `/`, `-` or `.` between the parts and
/// the day and month on one or two digits, or `yyyy-mm-dd`.
///
/// Date fields are text inputs rather than `<input type="date">`, because the browser shows
/// the latter in the order of its own locale, which would break the `dd/mm/yyyy` rule.
pub fn parse_date_input(value: &str) -> Option<Date> {
    let parts: Vec<&str> = value.trim().split(['/', '-', '.']).collect();
    let [first, second, third] = parts.as_slice() else {
        return None;
    };
    let (year, month, day) = if first.len() == 4 {
        (first, second, third)
    } else {
        (third, second, first)
    };
    if year.len() != 4 || !(1..=2).contains(&month.len()) || !(1..=2).contains(&day.len()) {
        return None;
    }
    let month = time::Month::try_from(month.parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(year.parse().ok()?, month, day.parse().ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn money_in_both_languages() {
        assert_eq!(money(4_800_000, Lang::Vi), "4.800.000 ₫");
        assert_eq!(money(4_800_000, Lang::En), "4,800,000 ₫");
    }

    #[test]
    fn instant_in_vietnam_time() {
        assert_eq!(instant(datetime!(2026-09-30 17:05 UTC)), "01/10/2026 00:05");
    }

    #[test]
    fn iso_round_trip() {
        let day = date!(2026 - 02 - 03);
        assert_eq!(iso_date(day), "2026-02-03");
        assert_eq!(optional_date(None), "–");
    }

    #[test]
    fn typed_dates() {
        let day = date!(2026 - 02 - 03);
        for typed in [
            "03/02/2026",
            "3/2/2026",
            " 03-02-2026 ",
            "03.02.2026",
            "2026-02-03",
        ] {
            assert_eq!(parse_date_input(typed), Some(day), "{typed}");
        }
        for typed in [
            "",
            "03/02/26",
            "31/02/2026",
            "2026/13/01",
            "03/02",
            "a/b/cccc",
            "003/02/2026",
        ] {
            assert_eq!(parse_date_input(typed), None, "{typed}");
        }
    }
}
