//! Every text the app shows, in Vietnamese (the default) and English.
//!
//! Each language is one static [`Texts`] value, so a text missing in one language is a compile
//! error rather than a blank on screen. The chosen language is kept in `localStorage`.

mod en;
mod vi;

use hopdong_api_types::PaymentStatus;
use hopdong_domain::{ContractKind, ContractState, Lang, PortalStatus, Role, Tier};

use crate::browser;
use crate::model::PaymentMethod;

/// `localStorage` key of the chosen language, `vi` or `en`.
pub const LANG_KEY: &str = "hopdong.lang";

/// Returns the texts of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Vi => &vi::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

/// Reads the remembered language, defaulting to Vietnamese.
pub fn stored_lang() -> Lang {
    browser::local_get(LANG_KEY)
        .and_then(|code| code.parse().ok())
        .unwrap_or_default()
}

/// Remembers `lang` and marks the page with it, so screen readers pronounce it right.
pub fn store_lang(lang: Lang) {
    browser::local_set(LANG_KEY, lang.as_str());
    browser::set_document_lang(lang.as_str());
}

/// The texts of one language.
pub struct Texts {
    pub app_name: &'static str,
    pub skip_to_content: &'static str,
    pub switch_language: &'static str,
    pub switch_language_label: &'static str,
    pub nav_label: &'static str,
    pub nav_lookup: &'static str,
    pub nav_my_unit: &'static str,
    pub nav_dashboard: &'static str,
    pub nav_queues: &'static str,
    pub nav_units: &'static str,
    pub nav_accounts: &'static str,
    pub sign_in: &'static str,
    pub sign_out: &'static str,
    pub signed_in_as: fn(&str) -> String,
    pub loading: &'static str,
    pub retry: &'static str,
    pub save: &'static str,
    pub saving: &'static str,
    pub required_mark: &'static str,
    pub date_hint: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub go_home: &'static str,
    pub session_ended: &'static str,
    pub signed_out_elsewhere: &'static str,
    pub no_access: &'static str,
    pub error_title: &'static str,
    pub error_with_code: fn(&str) -> String,

    pub lookup_title: &'static str,
    pub lookup_intro: &'static str,
    pub lookup_code_label: &'static str,
    pub lookup_code_hint: &'static str,
    pub lookup_submit: &'static str,
    pub lookup_searching: &'static str,
    pub lookup_not_found: fn(&str) -> String,
    pub lookup_sign_in_hint: &'static str,
    pub unit_code_format: fn(&str) -> String,
    pub unit_code_empty: &'static str,

    pub sign_in_title: &'static str,
    pub sign_in_intro: &'static str,
    pub username: &'static str,
    pub password: &'static str,
    pub signing_in: &'static str,
    pub username_required: &'static str,
    pub password_required: &'static str,

    pub unit_code: &'static str,
    pub unit_name: &'static str,
    pub area: &'static str,
    pub managing_office: &'static str,
    pub managed_by_department: &'static str,
    pub portal_status: &'static str,
    pub current_last_day: &'static str,
    pub renewal_deadline: &'static str,
    pub as_of: fn(&str) -> String,

    pub details_title: &'static str,
    pub details_intro: &'static str,
    pub details_saved: &'static str,
    pub details_missing: fn(&str) -> String,
    pub details_complete: &'static str,
    pub details_read_only: &'static str,
    pub details_fix_errors: &'static str,
    pub field_label: fn(&str) -> &'static str,
    pub field_hint: fn(&str) -> &'static str,

    pub quote_title: &'static str,
    pub quote_kind: &'static str,
    pub quote_period: &'static str,
    pub quote_monthly_fee: &'static str,
    pub quote_months: &'static str,
    pub quote_total: &'static str,
    pub quote_total_in_words: &'static str,
    pub quote_start_label: &'static str,
    pub quote_start_hint: fn(&str, &str) -> String,
    pub quote_tariff_from: fn(&str) -> String,
    pub period: fn(&str, &str) -> String,
    pub open_contract: &'static str,
    pub opening_contract: &'static str,
    pub open_contract_exists: &'static str,
    pub go_to_contract: &'static str,
    pub go_to_unit: &'static str,

    pub contracts_title: &'static str,
    pub contracts_empty: &'static str,
    pub contracts_empty_unit: &'static str,
    pub contract_title: fn(&str) -> String,
    pub contract_draft_title: &'static str,
    pub contract_cancelled_title: &'static str,
    pub contract_number: &'static str,
    pub contract_state: &'static str,
    pub contract_kind: &'static str,
    pub contract_tax_split: &'static str,
    pub contract_pre_tax: &'static str,
    pub contract_tax: fn(Option<u8>) -> String,
    pub contract_payment: &'static str,
    pub contract_paid: &'static str,
    pub contract_outstanding: &'static str,
    pub contract_invoice: &'static str,
    pub contract_invoice_pending: &'static str,
    pub contract_invoice_due: fn(&str) -> String,
    pub contract_history: &'static str,
    pub contract_cancel_reason: &'static str,
    pub contract_view: &'static str,
    pub print_back: &'static str,
    pub unit_out_of_scope: &'static str,
    pub unit_public_lookup: &'static str,
    pub contract_print: &'static str,
    pub submit_contract: &'static str,
    pub submit_hint: &'static str,
    pub submit_blocked: &'static str,
    pub receive_contract: &'static str,
    pub sign_contract: &'static str,
    pub cancel_contract: &'static str,
    pub cancel_reason_label: &'static str,
    pub cancel_confirm: &'static str,
    pub action_done: fn(ContractState) -> &'static str,
    pub payments_title: &'static str,
    pub payments_empty: &'static str,
    pub record_payment: &'static str,
    pub payment_amount: &'static str,
    pub payment_paid_on: &'static str,
    pub payment_method_label: &'static str,
    pub payment_reference: &'static str,
    pub payment_recorded: &'static str,
    pub event_line: fn(Option<ContractState>, ContractState, Role) -> String,

    pub print_button: &'static str,
    pub print_hint: &'static str,
    pub print_not_ready: &'static str,

    pub dashboard_title: &'static str,
    pub dashboard_office_label: &'static str,
    pub dashboard_chart_title: &'static str,
    pub dashboard_total: fn(usize) -> String,
    pub dashboard_search_label: &'static str,
    pub dashboard_search_hint: &'static str,
    pub dashboard_status_filter: &'static str,
    pub dashboard_all_statuses: &'static str,
    pub dashboard_expiry_within: &'static str,
    pub dashboard_deadline_within: &'static str,
    pub dashboard_days_hint: &'static str,
    pub dashboard_shown: fn(usize, usize) -> String,
    pub dashboard_no_match: &'static str,
    pub dashboard_clear_filters: &'static str,
    pub dashboard_no_units: &'static str,
    pub days_to_expiry: &'static str,
    pub days_to_deadline: &'static str,
    pub show_contracts: &'static str,
    pub hide_contracts: &'static str,
    pub days: fn(i64) -> String,

    pub queues_title: &'static str,
    pub queue_submitted: &'static str,
    pub queue_received: &'static str,
    pub queue_unpaid: &'static str,
    pub queue_empty: fn(ContractState) -> &'static str,
    pub queue_updated: &'static str,

    pub units_title: &'static str,
    pub units_search_label: &'static str,
    pub units_empty: &'static str,
    pub units_register_title: &'static str,
    pub units_registered: fn(&str) -> String,
    pub choose: &'static str,
    pub office_field: &'static str,

    pub accounts_title: &'static str,
    pub accounts_empty: &'static str,
    pub accounts_create_title: &'static str,
    pub account_role: &'static str,
    pub account_scope: &'static str,
    pub account_status: &'static str,
    pub account_active: &'static str,
    pub account_disabled: &'static str,
    pub account_disable: &'static str,
    pub account_enable: &'static str,
    pub account_reset: &'static str,
    pub account_password_for: fn(&str) -> String,
    pub account_password_once: &'static str,
    pub account_unit_code: &'static str,
    pub account_office: &'static str,

    pub portal_status_name: fn(PortalStatus) -> &'static str,
    pub contract_state_name: fn(ContractState) -> &'static str,
    pub contract_kind_name: fn(ContractKind) -> &'static str,
    pub tier_name: fn(Tier) -> &'static str,
    pub role_name: fn(Role) -> &'static str,
    pub payment_status_name: fn(PaymentStatus) -> &'static str,
    pub payment_method_name: fn(PaymentMethod) -> &'static str,

    /// The message for a stable error code of the API, when this language has one.
    pub error_message: fn(&str) -> Option<&'static str>,
    /// The message for a field error, from its field name and code, when this language has one.
    pub field_error_message: fn(&str, &str) -> Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_labels_exist_in_both_languages() {
        for field in crate::validate::DETAIL_FIELDS {
            for lang in Lang::ALL {
                let label = (texts(lang).field_label)(field);
                assert!(!label.is_empty(), "{lang} has no label for {field}");
                assert_ne!(label, field, "{lang} shows the raw name {field}");
            }
        }
    }

    #[test]
    fn vietnamese_has_diacritics() {
        assert_eq!(vi::TEXTS.sign_in, "Đăng nhập");
        assert_eq!(en::TEXTS.sign_in, "Sign in");
        assert_eq!(
            (vi::TEXTS.portal_status_name)(PortalStatus::ExpiredCanRenew),
            "Đã hết hạn, còn gia hạn được"
        );
    }

    #[test]
    fn every_api_code_translated() {
        let codes = [
            "invalid_credentials",
            "account_disabled",
            "token_invalid",
            "version_conflict",
            "contract_already_open",
            "details_incomplete",
            "transition_not_allowed",
            "contract_not_signed",
            "contract_changed",
            "contract_overlaps",
            "no_tariff",
            "unit_code_invalid",
            "not_found",
            "forbidden",
            "network",
            "session_expired",
            "internal_error",
            "service_unavailable",
        ];
        for lang in Lang::ALL {
            for code in codes {
                assert!(
                    (texts(lang).error_message)(code).is_some(),
                    "{lang}: {code}"
                );
            }
        }
    }

    #[test]
    fn vietnamese_field_errors() {
        let message = (vi::TEXTS.field_error_message)("tax_code", "tax_code_invalid");
        assert_eq!(
            message.as_deref(),
            Some("Mã số thuế không hợp lệ: kiểm tra lại từng chữ số.")
        );
        assert_eq!(
            (vi::TEXTS.field_error_message)("tax_code", "unheard_of"),
            None
        );
    }
}
