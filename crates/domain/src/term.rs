//! The 12-month term of a contract and the renewal dates that follow from it.
//!
//! `time` represents years 9999 and earlier only. Where a result would fall after
//! 9999-12-31 it is clamped to that date, so these functions return a date for every input.

use time::{Date, Duration, Month};

/// Length of every contract, in months.
pub const CONTRACT_MONTHS: u8 = 12;

/// Returns the same month and day `years` years later, with 29 February becoming `leap_fallback`
/// in a year that is not a leap year, or `None` after 9999.
fn same_day_years_later(date: Date, years: i32, leap_fallback: (Month, u8)) -> Option<Date> {
    let year = date.year().checked_add(years)?;
    match Date::from_calendar_date(year, date.month(), date.day()) {
        Ok(later) => Some(later),
        Err(_) => Date::from_calendar_date(year, leap_fallback.0, leap_fallback.1).ok(),
    }
}

/// Returns the last day of validity of a contract that starts on `start`.
///
/// That is the day before the same date 12 months later. When that date does not exist, which
/// happens only for a start on 29 February, the term ends at 1 March, so the last day is
/// 28 February: 2020-02-29 gives 2021-02-28.
pub fn last_day(start: Date) -> Date {
    same_day_years_later(start, 1, (Month::March, 1))
        .and_then(Date::previous_day)
        .unwrap_or(Date::MAX)
}

/// Returns the renewal deadline of a contract whose last day is `last_day`: the last day on
/// which a request still gives a Maintenance contract.
///
/// The deadline is one calendar year after the last day, with 29 February becoming
/// 28 February.
pub fn renewal_deadline(last_day: Date) -> Date {
    same_day_years_later(last_day, 1, (Month::February, 28)).unwrap_or(Date::MAX)
}

/// Returns the start of the contract that renews one ending on `last_day`: the next day, so
/// there is neither a gap nor an overlap.
pub fn next_start(last_day: Date) -> Date {
    last_day.next_day().unwrap_or(Date::MAX)
}

/// Returns `date` plus `days` days, clamped to 9999-12-31.
pub(crate) fn add_days(date: Date, days: i64) -> Date {
    date.checked_add(Duration::days(days)).unwrap_or(Date::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn term_table_from_rule_book() {
        let table = [
            (
                date!(2019 - 10 - 01),
                date!(2020 - 09 - 30),
                date!(2020 - 10 - 01),
            ),
            (
                date!(2020 - 02 - 29),
                date!(2021 - 02 - 28),
                date!(2021 - 03 - 01),
            ),
            (
                date!(2019 - 03 - 31),
                date!(2020 - 03 - 30),
                date!(2020 - 03 - 31),
            ),
            (
                date!(2020 - 01 - 31),
                date!(2021 - 01 - 30),
                date!(2021 - 01 - 31),
            ),
        ];
        for (start, expected_last, expected_next) in table {
            let last = last_day(start);
            assert_eq!(last, expected_last, "last day for {start}");
            assert_eq!(next_start(last), expected_next, "next start for {start}");
        }
    }

    #[test]
    fn term_starting_first_of_march() {
        assert_eq!(last_day(date!(2019 - 03 - 01)), date!(2020 - 02 - 29));
        assert_eq!(last_day(date!(2020 - 03 - 01)), date!(2021 - 02 - 28));
    }

    #[test]
    fn term_ending_in_leap_february() {
        assert_eq!(last_day(date!(2019 - 02 - 28)), date!(2020 - 02 - 27));
        assert_eq!(last_day(date!(2023 - 03 - 01)), date!(2024 - 02 - 29));
    }

    #[test]
    fn deadline_one_year_after() {
        assert_eq!(
            renewal_deadline(date!(2020 - 09 - 30)),
            date!(2021 - 09 - 30)
        );
        assert_eq!(
            renewal_deadline(date!(2024 - 02 - 29)),
            date!(2025 - 02 - 28)
        );
        assert_eq!(
            renewal_deadline(date!(2023 - 02 - 28)),
            date!(2024 - 02 - 28)
        );
        assert_eq!(
            renewal_deadline(date!(2019 - 12 - 31)),
            date!(2020 - 12 - 31)
        );
    }

    #[test]
    fn next_start_crosses_year() {
        assert_eq!(next_start(date!(2020 - 12 - 31)), date!(2021 - 01 - 01));
    }

    #[test]
    fn end_of_calendar_clamps() {
        assert_eq!(last_day(date!(9999 - 06 - 01)), Date::MAX);
        assert_eq!(renewal_deadline(date!(9999 - 01 - 01)), Date::MAX);
        assert_eq!(next_start(Date::MAX), Date::MAX);
        assert_eq!(add_days(date!(9999 - 12 - 01), 90), Date::MAX);
    }
}
