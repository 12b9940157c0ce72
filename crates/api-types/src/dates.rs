//! Serde formats for calendar dates (`YYYY-MM-DD`) and UTC instants (RFC 3339).

time::serde::format_description!(pub iso_date, Date, "[year]-[month]-[day]");

/// RFC 3339 for instants stored in UTC.
pub mod instant {
    pub use time::serde::rfc3339::*;
}
