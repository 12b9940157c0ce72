//! Quotes: the kind, dates and price of a unit's next contract, from its signed history.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::area::Tier;
use crate::contract::{ContractKind, ContractState};
use crate::tariff::{tariff_in_force, Tariff};
use crate::term::{self, CONTRACT_MONTHS};

/// Number of days after the request day within which a Creation contract may start.
pub const CREATION_START_WINDOW_DAYS: u16 = 90;

/// The dates and state of one of a unit's contracts, as used by quotes and portal status.
///
/// Contracts imported from before this product come in as [`ContractState::Signed`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ContractFacts {
    /// Current state of the contract.
    pub state: ContractState,
    /// First day of validity.
    pub start: Date,
    /// Last day of validity.
    pub last_day: Date,
}

/// A unit's request for a quote of its next contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct QuoteRequest {
    /// Day of the request in Vietnam (D in the renewal rules).
    pub day: Date,
    /// Start requested by the unit. It applies to a Creation contract only, and defaults to `day`.
    pub requested_start: Option<Date>,
    /// Tier of the unit's area when the contract is drawn up.
    pub tier: Tier,
}

/// Reason for a quote's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum QuoteReason {
    /// The unit has no signed contract, so this is a Creation contract.
    FirstContract,
    /// The request came on or before the renewal deadline of the latest signed contract, so
    /// this is a Maintenance contract that starts the day after it.
    Renewal {
        /// Last day of the latest signed contract.
        previous_last_day: Date,
        /// Renewal deadline of that contract.
        deadline: Date,
    },
    /// The request came after the renewal deadline, so this is a Creation contract again.
    Lapsed {
        /// Last day of the latest signed contract.
        previous_last_day: Date,
        /// Renewal deadline that was missed.
        deadline: Date,
    },
}

/// The kind, dates and price of a unit's next contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Quote {
    /// Creation or Maintenance.
    pub kind: ContractKind,
    /// First day of validity.
    pub start: Date,
    /// Last day of validity, 12 months after `start` (see [`term::last_day`]).
    pub last_day: Date,
    /// Tier of the unit's area, stored on the contract even though Maintenance ignores it.
    pub tier: Tier,
    /// Monthly fee in whole đồng, tax included, from the tariff in force on `start`.
    pub monthly_fee: i64,
    /// Number of months billed.
    pub months: u8,
    /// `monthly_fee × months`, paid once, in whole đồng.
    pub total: i64,
    /// For Maintenance only: the renewal deadline of the previous contract, which the request
    /// met.
    pub renewal_deadline: Option<Date>,
    /// Reason for the quote's kind.
    pub reason: QuoteReason,
}

/// Error returned when no quote can be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum QuoteError {
    /// The requested start of a Creation contract is before the request day or too far after.
    #[error(
        "a new contract cannot start on {requested}: choose a start from {earliest} to {latest}"
    )]
    CreationStartOutOfRange {
        /// The start that was requested.
        requested: Date,
        /// The request day.
        earliest: Date,
        /// The request day plus [`CREATION_START_WINDOW_DAYS`].
        latest: Date,
    },
    /// A start was requested for a Maintenance contract, whose start is fixed.
    #[error(
        "a renewal cannot start on {requested}: it starts on {start}, the day after the \
         previous contract ends"
    )]
    MaintenanceStartFixed {
        /// The start that was requested.
        requested: Date,
        /// The only possible start.
        start: Date,
    },
    /// No tariff is in force on the start date.
    #[error("no tariff is in force on {start}: add a tariff effective on or before that day")]
    NoTariff {
        /// Start of the contract being quoted.
        start: Date,
    },
}

/// Returns the signed contract with the latest last day, if any. Drafts, open and cancelled
/// contracts never count.
pub(crate) fn latest_signed(history: &[ContractFacts]) -> Option<&ContractFacts> {
    history
        .iter()
        .filter(|contract| contract.state == ContractState::Signed)
        .max_by_key(|contract| contract.last_day)
}

/// Quotes the next contract of a unit with contract `history`, on `request.day`.
///
/// - With no signed contract the quote is Creation.
/// - Otherwise let E be the last day of the signed contract that ends last. A request on or
///   before E's renewal deadline gives Maintenance starting on E + 1, whether the request
///   comes before E (early renewal) or after it (late renewal), so there is no gap and no
///   overlap.
/// - A request after the deadline gives Creation again, because the unit has lapsed.
///
/// A Creation contract starts on `request.requested_start`, or on the request day when none is
/// given. That start must be from the request day to [`CREATION_START_WINDOW_DAYS`] days
/// later. A Maintenance contract accepts only E + 1 as a requested start.
///
/// The price comes from the tariff in force on the start date, not on the request day. The
/// rule that a unit has at most one open contract is enforced by the caller, which has the
/// stored contracts.
pub fn quote_next_contract(
    history: &[ContractFacts],
    request: &QuoteRequest,
    tariffs: &[Tariff],
) -> Result<Quote, QuoteError> {
    let (kind, start, reason) = match latest_signed(history) {
        None => {
            let start = creation_start(request)?;
            (ContractKind::Creation, start, QuoteReason::FirstContract)
        }
        Some(previous) => {
            let previous_last_day = previous.last_day;
            let deadline = term::renewal_deadline(previous_last_day);
            if request.day <= deadline {
                let start = maintenance_start(request, previous_last_day)?;
                let reason = QuoteReason::Renewal {
                    previous_last_day,
                    deadline,
                };
                (ContractKind::Maintenance, start, reason)
            } else {
                let start = creation_start(request)?;
                let reason = QuoteReason::Lapsed {
                    previous_last_day,
                    deadline,
                };
                (ContractKind::Creation, start, reason)
            }
        }
    };

    let tariff = tariff_in_force(tariffs, start).ok_or(QuoteError::NoTariff { start })?;
    let monthly_fee = tariff.monthly_fee(kind, request.tier);
    let renewal_deadline = match reason {
        QuoteReason::Renewal { deadline, .. } => Some(deadline),
        QuoteReason::FirstContract | QuoteReason::Lapsed { .. } => None,
    };
    Ok(Quote {
        kind,
        start,
        last_day: term::last_day(start),
        tier: request.tier,
        monthly_fee,
        months: CONTRACT_MONTHS,
        total: monthly_fee.saturating_mul(i64::from(CONTRACT_MONTHS)),
        renewal_deadline,
        reason,
    })
}

fn creation_start(request: &QuoteRequest) -> Result<Date, QuoteError> {
    let earliest = request.day;
    let latest = term::add_days(earliest, i64::from(CREATION_START_WINDOW_DAYS));
    let start = request.requested_start.unwrap_or(earliest);
    if start < earliest || start > latest {
        return Err(QuoteError::CreationStartOutOfRange {
            requested: start,
            earliest,
            latest,
        });
    }
    Ok(start)
}

fn maintenance_start(request: &QuoteRequest, previous_last_day: Date) -> Result<Date, QuoteError> {
    let start = term::next_start(previous_last_day);
    match request.requested_start {
        Some(requested) if requested != start => {
            Err(QuoteError::MaintenanceStartFixed { requested, start })
        }
        _ => Ok(start),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn signed(start: Date) -> ContractFacts {
        ContractFacts {
            state: ContractState::Signed,
            start,
            last_day: term::last_day(start),
        }
    }

    fn request(day: Date) -> QuoteRequest {
        QuoteRequest {
            day,
            requested_start: None,
            tier: Tier::Urban,
        }
    }

    fn quote(history: &[ContractFacts], request: &QuoteRequest) -> Result<Quote, QuoteError> {
        quote_next_contract(history, request, &[Tariff::letter_2019()])
    }

    #[test]
    fn first_contract_defaults_to_today() {
        let quote = quote(&[], &request(date!(2019 - 10 - 01))).unwrap();
        assert_eq!(quote.kind, ContractKind::Creation);
        assert_eq!(quote.start, date!(2019 - 10 - 01));
        assert_eq!(quote.last_day, date!(2020 - 09 - 30));
        assert_eq!(quote.monthly_fee, 400_000);
        assert_eq!(quote.months, 12);
        assert_eq!(quote.total, 4_800_000);
        assert_eq!(quote.renewal_deadline, None);
        assert_eq!(quote.reason, QuoteReason::FirstContract);
    }

    #[test]
    fn creation_start_window_edges() {
        let day = date!(2019 - 10 - 01);
        let mut request = request(day);
        request.requested_start = Some(date!(2019 - 12 - 30));
        assert_eq!(quote(&[], &request).unwrap().start, date!(2019 - 12 - 30));

        request.requested_start = Some(date!(2019 - 12 - 31));
        assert_eq!(
            quote(&[], &request),
            Err(QuoteError::CreationStartOutOfRange {
                requested: date!(2019 - 12 - 31),
                earliest: day,
                latest: date!(2019 - 12 - 30),
            })
        );

        request.requested_start = Some(date!(2019 - 09 - 30));
        let error = quote(&[], &request).unwrap_err();
        assert!(matches!(error, QuoteError::CreationStartOutOfRange { .. }));
        assert_eq!(
            error.to_string(),
            "a new contract cannot start on 2019-09-30: choose a start from 2019-10-01 to \
             2019-12-30"
        );
    }

    #[test]
    fn unsigned_history_ignored() {
        let start = date!(2019 - 10 - 01);
        let history = [
            ContractState::Draft,
            ContractState::Cancelled,
            ContractState::Received,
        ]
        .map(|state| ContractFacts {
            state,
            ..signed(start)
        });
        let quote = quote(&history, &request(date!(2020 - 06 - 01))).unwrap();
        assert_eq!(quote.kind, ContractKind::Creation);
        assert_eq!(quote.reason, QuoteReason::FirstContract);
    }

    #[test]
    fn latest_by_last_day_not_order() {
        let history = [signed(date!(2020 - 10 - 01)), signed(date!(2019 - 10 - 01))];
        let quote = quote(&history, &request(date!(2021 - 08 - 01))).unwrap();
        assert_eq!(quote.start, date!(2021 - 10 - 01));
    }

    #[test]
    fn maintenance_requested_start_must_match() {
        let history = [signed(date!(2019 - 10 - 01))];
        let mut request = request(date!(2020 - 11 - 15));
        request.requested_start = Some(date!(2020 - 11 - 15));
        let error = quote(&history, &request).unwrap_err();
        assert_eq!(
            error,
            QuoteError::MaintenanceStartFixed {
                requested: date!(2020 - 11 - 15),
                start: date!(2020 - 10 - 01),
            }
        );
        assert_eq!(
            error.to_string(),
            "a renewal cannot start on 2020-11-15: it starts on 2020-10-01, the day after the \
             previous contract ends"
        );

        request.requested_start = Some(date!(2020 - 10 - 01));
        assert_eq!(
            quote(&history, &request).unwrap().start,
            date!(2020 - 10 - 01)
        );
    }

    #[test]
    fn tariff_chosen_on_start_date() {
        let later = Tariff {
            effective_from: date!(2020 - 10 - 01),
            maintenance: 250_000,
            ..Tariff::letter_2019()
        };
        let tariffs = [Tariff::letter_2019(), later];
        let history = [signed(date!(2019 - 10 - 01))];
        // Asked before the new tariff, but the renewal starts on its first day.
        let quote =
            quote_next_contract(&history, &request(date!(2020 - 08 - 01)), &tariffs).unwrap();
        assert_eq!(quote.monthly_fee, 250_000);
        assert_eq!(quote.total, 3_000_000);
    }

    #[test]
    fn no_tariff_on_start() {
        let result = quote(&[], &request(date!(2019 - 08 - 31)));
        assert_eq!(
            result,
            Err(QuoteError::NoTariff {
                start: date!(2019 - 08 - 31)
            })
        );
    }

    #[test]
    fn lapsed_creation_takes_requested_start() {
        let history = [signed(date!(2019 - 10 - 01))];
        let mut request = request(date!(2021 - 10 - 05));
        request.requested_start = Some(date!(2021 - 11 - 01));
        let quote = quote(&history, &request).unwrap();
        assert_eq!(quote.kind, ContractKind::Creation);
        assert_eq!(quote.start, date!(2021 - 11 - 01));
        assert_eq!(quote.renewal_deadline, None);
        assert_eq!(
            quote.reason,
            QuoteReason::Lapsed {
                previous_last_day: date!(2020 - 09 - 30),
                deadline: date!(2021 - 09 - 30),
            }
        );
    }

    #[test]
    fn quote_serializes_with_tagged_reason() {
        let history = [signed(date!(2019 - 10 - 01))];
        let quote = quote(&history, &request(date!(2020 - 09 - 01))).unwrap();
        let json = serde_json::to_value(quote).unwrap();
        assert_eq!(json["kind"], "maintenance");
        assert_eq!(json["start"], "2020-10-01");
        assert_eq!(json["reason"]["kind"], "renewal");
        assert_eq!(json["reason"]["deadline"], "2021-09-30");
    }
}
