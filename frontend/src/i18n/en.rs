//! English texts.

use hopdong_api_types::PaymentStatus;
use hopdong_domain::{ContractKind, ContractState, PortalStatus, Role, Tier};

use super::Texts;
use crate::model::PaymentMethod;
use crate::validate;

pub static TEXTS: Texts = Texts {
    app_name: "School web-portal contracts",
    skip_to_content: "Skip to main content",
    switch_language: "Tiếng Việt",
    switch_language_label: "Chuyển sang tiếng Việt",
    nav_label: "Main navigation",
    nav_lookup: "Look up a unit",
    nav_my_unit: "My unit",
    nav_dashboard: "Dashboard",
    nav_queues: "Work queues",
    nav_units: "Units",
    nav_accounts: "Accounts",
    sign_in: "Sign in",
    sign_out: "Sign out",
    signed_in_as: |name| format!("Signed in as {name}"),
    loading: "Loading…",
    retry: "Try again",
    save: "Save",
    saving: "Saving…",
    required_mark: "required",
    date_hint: "Day/month/year, such as 05/09/2026",
    not_found_title: "Page not found",
    not_found_body: "This address does not exist. Go back to the start page to look a unit up.",
    go_home: "Go to the start page",
    session_ended: "Your session has ended. Sign in again to continue.",
    signed_out_elsewhere: "You signed out in another tab.",
    no_access: "Your account cannot use this page.",
    error_title: "Something went wrong",
    error_with_code: |code| format!("Error code: {code}"),

    lookup_title: "Look up a unit",
    lookup_intro: "Enter a unit code to see the school's name, district, managing office and \
                   the state of its web-portal contract. No sign-in needed.",
    lookup_code_label: "Unit code",
    lookup_code_hint: "8 digits, such as 79760118",
    lookup_submit: "Look up",
    lookup_searching: "Looking up…",
    lookup_not_found: |code| {
        format!(
            "No unit has the code {code}. Check the code in the Department's letter, or \
             contact the Centre if the unit is new."
        )
    },
    lookup_sign_in_hint: "Units sign in to complete their details and sign their contract.",
    unit_code_format: |code| {
        format!("“{code}” is not a unit code: a unit code is exactly 8 digits, such as 79760118.")
    },
    unit_code_empty: "Enter a unit code of 8 digits.",

    sign_in_title: "Sign in",
    sign_in_intro: "Units sign in with their unit code; district offices and the Centre use \
                    the account they were given.",
    username: "Username",
    password: "Password",
    signing_in: "Signing in…",
    username_required: "Enter your username.",
    password_required: "Enter your password.",

    unit_code: "Unit code",
    unit_name: "Unit name",
    area: "District",
    managing_office: "Managed by",
    managed_by_department: "Department of Education and Training",
    portal_status: "Portal status",
    current_last_day: "Current contract ends",
    renewal_deadline: "Renewal deadline",
    as_of: |day| format!("as of {day}"),

    details_title: "Unit details",
    details_intro: "These details are printed on the contract and the e-invoice. Each field \
                    is checked as you type.",
    details_saved: "Unit details saved.",
    details_missing: |fields| format!("Fill in before submitting a contract: {fields}."),
    details_complete: "The details are complete enough to submit a contract.",
    details_read_only: "You can only read these details; the unit or the Centre can edit them.",
    details_fix_errors: "Some fields are invalid. Fix the marked fields and save again.",
    field_label,
    field_hint,

    quote_title: "Quote for the next contract",
    quote_kind: "Kind",
    quote_period: "Term",
    quote_monthly_fee: "Price per month",
    quote_months: "Months",
    quote_total: "Total",
    quote_total_in_words: "In words (as printed on the contract)",
    quote_start_label: "Preferred start date",
    quote_start_hint: |from, to| {
        format!("Day/month/year, from {from} to {to}. Leave empty to start today.")
    },
    quote_tariff_from: |day| {
        format!("From the tariff in force since {day}; prices include the invoice.")
    },
    period: |from, to| format!("from {from} to {to}"),
    open_contract: "Draw up a contract from this quote",
    opening_contract: "Drawing up the contract…",
    open_contract_exists: "The unit has a contract that is not signed yet.",
    go_to_contract: "Open the contract",
    go_to_unit: "Open the unit's page",

    contracts_title: "Contracts",
    contracts_empty: "The unit has no contracts yet.",
    contracts_empty_unit: "The unit has no contracts yet. Check the quote above, then choose \
                           “Draw up a contract from this quote” to start.",
    contract_title: |number| format!("Contract no. {number}"),
    contract_draft_title: "Contract (draft, no number yet)",
    contract_cancelled_title: "Cancelled contract (never numbered)",
    contract_number: "Contract number",
    contract_state: "State",
    contract_kind: "Kind",
    contract_tax_split: "Of which",
    contract_pre_tax: "Before tax",
    contract_tax: |rate| match rate {
        Some(rate) => format!("VAT {rate}%"),
        None => "Not subject to VAT".to_owned(),
    },
    contract_payment: "Payment",
    contract_paid: "Paid",
    contract_outstanding: "Still owed",
    contract_invoice: "E-invoice",
    contract_invoice_pending: "The invoice is issued once the contract is signed.",
    contract_invoice_due: |email| format!("The e-invoice is sent to {email}."),
    contract_history: "History",
    contract_cancel_reason: "Reason for cancelling",
    contract_view: "View",
    print_back: "Back to the contract",
    unit_out_of_scope: "This unit is outside your account's scope, or does not exist. You can still see its public information.",
    unit_public_lookup: "Look this unit up publicly",
    contract_print: "Print version",
    submit_contract: "Submit the contract",
    submit_hint: "Submitting gives the contract its number and freezes the unit's details, \
                  so it can be printed in two copies, signed, stamped and sent to the Centre.",
    submit_blocked: "Cannot submit yet: complete the unit details first.",
    receive_contract: "Signed copies received",
    sign_contract: "Sign the contract",
    cancel_contract: "Cancel the contract",
    cancel_reason_label: "Reason (kept in the contract's history)",
    cancel_confirm: "Confirm cancellation",
    action_done: |state| match state {
        ContractState::Submitted => "Contract submitted.",
        ContractState::Received => "Recorded that the Centre received the contract.",
        ContractState::Signed => "Contract signed.",
        ContractState::Cancelled => "Contract cancelled.",
        ContractState::Draft => "Saved.",
    },
    payments_title: "Payments",
    payments_empty: "No payment recorded yet.",
    record_payment: "Record a payment",
    payment_amount: "Amount (đồng)",
    payment_paid_on: "Received on",
    payment_method_label: "Method",
    payment_reference: "Reference (optional)",
    payment_recorded: "Payment recorded.",
    event_line: |from, to, role| {
        let actor = role_name(role);
        match from {
            None => format!("{actor} drew up the contract ({})", contract_state_name(to)),
            Some(from) => format!(
                "{actor}: {} → {}",
                contract_state_name(from),
                contract_state_name(to)
            ),
        }
    },

    print_button: "Print the contract",
    print_hint: "The print-out has two identical copies, in Vietnamese as the law requires. \
                 Print on A4, sign and stamp both copies and send them to the Centre.",
    print_not_ready: "A contract can be printed once it is submitted and has its number.",

    dashboard_title: "Units dashboard",
    dashboard_office_label: "District office",
    dashboard_chart_title: "Units per portal status",
    dashboard_total: |count| match count {
        1 => "Total: 1 unit".to_owned(),
        _ => format!("Total: {count} units"),
    },
    dashboard_search_label: "Search by name or code",
    dashboard_search_hint: "With or without diacritics, such as: le quy don",
    dashboard_status_filter: "Status",
    dashboard_all_statuses: "All",
    dashboard_expiry_within: "Ends within (days)",
    dashboard_deadline_within: "Renewal deadline within (days)",
    dashboard_days_hint: "Leave empty for no limit",
    dashboard_shown: |shown, total| match total {
        1 => format!("Showing {shown} of 1 unit"),
        _ => format!("Showing {shown} of {total} units"),
    },
    dashboard_no_match: "No unit matches these filters. Remove a condition or clear the filters.",
    dashboard_clear_filters: "Clear filters",
    dashboard_no_units:
        "This office manages no units yet. The Centre adds units on the Units page.",
    days_to_expiry: "Days until it ends",
    days_to_deadline: "Days until the renewal deadline",
    show_contracts: "Show contracts",
    hide_contracts: "Hide contracts",
    days: |count| {
        if count == 1 || count == -1 {
            format!("{count} day")
        } else {
            format!("{count} days")
        }
    },

    queues_title: "Work queues",
    queue_submitted: "Submitted by units",
    queue_received: "Received, to sign",
    queue_unpaid: "Signed, not fully paid",
    queue_empty: |state| match state {
        ContractState::Submitted => "No contract is waiting for its signed copies.",
        ContractState::Received => "No contract is waiting for the Centre's signature.",
        ContractState::Signed => "Every signed contract is fully paid.",
        _ => "No contracts.",
    },
    queue_updated: "Updated",

    units_title: "Units",
    units_search_label: "Search units by name or code",
    units_empty: "No unit found. Try other words; diacritics are optional.",
    units_register_title: "Register a unit",
    units_registered: |code| format!("Unit {code} registered."),
    choose: "— Choose —",
    office_field: "Managed by",

    accounts_title: "Accounts",
    accounts_empty: "No accounts yet.",
    accounts_create_title: "Create an account",
    account_role: "Role",
    account_scope: "Scope",
    account_status: "Status",
    account_active: "Active",
    account_disabled: "Disabled",
    account_disable: "Disable",
    account_enable: "Enable",
    account_reset: "Reset password",
    account_password_for: |username| format!("Password of {username}:"),
    account_password_once: "It is shown only once: give it to the user and ask them to change \
                            it after signing in.",
    account_unit_code: "Unit code (for a unit account)",
    account_office: "District office (for a district account)",

    portal_status_name: |status| match status {
        PortalStatus::NeverContracted => "Never contracted",
        PortalStatus::InProgress => "In progress",
        PortalStatus::Active => "Active",
        PortalStatus::Expiring => "Expiring",
        PortalStatus::ExpiredCanRenew => "Expired, can renew",
        PortalStatus::Lapsed => "Lapsed: a new creation contract is needed",
    },
    contract_state_name,
    contract_kind_name: |kind| match kind {
        ContractKind::Creation => "Creation",
        ContractKind::Maintenance => "Maintenance",
    },
    tier_name: |tier| match tier {
        Tier::Urban => "Urban",
        Tier::Rural => "Rural",
    },
    role_name,
    payment_status_name: |status| match status {
        PaymentStatus::NotDue => "Not due yet",
        PaymentStatus::Unpaid => "Unpaid",
        PaymentStatus::PartlyPaid => "Partly paid",
        PaymentStatus::Paid => "Paid in full",
    },
    payment_method_name: |method| match method {
        PaymentMethod::Transfer => "Bank transfer",
        PaymentMethod::Treasury => "State Treasury transfer",
        PaymentMethod::Cash => "Cash",
    },
    error_message,
    field_error_message,
};

fn contract_state_name(state: ContractState) -> &'static str {
    match state {
        ContractState::Draft => "Draft",
        ContractState::Submitted => "Submitted",
        ContractState::Received => "Received",
        ContractState::Signed => "Signed",
        ContractState::Cancelled => "Cancelled",
    }
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Unit => "Unit",
        Role::District => "District office",
        Role::Centre => "Centre",
    }
}

fn field_label(field: &str) -> &'static str {
    match field {
        "address" => "Address",
        "phone" => "Phone",
        "invoice_email" => "E-mail for the e-invoice",
        "tax_code" => "Tax code",
        "representative" => "Representative",
        "representative_title" => "Representative's title",
        "account_number" => "Account number",
        "account_bank" => "Account held at (treasury or bank)",
        "website" => "Web-portal address",
        "code" => "Unit code",
        "name" => "Unit name",
        "area_code" => "District",
        "office_id" => "Managed by",
        "username" => "Username",
        "role" => "Role",
        "unit_code" => "Unit code",
        "amount" => "Amount",
        "paid_on" => "Received on",
        "method" => "Method",
        "reference" => "Reference",
        "reason" => "Reason",
        "start" => "Start date",
        _ => "Field",
    }
}

fn field_hint(field: &str) -> &'static str {
    match field {
        "address" => "As on the seal, such as: 3 Nguyễn Bỉnh Khiêm, Phường Bến Nghé, Quận 1",
        "phone" => "8 to 15 digits, such as: 028 3829 1234",
        "invoice_email" => "The e-invoice is sent to this address",
        "tax_code" => "10 digits, or 13 written 0123456789-001 for a dependent unit",
        "representative" => "Full name of the person who signs the contract",
        "representative_title" => "Such as: Principal (Hiệu trưởng)",
        "account_number" => "6 to 30 digits",
        "account_bank" => "Such as: Kho bạc Nhà nước Quận 1",
        "website" => "Optional, such as: https://thptbuithixuan.hcm.edu.vn",
        _ => "",
    }
}

fn error_message(code: &str) -> Option<&'static str> {
    let message = match code {
        "invalid_credentials" => {
            "Wrong username or password. Check them, minding upper and lower case."
        }
        "account_disabled" => "This account is disabled. Ask the Centre to enable it.",
        "token_invalid" | "refresh_token_invalid" | "session_expired" | "sign_in_required" => {
            "Your session has ended. Sign in again."
        }
        "version_conflict" => {
            "Someone else changed these details after you opened the page. Choose “Try again” \
             to load the latest version, then make your change again."
        }
        "contract_already_open" => {
            "The unit has a contract that is not signed yet. Finish or cancel it before drawing \
             up another."
        }
        "details_incomplete" => {
            "Complete the unit details before submitting: they are printed on the contract and \
             the invoice."
        }
        "transition_not_allowed" => {
            "The contract is no longer in a state that allows this. Reload the page to see its \
             current state."
        }
        "contract_not_signed" => "Payments are recorded on signed contracts only.",
        "contract_changed" => "The contract just changed state. Reload the page and try again.",
        "contract_overlaps" => "The contract's dates overlap a signed contract of the unit.",
        "no_tariff" => "No tariff is in force on this start date. Contact the Centre.",
        "unit_code_invalid" => {
            "Invalid unit code: a unit code is 8 digits starting with the province code, such \
             as 79760118."
        }
        "not_found" => {
            "The requested item was not found. The address may be wrong, or your account may not \
             see it."
        }
        "forbidden" => "Your account is not allowed to do this.",
        "network" => "Could not reach the server. Check your connection and try again.",
        "internal_error" => {
            "The server failed to complete the request. Try again in a few minutes, and tell \
             the Centre if it keeps failing."
        }
        "service_unavailable" => {
            "The service is unavailable right now. Try again in a few minutes."
        }
        "validation_failed" => "Some values are invalid. See the message next to each field.",
        "username_taken" => "This username is taken. Choose another.",
        "unit_exists" => "This unit code is already registered.",
        "cannot_disable_self" => "You cannot disable your own account.",
        "duplicate" => "This already exists.",
        "response_invalid" => {
            "The server sent data the app cannot read. Reload the page, and tell the Centre if \
             it keeps happening."
        }
        _ => return None,
    };
    Some(message)
}

fn field_error_message(field: &str, code: &str) -> Option<String> {
    let message = match code {
        "required" if field == "reason" => "Give the reason; it is kept in the contract's history.",
        "required" if validate::REQUIRED_FOR_CONTRACT.contains(&field) => {
            "Fill this in: it is printed on the contract or the invoice."
        }
        "required" => "Fill this in.",
        "too_long" => {
            let max = validate::max_chars(field).unwrap_or(100);
            return Some(format!("Too long: at most {max} characters."));
        }
        "control_character" => "Must not contain control characters such as tabs or line breaks.",
        "phone_invalid" => "Invalid phone number: use 8 to 15 digits, such as 028 3829 1234.",
        "email_invalid" => "Invalid e-mail address: write it as name@school.edu.vn.",
        "tax_code_invalid" => "Invalid tax code: check each digit.",
        "tax_code_character" => {
            "A tax code has only digits, optionally separated by dots, dashes or spaces."
        }
        "tax_code_length" => {
            "A tax code has 10 digits, or 13 written 0123456789-001 for a dependent unit."
        }
        "tax_code_check_digit" => {
            "Invalid tax code: the 10th digit does not match the first nine, so a digit is \
             probably mistyped."
        }
        "tax_code_branch" => "The last three digits of a dependent unit must be 001 to 999.",
        "account_number_invalid" => {
            "An account number has 6 to 30 digits, optionally grouped with spaces or dashes."
        }
        "website_invalid" => {
            "The address must start with http:// or https://, such as \
             https://thptbuithixuan.hcm.edu.vn."
        }
        "unit_code_invalid" => "A unit code is 8 digits starting with the province code.",
        "not_positive" => "The amount must be more than 0.",
        "amount_invalid" => "Write the amount in digits, such as 4,800,000.",
        "in_future" => "The date received cannot be after today.",
        "exceeds_balance" => "The amount is more than what is still owed on the contract.",
        "start_out_of_range" => "The start date must be between today and 90 days from today.",
        "date_invalid" => "Invalid date: write it as day/month/year, such as 05/09/2026.",
        "username_invalid" => {
            "A username is 3 to 64 characters: letters without diacritics, digits, '.', '-' \
             or '_'."
        }
        "username_taken" => "This username is taken.",
        "not_found" => "The selected item was not found.",
        "invalid" | "out_of_range" => "Invalid value.",
        _ => return None,
    };
    Some(message.to_owned())
}
