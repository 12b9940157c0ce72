//! Properties of the renewal, term, tax and wording rules over generated inputs.

use hopdong_domain::{
    amount_in_words, quote_next_contract, split_tax, term, ContractFacts, ContractKind,
    ContractState, QuoteReason, QuoteRequest, Tariff, Tier, VatTreatment,
};
use proptest::prelude::*;
use time::{Date, Duration};

/// Julian day numbers of 1900-01-01 and 2199-12-31.
const FIRST_JULIAN_DAY: i32 = 2_415_021;
const LAST_JULIAN_DAY: i32 = 2_524_593;

fn any_date() -> impl Strategy<Value = Date> {
    (FIRST_JULIAN_DAY..=LAST_JULIAN_DAY)
        .prop_map(|day| Date::from_julian_day(day).expect("julian day within range"))
}

fn any_tier() -> impl Strategy<Value = Tier> {
    prop_oneof![Just(Tier::Urban), Just(Tier::Rural)]
}

/// Returns a tariff in force on every generated date.
fn tariffs() -> [Tariff; 1] {
    [Tariff {
        effective_from: Date::from_julian_day(FIRST_JULIAN_DAY).expect("valid julian day"),
        ..Tariff::letter_2019()
    }]
}

fn signed(start: Date) -> ContractFacts {
    ContractFacts {
        state: ContractState::Signed,
        start,
        last_day: term::last_day(start),
    }
}

/// Returns a day between 30 days before `start` and `deadline`, at `fraction` per mille.
fn day_in_renewal_window(start: Date, deadline: Date, fraction: u16) -> Date {
    let earliest = start - Duration::days(30);
    let span = (deadline - earliest).whole_days();
    earliest + Duration::days(span * i64::from(fraction) / 1000)
}

proptest! {
    #[test]
    fn renewal_chain_has_no_gap(
        first_start in any_date(),
        tier in any_tier(),
        fractions in proptest::collection::vec(0u16..=1000, 1..15),
    ) {
        let tariffs = tariffs();
        let mut history = vec![signed(first_start)];
        for fraction in fractions {
            let previous = *history.last().expect("history starts with one contract");
            let deadline = term::renewal_deadline(previous.last_day);
            let day = day_in_renewal_window(previous.start, deadline, fraction);
            let request = QuoteRequest { day, requested_start: None, tier };

            let quote = quote_next_contract(&history, &request, &tariffs).unwrap();

            prop_assert_eq!(quote.kind, ContractKind::Maintenance);
            prop_assert_eq!(quote.start, previous.last_day + Duration::DAY);
            prop_assert!(quote.last_day > quote.start);
            prop_assert_eq!(quote.renewal_deadline, Some(deadline));
            prop_assert_eq!(quote.total, 2_400_000);
            history.push(ContractFacts {
                state: ContractState::Signed,
                start: quote.start,
                last_day: quote.last_day,
            });
        }
    }

    #[test]
    fn lapse_always_gives_creation(
        starts in proptest::collection::vec(any_date(), 1..5),
        days_late in 1i64..2000,
        tier in any_tier(),
    ) {
        let history: Vec<_> = starts.iter().copied().map(signed).collect();
        let latest_last_day = history.iter().map(|c| c.last_day).max().expect("non-empty");
        let deadline = term::renewal_deadline(latest_last_day);
        let day = deadline + Duration::days(days_late);
        let request = QuoteRequest { day, requested_start: None, tier };

        let quote = quote_next_contract(&history, &request, &tariffs()).unwrap();

        prop_assert_eq!(quote.kind, ContractKind::Creation);
        prop_assert_eq!(quote.start, day);
        prop_assert_eq!(quote.renewal_deadline, None);
        let expected_reason = QuoteReason::Lapsed {
            previous_last_day: latest_last_day,
            deadline,
        };
        prop_assert_eq!(quote.reason, expected_reason);
        let expected_total = match tier {
            Tier::Urban => 4_800_000,
            Tier::Rural => 3_600_000,
        };
        prop_assert_eq!(quote.total, expected_total);
    }

    #[test]
    fn tax_split_adds_up(total in 0i64..10_000_000_000_000, percent in 0u8..=100) {
        let split = split_tax(total, VatTreatment::Rate { percent });
        prop_assert_eq!(split.pre_tax + split.tax, total);
        prop_assert!(split.tax >= 0);
        prop_assert!(split.pre_tax >= 0);
        // The pre-tax amount is the nearest đồng to total / (1 + rate), ties rounded up.
        let divisor = 100 + i128::from(percent);
        let error = i128::from(split.pre_tax) * divisor - i128::from(total) * 100;
        prop_assert!(-divisor < 2 * error && 2 * error <= divisor, "error {}", error);
    }

    #[test]
    fn term_is_about_one_year(start in any_date()) {
        let length = (term::last_day(start) - start).whole_days();
        prop_assert!((364..=365).contains(&length), "{} days from {}", length, start);
    }

    #[test]
    fn amount_in_words_well_formed(amount in any::<u64>()) {
        let words = amount_in_words(amount);
        prop_assert!(words.ends_with(" đồng"), "{}", words);
        let first = words.chars().next().expect("never empty");
        prop_assert!(first.is_uppercase(), "{}", words);
        prop_assert!(!words.contains("  "), "{}", words);
    }
}
