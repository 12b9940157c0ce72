//! Portal status of a unit on a given day, derived from its contracts and never stored.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::contract::ContractState;
use crate::names::impl_names;
use crate::quote::ContractFacts;
use crate::term;

/// Default number of days before a contract's last day from which it counts as expiring.
pub const DEFAULT_EXPIRING_WINDOW_DAYS: u16 = 60;

/// Status of a unit's portal on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PortalStatus {
    /// No signed contract has covered the unit yet and none is in progress.
    NeverContracted,
    /// A contract is a draft, submitted or received, and no signed contract covers the day.
    InProgress,
    /// A signed contract covers the day.
    Active,
    /// Active, ending within the expiring window, and with no follow-up contract.
    Expiring,
    /// The last contract has ended, but a request today still gives a Maintenance contract.
    ExpiredCanRenew,
    /// The renewal deadline has passed, so the next contract is Creation.
    Lapsed,
}

impl_names!(PortalStatus, "portal status", [
    NeverContracted => "never_contracted",
    InProgress => "in_progress",
    Active => "active",
    Expiring => "expiring",
    ExpiredCanRenew => "expired_can_renew",
    Lapsed => "lapsed",
]);

/// A unit's portal status on a day, with the dates that explain it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct StatusReport {
    /// The status.
    pub status: PortalStatus,
    /// Last day of the signed contract that covers the day or, when none does, of the signed
    /// contract that ended most recently. `None` when no signed contract has started.
    pub current_last_day: Option<Date>,
    /// Renewal deadline of the contract in `current_last_day`: the last day on which a
    /// request gives a Maintenance contract.
    pub renewal_deadline: Option<Date>,
}

/// Derives the portal status of a unit with contract `history` on `day`.
///
/// The checks run in this order, and the first that matches wins:
/// 1. A signed contract covers `day` (start ≤ day ≤ last day): Active, or Expiring when its
///    last day is at most `expiring_window_days` after `day` and no follow-up exists. A
///    follow-up is any contract that is not cancelled, open or signed, starting after the
///    covering contract's last day. A signed contract wins over an open one, because the
///    portal is live whatever is being prepared.
/// 2. A signed contract starts after `day` (a Creation contract may start up to 90 days after
///    it is drawn up): Active, with that contract's last day. The unit has done its part, so a
///    district office must not see it as never contracted or lapsed.
/// 3. An open contract (draft, submitted or received) exists: InProgress.
/// 4. A signed contract has ended: ExpiredCanRenew up to its renewal deadline, then Lapsed.
/// 5. Otherwise: NeverContracted.
pub fn portal_status(
    history: &[ContractFacts],
    day: Date,
    expiring_window_days: u16,
) -> StatusReport {
    let signed = || {
        history
            .iter()
            .filter(|contract| contract.state == ContractState::Signed)
    };

    let covering = signed()
        .filter(|contract| contract.start <= day && day <= contract.last_day)
        .max_by_key(|contract| contract.last_day);
    if let Some(covering) = covering {
        let window_end = term::add_days(day, i64::from(expiring_window_days));
        let has_follow_up = history.iter().any(|contract| {
            contract.state != ContractState::Cancelled && contract.start > covering.last_day
        });
        let status = if covering.last_day <= window_end && !has_follow_up {
            PortalStatus::Expiring
        } else {
            PortalStatus::Active
        };
        return report(status, Some(covering.last_day));
    }

    let upcoming = signed()
        .filter(|contract| contract.start > day)
        .min_by_key(|contract| contract.start);
    if let Some(upcoming) = upcoming {
        return report(PortalStatus::Active, Some(upcoming.last_day));
    }

    let ended = signed()
        .filter(|contract| contract.last_day < day)
        .max_by_key(|contract| contract.last_day);
    if history.iter().any(|contract| contract.state.is_open()) {
        return report(PortalStatus::InProgress, ended.map(|c| c.last_day));
    }
    match ended {
        Some(ended) if day <= term::renewal_deadline(ended.last_day) => {
            report(PortalStatus::ExpiredCanRenew, Some(ended.last_day))
        }
        Some(ended) => report(PortalStatus::Lapsed, Some(ended.last_day)),
        None => report(PortalStatus::NeverContracted, None),
    }
}

fn report(status: PortalStatus, current_last_day: Option<Date>) -> StatusReport {
    StatusReport {
        status,
        current_last_day,
        renewal_deadline: current_last_day.map(term::renewal_deadline),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn contract(state: ContractState, start: Date) -> ContractFacts {
        ContractFacts {
            state,
            start,
            last_day: term::last_day(start),
        }
    }

    fn status_on(history: &[ContractFacts], day: Date) -> StatusReport {
        portal_status(history, day, DEFAULT_EXPIRING_WINDOW_DAYS)
    }

    #[test]
    fn empty_history_never_contracted() {
        let report = status_on(&[], date!(2020 - 01 - 01));
        assert_eq!(report.status, PortalStatus::NeverContracted);
        assert_eq!(report.current_last_day, None);
        assert_eq!(report.renewal_deadline, None);
    }

    #[test]
    fn cancelled_only_never_contracted() {
        let history = [contract(ContractState::Cancelled, date!(2019 - 10 - 01))];
        let report = status_on(&history, date!(2020 - 01 - 01));
        assert_eq!(report.status, PortalStatus::NeverContracted);
    }

    #[test]
    fn draft_only_in_progress() {
        for state in [
            ContractState::Draft,
            ContractState::Submitted,
            ContractState::Received,
        ] {
            let history = [contract(state, date!(2019 - 10 - 01))];
            let report = status_on(&history, date!(2019 - 09 - 20));
            assert_eq!(report.status, PortalStatus::InProgress, "{state}");
            assert_eq!(report.current_last_day, None);
        }
    }

    #[test]
    fn active_on_first_and_last_day() {
        let history = [contract(ContractState::Signed, date!(2019 - 10 - 01))];
        let first = status_on(&history, date!(2019 - 10 - 01));
        assert_eq!(first.status, PortalStatus::Active);
        assert_eq!(first.current_last_day, Some(date!(2020 - 09 - 30)));
        assert_eq!(first.renewal_deadline, Some(date!(2021 - 09 - 30)));
        let last = status_on(&history, date!(2020 - 09 - 30));
        assert_eq!(last.status, PortalStatus::Expiring);
    }

    #[test]
    fn expiring_window_edges() {
        let history = [contract(ContractState::Signed, date!(2019 - 10 - 01))];
        // The last day, 2020-09-30, is 61 days after 2020-07-31 and 60 days after 2020-08-01.
        let before = status_on(&history, date!(2020 - 07 - 31));
        assert_eq!(before.status, PortalStatus::Active);
        let inside = status_on(&history, date!(2020 - 08 - 01));
        assert_eq!(inside.status, PortalStatus::Expiring);
        let custom = portal_status(&history, date!(2020 - 07 - 31), 61);
        assert_eq!(custom.status, PortalStatus::Expiring);
        let zero_window = portal_status(&history, date!(2020 - 09 - 29), 0);
        assert_eq!(zero_window.status, PortalStatus::Active);
    }

    #[test]
    fn open_follow_up_stops_expiring() {
        let history = [
            contract(ContractState::Signed, date!(2019 - 10 - 01)),
            contract(ContractState::Draft, date!(2020 - 10 - 01)),
        ];
        let report = status_on(&history, date!(2020 - 09 - 01));
        assert_eq!(report.status, PortalStatus::Active);
    }

    #[test]
    fn signed_follow_up_stops_expiring() {
        let history = [
            contract(ContractState::Signed, date!(2019 - 10 - 01)),
            contract(ContractState::Signed, date!(2020 - 10 - 01)),
        ];
        let report = status_on(&history, date!(2020 - 09 - 01));
        assert_eq!(report.status, PortalStatus::Active);
        assert_eq!(report.current_last_day, Some(date!(2020 - 09 - 30)));
    }

    #[test]
    fn cancelled_follow_up_ignored() {
        let history = [
            contract(ContractState::Signed, date!(2019 - 10 - 01)),
            contract(ContractState::Cancelled, date!(2020 - 10 - 01)),
        ];
        let report = status_on(&history, date!(2020 - 09 - 01));
        assert_eq!(report.status, PortalStatus::Expiring);
    }

    #[test]
    fn expired_then_lapsed() {
        let history = [contract(ContractState::Signed, date!(2019 - 10 - 01))];
        let expired = status_on(&history, date!(2020 - 10 - 01));
        assert_eq!(expired.status, PortalStatus::ExpiredCanRenew);
        assert_eq!(expired.current_last_day, Some(date!(2020 - 09 - 30)));
        assert_eq!(expired.renewal_deadline, Some(date!(2021 - 09 - 30)));
        let deadline = status_on(&history, date!(2021 - 09 - 30));
        assert_eq!(deadline.status, PortalStatus::ExpiredCanRenew);
        let lapsed = status_on(&history, date!(2021 - 10 - 01));
        assert_eq!(lapsed.status, PortalStatus::Lapsed);
        assert_eq!(lapsed.renewal_deadline, Some(date!(2021 - 09 - 30)));
    }

    #[test]
    fn open_renewal_after_expiry_in_progress() {
        let history = [
            contract(ContractState::Signed, date!(2019 - 10 - 01)),
            contract(ContractState::Submitted, date!(2020 - 10 - 01)),
        ];
        let report = status_on(&history, date!(2020 - 12 - 01));
        assert_eq!(report.status, PortalStatus::InProgress);
        assert_eq!(report.current_last_day, Some(date!(2020 - 09 - 30)));
        assert_eq!(report.renewal_deadline, Some(date!(2021 - 09 - 30)));
    }

    #[test]
    fn signed_first_contract_not_started_is_active() {
        let history = [contract(ContractState::Signed, date!(2020 - 01 - 15))];
        let report = status_on(&history, date!(2020 - 01 - 01));
        assert_eq!(report.status, PortalStatus::Active);
        assert_eq!(report.current_last_day, Some(date!(2021 - 01 - 14)));
    }

    #[test]
    fn signed_creation_after_lapse_is_active() {
        let history = [
            contract(ContractState::Signed, date!(2019 - 10 - 01)),
            contract(ContractState::Signed, date!(2021 - 12 - 01)),
        ];
        let report = status_on(&history, date!(2021 - 11 - 01));
        assert_eq!(report.status, PortalStatus::Active);
        assert_eq!(report.current_last_day, Some(date!(2022 - 11 - 30)));
    }

    #[test]
    fn status_names_match_serde() {
        assert_eq!(PortalStatus::ALL.len(), 6);
        for status in PortalStatus::ALL {
            let json = serde_json::to_string(&status).unwrap();
            assert_eq!(json, format!("\"{status}\""));
            assert_eq!(status.as_str().parse(), Ok(status));
        }
    }
}
