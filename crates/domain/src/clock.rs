//! Calendar days in Vietnam, where the contract rules are applied.

use time::{Date, OffsetDateTime, UtcOffset};

/// Vietnam's offset from UTC: seven hours all year, since the country observes no daylight
/// saving time.
pub const VIETNAM_OFFSET: UtcOffset = time::macros::offset!(+7);

/// Returns the calendar date in Vietnam at the instant `now`, whatever offset `now` carries.
///
/// Callers pass the clock reading so this crate never reads a clock. For the last seven hours
/// of 9999-12-31 UTC, which has no next date in `time`, the date is 9999-12-31.
pub fn vietnam_today(now: OffsetDateTime) -> Date {
    match now.checked_to_offset(VIETNAM_OFFSET) {
        Some(local) => local.date(),
        None => Date::MAX,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn late_utc_evening_is_next_day() {
        let now = datetime!(2021-09-30 17:00 UTC);
        assert_eq!(vietnam_today(now), date!(2021 - 10 - 01));
    }

    #[test]
    fn before_utc_17_is_same_day() {
        let now = datetime!(2021-09-30 16:59:59 UTC);
        assert_eq!(vietnam_today(now), date!(2021 - 09 - 30));
    }

    #[test]
    fn offset_of_input_ignored() {
        let now = datetime!(2021-10-01 00:30 +7);
        assert_eq!(vietnam_today(now), date!(2021 - 10 - 01));
        let same_instant = now.to_offset(time::macros::offset!(-5));
        assert_eq!(vietnam_today(same_instant), date!(2021 - 10 - 01));
    }

    #[test]
    fn end_of_range_saturates() {
        let now = datetime!(9999-12-31 23:00 UTC);
        assert_eq!(vietnam_today(now), Date::MAX);
    }
}
