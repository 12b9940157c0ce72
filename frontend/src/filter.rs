//! The district dashboard's filters, kept free of the browser so they are tested natively.

use hopdong_api_types::OfficeUnitRow;
use hopdong_domain::{fold_for_search, PortalStatus};

/// Conditions a person chose to narrow the dashboard's table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnitFilter {
    /// Typed search, ignoring case, diacritics and spacing.
    pub search: String,
    pub status: Option<PortalStatus>,
    /// Keep units whose current contract ends within this many days.
    pub expiry_within_days: Option<i64>,
    /// Keep units whose renewal deadline falls within this many days.
    pub deadline_within_days: Option<i64>,
}

impl UnitFilter {
    /// Returns whether any condition is set.
    pub fn is_active(&self) -> bool {
        *self != UnitFilter::default()
    }

    /// Returns the rows that pass every condition, in their original order.
    pub fn apply<'a>(&self, rows: &'a [OfficeUnitRow]) -> Vec<&'a OfficeUnitRow> {
        let query = fold_for_search(&self.search);
        rows.iter().filter(|row| self.keeps(row, &query)).collect()
    }

    fn keeps(&self, row: &OfficeUnitRow, folded_query: &str) -> bool {
        let text_matches = folded_query.is_empty()
            || row.code.contains(folded_query)
            || fold_for_search(&row.name).contains(folded_query);
        text_matches
            && self.status.is_none_or(|status| row.status == status)
            && within(row.days_to_expiry, self.expiry_within_days)
            && within(row.days_to_deadline, self.deadline_within_days)
    }
}

/// Returns whether a day count passes a limit: it must lie between 0 and the limit. A unit
/// without such a date passes only when no limit is set.
fn within(days: Option<i64>, limit: Option<i64>) -> bool {
    match (days, limit) {
        (_, None) => true,
        (Some(days), Some(limit)) => (0..=limit).contains(&days),
        (None, Some(_)) => false,
    }
}

/// Parses a number of days typed into a filter. Empty or invalid input means no limit.
pub fn parse_days(value: &str) -> Option<i64> {
    value.trim().parse::<i64>().ok().filter(|days| *days >= 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use hopdong_domain::Tier;

    fn row(code: &str, name: &str, status: PortalStatus, expiry: Option<i64>) -> OfficeUnitRow {
        OfficeUnitRow {
            code: code.into(),
            name: name.into(),
            area_name: "Quận 1".into(),
            tier: Tier::Urban,
            status,
            current_last_day: None,
            renewal_deadline: None,
            days_to_expiry: expiry,
            days_to_deadline: expiry.map(|days| days + 365),
        }
    }

    fn rows() -> Vec<OfficeUnitRow> {
        vec![
            row(
                "79760001",
                "THPT Lê Qúy Đôn",
                PortalStatus::Active,
                Some(200),
            ),
            row(
                "79760002",
                "THPT Bùi Thị Xuân",
                PortalStatus::Expiring,
                Some(20),
            ),
            row(
                "79760003",
                "TTGDTX Quận 1",
                PortalStatus::NeverContracted,
                None,
            ),
        ]
    }

    fn codes(filter: &UnitFilter) -> Vec<String> {
        let rows = rows();
        filter
            .apply(&rows)
            .iter()
            .map(|row| row.code.clone())
            .collect()
    }

    #[test]
    fn search_ignores_diacritics_and_case() {
        let filter = UnitFilter {
            search: "le quy don".into(),
            ..UnitFilter::default()
        };
        assert_eq!(codes(&filter), ["79760001"]);
        let filter = UnitFilter {
            search: "  BÙI   thị ".into(),
            ..UnitFilter::default()
        };
        assert_eq!(codes(&filter), ["79760002"]);
    }

    #[test]
    fn search_by_code() {
        let filter = UnitFilter {
            search: "0003".into(),
            ..UnitFilter::default()
        };
        assert_eq!(codes(&filter), ["79760003"]);
    }

    #[test]
    fn status_and_expiry_filters() {
        let filter = UnitFilter {
            status: Some(PortalStatus::Expiring),
            ..UnitFilter::default()
        };
        assert_eq!(codes(&filter), ["79760002"]);
        let filter = UnitFilter {
            expiry_within_days: Some(30),
            ..UnitFilter::default()
        };
        assert_eq!(codes(&filter), ["79760002"]);
        let filter = UnitFilter {
            deadline_within_days: Some(400),
            ..UnitFilter::default()
        };
        assert_eq!(codes(&filter), ["79760002"]);
    }

    #[test]
    fn empty_filter_keeps_all() {
        assert_eq!(codes(&UnitFilter::default()).len(), 3);
        assert!(!UnitFilter::default().is_active());
    }

    #[test]
    fn days_as_typed() {
        assert_eq!(parse_days(" 30 "), Some(30));
        assert_eq!(parse_days(""), None);
        assert_eq!(parse_days("-3"), None);
        assert_eq!(parse_days("ba"), None);
    }
}
