//! Serde formats for calendar dates (`YYYY-MM-DD`) and UTC instants (RFC 3339).

use time::{Date, Month};

/// The earliest date the API accepts.
pub const MIN_DATE: Date = time::macros::date!(1900 - 01 - 01);
/// The latest date the API accepts; later dates are typing mistakes, and databases disagree on
/// how far their date types reach.
pub const MAX_DATE: Date = time::macros::date!(2199 - 12 - 31);

/// Parses `YYYY-MM-DD` strictly (four-digit year, no sign, a real calendar day) within
/// [`MIN_DATE`] and [`MAX_DATE`]. The error is a sentence naming the value and the expected form.
pub fn parse_iso_date(text: &str) -> Result<Date, String> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    let invalid = || format!("{text:?} is not a date written YYYY-MM-DD, such as 2026-09-30");
    if !shape_ok {
        return Err(invalid());
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u16>().map_err(|_| invalid());
    let year = i32::from(number(0..4)?);
    let month = Month::try_from(u8::try_from(number(5..7)?).map_err(|_| invalid())?)
        .map_err(|_| format!("{text:?} has no month {}", &text[5..7]))?;
    let day = u8::try_from(number(8..10)?).map_err(|_| invalid())?;
    let date = Date::from_calendar_date(year, month, day)
        .map_err(|_| format!("{text:?} is not a day of the calendar"))?;
    if !(MIN_DATE..=MAX_DATE).contains(&date) {
        return Err(format!(
            "{text:?} is out of range: use a date from 1900-01-01 to 2199-12-31"
        ));
    }
    Ok(date)
}

/// Writes a date as `YYYY-MM-DD`.
pub fn format_iso_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// `#[serde(with = "iso_date")]` for `Date` fields.
pub mod iso_date {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::format_iso_date(*date))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
        super::parse_iso_date(&text).map_err(serde::de::Error::custom)
    }

    /// `#[serde(with = "iso_date::option")]` for `Option<Date>` fields; null means `None`.
    pub mod option {
        use serde::{Deserialize, Deserializer, Serializer};
        use time::Date;

        pub fn serialize<S: Serializer>(
            date: &Option<Date>,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            match date {
                Some(date) => serializer.serialize_str(&super::super::format_iso_date(*date)),
                None => serializer.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Option<Date>, D::Error> {
            match Option::<std::borrow::Cow<str>>::deserialize(deserializer)? {
                Some(text) => super::super::parse_iso_date(&text)
                    .map(Some)
                    .map_err(serde::de::Error::custom),
                None => Ok(None),
            }
        }
    }
}

/// RFC 3339 for instants stored in UTC.
pub mod instant {
    pub use time::serde::rfc3339::*;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_dates_parse() {
        assert_eq!(
            parse_iso_date("2020-02-29").unwrap(),
            time::macros::date!(2020 - 02 - 29)
        );
        assert_eq!(
            format_iso_date(time::macros::date!(2019 - 10 - 01)),
            "2019-10-01"
        );
    }

    #[test]
    fn impossible_and_odd_dates_fail() {
        for text in [
            "2021-02-30",
            "2021-13-01",
            "2021-00-10",
            "+2021-01-01",
            "-001-01-01",
            "30/09/2021",
            "2021-9-30",
            "0000-01-01",
            "9999-12-31",
            " 2021-01-01",
            "２０２１-01-01",
        ] {
            assert!(parse_iso_date(text).is_err(), "{text}");
        }
    }

    #[test]
    fn message_names_the_value() {
        let message = parse_iso_date("2021-02-30").unwrap_err();
        assert!(message.contains("2021-02-30"), "{message}");
    }
}
