//! Tariffs: the monthly fees in force from a given date, and how their tax is split.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use time::macros::date;
use time::Date;

use crate::area::Tier;
use crate::contract::ContractKind;

/// Value-added tax (VAT) treatment of a tariff's fees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum VatTreatment {
    /// The fees include VAT at this rate, in percent.
    Rate {
        /// VAT rate in percent, such as 10.
        percent: u8,
    },
    /// The service is not subject to VAT, so the whole fee is the pre-tax amount.
    NotSubject,
}

/// Monthly fees in force from a date, in whole đồng with tax included.
///
/// A contract uses the tariff in force on its start date and keeps the figures it used, so a
/// later tariff never changes a signed contract. Fees are expected to be far below
/// `i64::MAX / 12`, because a quote's total saturates at `i64::MAX`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Tariff {
    /// First day on which this tariff applies.
    pub effective_from: Date,
    /// Monthly fee of a Creation contract in an urban area.
    pub creation_urban: i64,
    /// Monthly fee of a Creation contract in a rural area.
    pub creation_rural: i64,
    /// Monthly fee of a Maintenance contract, the same in every tier.
    pub maintenance: i64,
    /// Tax treatment of the fees above.
    pub vat: VatTreatment,
}

impl Tariff {
    /// Returns the tariff of the Centre's 2019 letter, in force from 2019-09-01: Creation
    /// 400,000 đồng a month in urban areas and 300,000 in rural ones, and Maintenance 200,000.
    ///
    /// The letter states that the prices include the invoice but gives no VAT rate. This
    /// tariff therefore records [`VatTreatment::NotSubject`], so no tax split is printed from
    /// an invented rate.
    // NOTE: if the Centre confirms a VAT rate, that needs a new tariff or a data fix. Changing
    // this constructor would silently re-split contracts already quoted with it.
    pub fn letter_2019() -> Tariff {
        Tariff {
            effective_from: date!(2019 - 09 - 01),
            creation_urban: 400_000,
            creation_rural: 300_000,
            maintenance: 200_000,
            vat: VatTreatment::NotSubject,
        }
    }

    /// Returns the monthly fee of a contract of `kind` in an area of `tier`. Maintenance costs
    /// the same in every tier.
    pub fn monthly_fee(&self, kind: ContractKind, tier: Tier) -> i64 {
        match (kind, tier) {
            (ContractKind::Creation, Tier::Urban) => self.creation_urban,
            (ContractKind::Creation, Tier::Rural) => self.creation_rural,
            (ContractKind::Maintenance, _) => self.maintenance,
        }
    }
}

/// Returns the tariff in force on `day`: the one with the latest `effective_from` on or
/// before `day`, wherever it is in the slice.
///
/// Returns `None` when every tariff starts after `day`. Two tariffs with the same
/// `effective_from` are a data error, and then the later one in the slice is returned.
pub fn tariff_in_force(tariffs: &[Tariff], day: Date) -> Option<&Tariff> {
    tariffs
        .iter()
        .filter(|tariff| tariff.effective_from <= day)
        .max_by_key(|tariff| tariff.effective_from)
}

/// A tax-included amount split into its pre-tax part and its tax, in whole đồng.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TaxSplit {
    /// Amount before tax.
    pub pre_tax: i64,
    /// Tax, so that `pre_tax + tax` equals the total.
    pub tax: i64,
}

/// Splits a tax-included `total` into its pre-tax amount and tax.
///
/// The pre-tax amount is `total / (1 + rate)` rounded half-up to the đồng (away from zero for
/// a negative total, such as a credit note). The tax is the difference, so the two parts
/// always add up to the total. A total not subject to VAT has no tax.
pub fn split_tax(total: i64, vat: VatTreatment) -> TaxSplit {
    let percent = match vat {
        VatTreatment::NotSubject => {
            return TaxSplit {
                pre_tax: total,
                tax: 0,
            }
        }
        VatTreatment::Rate { percent } => percent,
    };

    // |total| * 100 < 2^70 fits the 96-bit mantissa, and the divisor is at least 100, so
    // the quotient keeps more than 20 significant digits. Its fraction is a multiple of
    // 1 / (100 + percent), at least 1/710 away from one half unless it is exactly one half,
    // so rounding the quotient gives the exact rounding.
    let quotient =
        Decimal::from(total) * Decimal::ONE_HUNDRED / Decimal::from(100 + u32::from(percent));
    let pre_tax_decimal =
        quotient.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    // The rounded quotient lies between 0 and `total`, so it fits an i64.
    let pre_tax = pre_tax_decimal.to_i64().unwrap_or(total);
    TaxSplit {
        pre_tax,
        tax: total - pre_tax,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tariff_from(effective_from: Date, creation_urban: i64) -> Tariff {
        Tariff {
            effective_from,
            creation_urban,
            ..Tariff::letter_2019()
        }
    }

    #[test]
    fn letter_2019_fees() {
        let tariff = Tariff::letter_2019();
        assert_eq!(tariff.effective_from, date!(2019 - 09 - 01));
        assert_eq!(
            tariff.monthly_fee(ContractKind::Creation, Tier::Urban),
            400_000
        );
        assert_eq!(
            tariff.monthly_fee(ContractKind::Creation, Tier::Rural),
            300_000
        );
        assert_eq!(
            tariff.monthly_fee(ContractKind::Maintenance, Tier::Urban),
            200_000
        );
        assert_eq!(
            tariff.monthly_fee(ContractKind::Maintenance, Tier::Rural),
            200_000
        );
        assert_eq!(tariff.vat, VatTreatment::NotSubject);
    }

    #[test]
    fn in_force_ignores_order() {
        let tariffs = [
            tariff_from(date!(2024 - 01 - 01), 500_000),
            Tariff::letter_2019(),
            tariff_from(date!(2022 - 01 - 01), 450_000),
        ];
        let pick = |day| tariff_in_force(&tariffs, day).map(|t| t.creation_urban);
        assert_eq!(pick(date!(2019 - 08 - 31)), None);
        assert_eq!(pick(date!(2019 - 09 - 01)), Some(400_000));
        assert_eq!(pick(date!(2021 - 12 - 31)), Some(400_000));
        assert_eq!(pick(date!(2022 - 01 - 01)), Some(450_000));
        assert_eq!(pick(date!(2023 - 12 - 31)), Some(450_000));
        assert_eq!(pick(date!(2030 - 01 - 01)), Some(500_000));
    }

    #[test]
    fn in_force_empty_list() {
        assert_eq!(tariff_in_force(&[], date!(2020 - 01 - 01)), None);
    }

    #[test]
    fn split_not_subject() {
        let split = split_tax(4_800_000, VatTreatment::NotSubject);
        assert_eq!(
            split,
            TaxSplit {
                pre_tax: 4_800_000,
                tax: 0
            }
        );
    }

    #[test]
    fn split_ten_percent() {
        let split = split_tax(4_800_000, VatTreatment::Rate { percent: 10 });
        // 4,800,000 / 1.1 = 4,363,636.36...
        assert_eq!(split.pre_tax, 4_363_636);
        assert_eq!(split.tax, 436_364);
    }

    #[test]
    fn split_rounds_half_up() {
        // 105 / 1.1 = 95.4545..., 11 / 1.1 = 10, 21 / 1.05 = 20, 1 / 2 = 0.5.
        assert_eq!(
            split_tax(105, VatTreatment::Rate { percent: 10 }).pre_tax,
            95
        );
        assert_eq!(
            split_tax(11, VatTreatment::Rate { percent: 10 }).pre_tax,
            10
        );
        assert_eq!(split_tax(21, VatTreatment::Rate { percent: 5 }).pre_tax, 20);
        assert_eq!(split_tax(1, VatTreatment::Rate { percent: 100 }).pre_tax, 1);
        assert_eq!(split_tax(3, VatTreatment::Rate { percent: 100 }).pre_tax, 2);
        assert_eq!(
            split_tax(-3, VatTreatment::Rate { percent: 100 }).pre_tax,
            -2
        );
    }

    #[test]
    fn split_zero_rate_and_zero_total() {
        let zero_rate = split_tax(2_400_000, VatTreatment::Rate { percent: 0 });
        assert_eq!(
            zero_rate,
            TaxSplit {
                pre_tax: 2_400_000,
                tax: 0
            }
        );
        let zero_total = split_tax(0, VatTreatment::Rate { percent: 8 });
        assert_eq!(zero_total, TaxSplit { pre_tax: 0, tax: 0 });
    }

    #[test]
    fn split_extreme_values() {
        for total in [i64::MAX, i64::MIN, i64::MAX - 1] {
            for percent in [1, 10, 255] {
                let split = split_tax(total, VatTreatment::Rate { percent });
                assert_eq!(split.pre_tax + split.tax, total);
            }
        }
    }

    #[test]
    fn vat_serde_is_tagged() {
        let rate = serde_json::to_string(&VatTreatment::Rate { percent: 10 }).unwrap();
        assert_eq!(rate, r#"{"kind":"rate","percent":10}"#);
        let none = serde_json::to_string(&VatTreatment::NotSubject).unwrap();
        assert_eq!(none, r#"{"kind":"not_subject"}"#);
    }

    #[test]
    fn tariff_date_serializes_as_iso() {
        let json = serde_json::to_value(Tariff::letter_2019()).unwrap();
        assert_eq!(json["effective_from"], "2019-09-01");
    }
}
