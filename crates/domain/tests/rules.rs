//! Every worked example of the fee and renewal rule book, checked through the public API.

use hopdong_domain::{
    amount_in_words, apply_transition, can_record_payment, portal_status, quote_next_contract,
    split_tax, term, tier_for_area_type, ContractFacts, ContractKind, ContractState, Lang,
    PortalStatus, Quote, QuoteError, QuoteReason, QuoteRequest, Role, Tariff, Tier, Transition,
    UnitCode, UnitCodeError, VatTreatment, DEFAULT_EXPIRING_WINDOW_DAYS,
};
use time::macros::date;
use time::Date;

fn signed(start: Date, last_day: Date) -> ContractFacts {
    ContractFacts {
        state: ContractState::Signed,
        start,
        last_day,
    }
}

/// Returns the contract imported from before the product: 2019-10-01 to 2020-09-30.
fn imported() -> ContractFacts {
    signed(date!(2019 - 10 - 01), date!(2020 - 09 - 30))
}

fn quote_on(history: &[ContractFacts], day: Date, tier: Tier) -> Result<Quote, QuoteError> {
    let request = QuoteRequest {
        day,
        requested_start: None,
        tier,
    };
    quote_next_contract(history, &request, &[Tariff::letter_2019()])
}

// Units and areas.

#[test]
fn unit_code_hcmc_form() {
    assert_eq!(
        UnitCode::parse("79123456", "79").unwrap().as_str(),
        "79123456"
    );
    assert_eq!(
        UnitCode::parse(" 79123456 ", "79").unwrap().as_str(),
        "79123456"
    );
}

#[test]
fn unit_code_rejection_shows_form() {
    let error = UnitCode::parse("7912", "79").unwrap_err();
    assert!(matches!(error, UnitCodeError::WrongFormat { .. }));
    assert!(error.to_string().contains("79XXXXXX"), "{error}");
    let other = UnitCode::parse("01123456", "79").unwrap_err();
    assert!(matches!(other, UnitCodeError::WrongProvince { .. }));
    assert!(other.to_string().contains("79XXXXXX"), "{other}");
}

#[test]
fn unit_code_prefix_is_setting() {
    assert!(UnitCode::parse("01123456", "01").is_ok());
}

#[test]
fn area_tiers() {
    assert_eq!(tier_for_area_type("Quận"), Some(Tier::Urban));
    assert_eq!(tier_for_area_type("Thành phố"), Some(Tier::Urban));
    assert_eq!(tier_for_area_type("Huyện"), Some(Tier::Rural));
    assert_eq!(tier_for_area_type("Phường"), Some(Tier::Urban));
    assert_eq!(tier_for_area_type("Xã"), Some(Tier::Rural));
    assert_eq!(tier_for_area_type("Đặc khu"), Some(Tier::Rural));
}

// The kind of a new contract.

#[test]
fn urban_unit_without_history() {
    let quote = quote_on(&[], date!(2019 - 10 - 01), Tier::Urban).unwrap();
    assert_eq!(quote.kind, ContractKind::Creation);
    assert_eq!(quote.total, 4_800_000);
    assert_eq!(quote.reason, QuoteReason::FirstContract);
}

#[test]
fn rural_unit_without_history() {
    let quote = quote_on(&[], date!(2019 - 10 - 01), Tier::Rural).unwrap();
    assert_eq!(quote.kind, ContractKind::Creation);
    assert_eq!(quote.monthly_fee, 300_000);
    assert_eq!(quote.total, 3_600_000);
}

#[test]
fn drafts_and_cancelled_never_count() {
    let history = [ContractState::Draft, ContractState::Cancelled].map(|state| ContractFacts {
        state,
        ..imported()
    });
    let quote = quote_on(&history, date!(2020 - 09 - 01), Tier::Urban).unwrap();
    assert_eq!(quote.kind, ContractKind::Creation);
    assert_eq!(quote.reason, QuoteReason::FirstContract);
}

#[test]
fn imported_contract_renewed_on_deadline() {
    let quote = quote_on(&[imported()], date!(2021 - 09 - 30), Tier::Urban).unwrap();
    assert_eq!(quote.kind, ContractKind::Maintenance);
    assert_eq!(quote.start, date!(2020 - 10 - 01));
    assert_eq!(quote.last_day, date!(2021 - 09 - 30));
    assert_eq!(quote.total, 2_400_000);
    assert_eq!(quote.renewal_deadline, Some(date!(2021 - 09 - 30)));
    assert_eq!(
        quote.reason,
        QuoteReason::Renewal {
            previous_last_day: date!(2020 - 09 - 30),
            deadline: date!(2021 - 09 - 30),
        }
    );
}

#[test]
fn imported_contract_lapsed_day_after() {
    let quote = quote_on(&[imported()], date!(2021 - 10 - 01), Tier::Urban).unwrap();
    assert_eq!(quote.kind, ContractKind::Creation);
    assert_eq!(quote.start, date!(2021 - 10 - 01));
    assert_eq!(quote.total, 4_800_000);
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
fn early_renewal_starts_after_end() {
    let quote = quote_on(&[imported()], date!(2020 - 06 - 15), Tier::Rural).unwrap();
    assert_eq!(quote.kind, ContractKind::Maintenance);
    assert_eq!(quote.start, date!(2020 - 10 - 01));
    assert_eq!(quote.total, 2_400_000);
}

#[test]
fn late_renewal_has_no_gap() {
    let quote = quote_on(&[imported()], date!(2021 - 03 - 01), Tier::Urban).unwrap();
    assert_eq!(quote.kind, ContractKind::Maintenance);
    assert_eq!(quote.start, date!(2020 - 10 - 01));
    assert_eq!(quote.last_day, date!(2021 - 09 - 30));
}

#[test]
fn leap_day_deadline_is_28_february() {
    let history = [signed(date!(2023 - 03 - 01), date!(2024 - 02 - 29))];
    assert_eq!(
        term::renewal_deadline(date!(2024 - 02 - 29)),
        date!(2025 - 02 - 28)
    );
    let on_deadline = quote_on(&history, date!(2025 - 02 - 28), Tier::Urban).unwrap();
    assert_eq!(on_deadline.kind, ContractKind::Maintenance);
    let after = quote_on(&history, date!(2025 - 03 - 01), Tier::Urban).unwrap();
    assert_eq!(after.kind, ContractKind::Creation);
}

#[test]
fn creation_start_defaults_to_request_day() {
    let quote = quote_on(&[], date!(2020 - 05 - 20), Tier::Urban).unwrap();
    assert_eq!(quote.start, date!(2020 - 05 - 20));
}

#[test]
fn creation_start_within_ninety_days() {
    let day = date!(2020 - 05 - 20);
    let request = |requested_start| QuoteRequest {
        day,
        requested_start: Some(requested_start),
        tier: Tier::Urban,
    };
    let tariffs = [Tariff::letter_2019()];

    let latest = quote_next_contract(&[], &request(date!(2020 - 08 - 18)), &tariffs).unwrap();
    assert_eq!(latest.start, date!(2020 - 08 - 18));

    let too_late = quote_next_contract(&[], &request(date!(2020 - 08 - 19)), &tariffs);
    let too_early = quote_next_contract(&[], &request(date!(2020 - 05 - 19)), &tariffs);
    let out_of_range = |requested| QuoteError::CreationStartOutOfRange {
        requested,
        earliest: day,
        latest: date!(2020 - 08 - 18),
    };
    assert_eq!(too_late, Err(out_of_range(date!(2020 - 08 - 19))));
    assert_eq!(too_early, Err(out_of_range(date!(2020 - 05 - 19))));
}

// Term.

#[test]
fn term_table() {
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
    for (start, last_day, next_start) in table {
        assert_eq!(term::last_day(start), last_day, "last day of {start}");
        assert_eq!(
            term::next_start(last_day),
            next_start,
            "next start after {last_day}"
        );
    }
}

#[test]
fn term_table_through_quotes() {
    for (start, next_start) in [
        (date!(2019 - 10 - 01), date!(2020 - 10 - 01)),
        (date!(2020 - 02 - 29), date!(2021 - 03 - 01)),
        (date!(2019 - 03 - 31), date!(2020 - 03 - 31)),
        (date!(2020 - 01 - 31), date!(2021 - 01 - 31)),
    ] {
        let history = [signed(start, term::last_day(start))];
        let quote = quote_on(&history, start, Tier::Urban).unwrap();
        assert_eq!(quote.start, next_start, "renewal of {start}");
    }
}

// Price.

#[test]
fn price_table() {
    let tariff = Tariff::letter_2019();
    let rows = [
        (ContractKind::Creation, Tier::Rural, 300_000),
        (ContractKind::Creation, Tier::Urban, 400_000),
        (ContractKind::Maintenance, Tier::Rural, 200_000),
        (ContractKind::Maintenance, Tier::Urban, 200_000),
    ];
    for (kind, tier, monthly) in rows {
        assert_eq!(tariff.monthly_fee(kind, tier), monthly, "{kind} {tier}");
    }
    assert_eq!(tariff.effective_from, date!(2019 - 09 - 01));
}

#[test]
fn price_uses_tariff_on_start_date() {
    let raised = Tariff {
        effective_from: date!(2020 - 10 - 01),
        maintenance: 220_000,
        ..Tariff::letter_2019()
    };
    let tariffs = [raised, Tariff::letter_2019()];
    let request = QuoteRequest {
        day: date!(2020 - 09 - 01),
        requested_start: None,
        tier: Tier::Urban,
    };
    let quote = quote_next_contract(&[imported()], &request, &tariffs).unwrap();
    assert_eq!(quote.monthly_fee, 220_000);
    assert_eq!(quote.total, 2_640_000);
}

#[test]
fn tax_split_adds_up() {
    let split = split_tax(4_800_000, VatTreatment::Rate { percent: 10 });
    assert_eq!(split.pre_tax, 4_363_636);
    assert_eq!(split.tax, 436_364);
    assert_eq!(split.pre_tax + split.tax, 4_800_000);
    let exempt = split_tax(4_800_000, VatTreatment::NotSubject);
    assert_eq!(exempt.tax, 0);
}

// Amount in words.

#[test]
fn amount_in_words_table() {
    let table = [
        (0, "Không đồng"),
        (15, "Mười lăm đồng"),
        (21, "Hai mươi mốt đồng"),
        (105, "Một trăm linh năm đồng"),
        (2_400_000, "Hai triệu bốn trăm nghìn đồng"),
        (3_600_000, "Ba triệu sáu trăm nghìn đồng"),
        (4_800_000, "Bốn triệu tám trăm nghìn đồng"),
        (1_005_000, "Một triệu không trăm linh năm nghìn đồng"),
        (1_000_000_000, "Một tỷ đồng"),
    ];
    for (amount, words) in table {
        assert_eq!(amount_in_words(amount), words, "{amount}");
    }
}

// Portal status.

fn status_on(history: &[ContractFacts], day: Date) -> PortalStatus {
    portal_status(history, day, DEFAULT_EXPIRING_WINDOW_DAYS).status
}

#[test]
fn status_never_contracted() {
    assert_eq!(
        status_on(&[], date!(2020 - 01 - 01)),
        PortalStatus::NeverContracted
    );
}

#[test]
fn status_in_progress() {
    let draft = ContractFacts {
        state: ContractState::Submitted,
        ..imported()
    };
    assert_eq!(
        status_on(&[draft], date!(2019 - 09 - 25)),
        PortalStatus::InProgress
    );
}

#[test]
fn status_active() {
    assert_eq!(
        status_on(&[imported()], date!(2020 - 01 - 01)),
        PortalStatus::Active
    );
}

#[test]
fn status_expiring_within_sixty_days() {
    assert_eq!(
        status_on(&[imported()], date!(2020 - 08 - 01)),
        PortalStatus::Expiring
    );
    assert_eq!(
        status_on(&[imported()], date!(2020 - 07 - 31)),
        PortalStatus::Active
    );
}

#[test]
fn status_expiring_cleared_by_follow_up() {
    let follow_up = ContractFacts {
        state: ContractState::Draft,
        start: date!(2020 - 10 - 01),
        last_day: date!(2021 - 09 - 30),
    };
    let history = [imported(), follow_up];
    assert_eq!(
        status_on(&history, date!(2020 - 08 - 01)),
        PortalStatus::Active
    );
}

#[test]
fn status_expired_can_renew_shows_deadline() {
    let report = portal_status(&[imported()], date!(2021 - 09 - 30), 60);
    assert_eq!(report.status, PortalStatus::ExpiredCanRenew);
    assert_eq!(report.renewal_deadline, Some(date!(2021 - 09 - 30)));
}

#[test]
fn status_lapsed_after_deadline() {
    assert_eq!(
        status_on(&[imported()], date!(2021 - 10 - 01)),
        PortalStatus::Lapsed
    );
}

// Contract lifecycle.

#[test]
fn lifecycle_to_signed_and_paid() {
    let submitted = apply_transition(ContractState::Draft, Transition::Submit, Role::Unit);
    assert_eq!(submitted, Ok(ContractState::Submitted));
    let received = apply_transition(ContractState::Submitted, Transition::Receive, Role::Centre);
    assert_eq!(received, Ok(ContractState::Received));
    let signed = apply_transition(ContractState::Received, Transition::Sign, Role::Centre);
    assert_eq!(signed, Ok(ContractState::Signed));
    assert!(can_record_payment(ContractState::Signed));
    assert!(!can_record_payment(ContractState::Received));
}

#[test]
fn lifecycle_cancel_from_open_states() {
    for from in [
        ContractState::Draft,
        ContractState::Submitted,
        ContractState::Received,
    ] {
        let result = apply_transition(from, Transition::Cancel, Role::Centre);
        assert_eq!(result, Ok(ContractState::Cancelled), "{from}");
    }
    let signed = apply_transition(ContractState::Signed, Transition::Cancel, Role::Centre);
    assert!(signed.is_err());
}

#[test]
fn lifecycle_rejection_is_clear() {
    let error = apply_transition(ContractState::Draft, Transition::Sign, Role::Centre)
        .unwrap_err()
        .to_string();
    assert_eq!(
        error,
        "cannot sign a contract that is draft; only a received contract can be signed"
    );
}

// Explanations.

#[test]
fn explanation_first_contract() {
    let quote = quote_on(&[], date!(2019 - 10 - 01), Tier::Urban).unwrap();
    let english = quote.explanation(Lang::En);
    assert!(
        english.starts_with(
            "First contract for this unit: Creation in an urban area at 400,000 VND a month \
             for 12 months, from 01/10/2019 to 30/09/2020."
        ),
        "{english}"
    );
    let vietnamese = quote.explanation(Lang::Vi);
    assert!(vietnamese.contains("4.800.000 đồng"), "{vietnamese}");
}
