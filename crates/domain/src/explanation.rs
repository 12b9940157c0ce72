//! Plain-language explanations of quotes, in Vietnamese and English.

use crate::area::Tier;
use crate::contract::ContractKind;
use crate::lang::Lang;
use crate::money::{format_amount, format_date};
use crate::quote::{Quote, QuoteReason};

impl Quote {
    /// Explains in two sentences why the quote has its kind and its price.
    ///
    /// Dates read `dd/mm/yyyy`. Amounts use Vietnamese grouping and "đồng" in Vietnamese
    /// (`4.800.000 đồng`) and English grouping and "VND" in English (`4,800,000 VND`).
    pub fn explanation(&self, lang: Lang) -> String {
        match lang {
            Lang::Vi => self.explanation_vi(),
            Lang::En => self.explanation_en(),
        }
    }

    fn explanation_en(&self) -> String {
        let money = |amount| format!("{} VND", format_amount(amount, Lang::En));
        let kind = match (self.kind, self.tier) {
            (ContractKind::Creation, Tier::Urban) => "Creation in an urban area",
            (ContractKind::Creation, Tier::Rural) => "Creation in a rural area",
            (ContractKind::Maintenance, _) => "Maintenance",
        };
        let terms = format!(
            "{kind} at {} a month for {} months, from {} to {}",
            money(self.monthly_fee),
            self.months,
            format_date(self.start),
            format_date(self.last_day),
        );
        let reason_sentence = match self.reason {
            QuoteReason::FirstContract => format!("First contract for this unit: {terms}."),
            QuoteReason::Renewal {
                previous_last_day,
                deadline,
            } => format!(
                "Renewal of the contract whose last day is {}, requested by the renewal \
                 deadline of {}: {terms}, starting the day after the previous contract.",
                format_date(previous_last_day),
                format_date(deadline),
            ),
            QuoteReason::Lapsed {
                previous_last_day,
                deadline,
            } => format!(
                "The previous contract ended on {} and was not renewed by the deadline of {}, \
                 so the unit starts again with {terms}.",
                format_date(previous_last_day),
                format_date(deadline),
            ),
        };
        format!("{reason_sentence} The total is {}.", money(self.total))
    }

    fn explanation_vi(&self) -> String {
        let money = |amount| format!("{} đồng", format_amount(amount, Lang::Vi));
        let kind = match (self.kind, self.tier) {
            (ContractKind::Creation, Tier::Urban) => "hợp đồng tạo lập tại khu vực nội thành",
            (ContractKind::Creation, Tier::Rural) => "hợp đồng tạo lập tại khu vực ngoại thành",
            (ContractKind::Maintenance, _) => "hợp đồng duy trì",
        };
        let terms = format!(
            "{kind} với giá {}/tháng trong {} tháng, từ {} đến {}",
            money(self.monthly_fee),
            self.months,
            format_date(self.start),
            format_date(self.last_day),
        );
        let reason_sentence = match self.reason {
            QuoteReason::FirstContract => {
                format!("Đây là hợp đồng đầu tiên của đơn vị: {terms}.")
            }
            QuoteReason::Renewal {
                previous_last_day,
                deadline,
            } => format!(
                "Gia hạn hợp đồng có ngày cuối là {}, đề nghị trong hạn gia hạn (đến hết \
                 ngày {}): {terms}, bắt đầu ngay sau ngày cuối của hợp đồng trước.",
                format_date(previous_last_day),
                format_date(deadline),
            ),
            QuoteReason::Lapsed {
                previous_last_day,
                deadline,
            } => format!(
                "Hợp đồng trước kết thúc ngày {} và không được gia hạn đến hết ngày {}, nên \
                 đơn vị ký lại {terms}.",
                format_date(previous_last_day),
                format_date(deadline),
            ),
        };
        format!("{reason_sentence} Tổng cộng {}.", money(self.total))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn creation(tier: Tier, monthly_fee: i64, reason: QuoteReason) -> Quote {
        Quote {
            kind: ContractKind::Creation,
            start: date!(2019 - 10 - 01),
            last_day: date!(2020 - 09 - 30),
            tier,
            monthly_fee,
            months: 12,
            total: monthly_fee * 12,
            renewal_deadline: None,
            reason,
        }
    }

    fn renewal() -> Quote {
        Quote {
            kind: ContractKind::Maintenance,
            start: date!(2020 - 10 - 01),
            last_day: date!(2021 - 09 - 30),
            tier: Tier::Rural,
            monthly_fee: 200_000,
            months: 12,
            total: 2_400_000,
            renewal_deadline: Some(date!(2021 - 09 - 30)),
            reason: QuoteReason::Renewal {
                previous_last_day: date!(2020 - 09 - 30),
                deadline: date!(2021 - 09 - 30),
            },
        }
    }

    fn lapsed() -> Quote {
        Quote {
            start: date!(2021 - 10 - 01),
            last_day: date!(2022 - 09 - 30),
            ..creation(
                Tier::Urban,
                400_000,
                QuoteReason::Lapsed {
                    previous_last_day: date!(2020 - 09 - 30),
                    deadline: date!(2021 - 09 - 30),
                },
            )
        }
    }

    #[test]
    fn first_contract_english() {
        let quote = creation(Tier::Urban, 400_000, QuoteReason::FirstContract);
        assert_eq!(
            quote.explanation(Lang::En),
            "First contract for this unit: Creation in an urban area at 400,000 VND a month \
             for 12 months, from 01/10/2019 to 30/09/2020. The total is 4,800,000 VND."
        );
    }

    #[test]
    fn first_contract_vietnamese() {
        let quote = creation(Tier::Rural, 300_000, QuoteReason::FirstContract);
        assert_eq!(
            quote.explanation(Lang::Vi),
            "Đây là hợp đồng đầu tiên của đơn vị: hợp đồng tạo lập tại khu vực ngoại thành với \
             giá 300.000 đồng/tháng trong 12 tháng, từ 01/10/2019 đến 30/09/2020. Tổng cộng \
             3.600.000 đồng."
        );
    }

    #[test]
    fn renewal_english() {
        assert_eq!(
            renewal().explanation(Lang::En),
            "Renewal of the contract whose last day is 30/09/2020, requested by the renewal \
             deadline of 30/09/2021: Maintenance at 200,000 VND a month for 12 months, from \
             01/10/2020 to 30/09/2021, starting the day after the previous contract. The total \
             is 2,400,000 VND."
        );
    }

    #[test]
    fn renewal_vietnamese() {
        assert_eq!(
            renewal().explanation(Lang::Vi),
            "Gia hạn hợp đồng có ngày cuối là 30/09/2020, đề nghị trong hạn gia hạn (đến hết \
             ngày 30/09/2021): hợp đồng duy trì với giá 200.000 đồng/tháng trong 12 tháng, từ \
             01/10/2020 đến 30/09/2021, bắt đầu ngay sau ngày cuối của hợp đồng trước. Tổng \
             cộng 2.400.000 đồng."
        );
    }

    #[test]
    fn lapsed_english() {
        assert_eq!(
            lapsed().explanation(Lang::En),
            "The previous contract ended on 30/09/2020 and was not renewed by the deadline of \
             30/09/2021, so the unit starts again with Creation in an urban area at 400,000 \
             VND a month for 12 months, from 01/10/2021 to 30/09/2022. The total is 4,800,000 \
             VND."
        );
    }

    #[test]
    fn lapsed_vietnamese() {
        assert_eq!(
            lapsed().explanation(Lang::Vi),
            "Hợp đồng trước kết thúc ngày 30/09/2020 và không được gia hạn đến hết ngày \
             30/09/2021, nên đơn vị ký lại hợp đồng tạo lập tại khu vực nội thành với giá \
             400.000 đồng/tháng trong 12 tháng, từ 01/10/2021 đến 30/09/2022. Tổng cộng \
             4.800.000 đồng."
        );
    }
}
