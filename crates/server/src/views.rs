//! Conversions from stored rows to the API's response types.

use hopdong_api_types::{
    AccountView, AreaView, ContractEventView, ContractResponse, ManagingOffice, PaymentStatus,
    PaymentView, TariffView, TaxSplitView, UnitDetailsView,
};
use hopdong_domain::{amount_in_words, split_tax, ContractState, Role, Tier};
use hopdong_store::accounts::UserRow;
use hopdong_store::areas::{Area, Office};
use hopdong_store::contracts::{ContractEvent, ContractRow, PaymentRow};
use hopdong_store::tariffs::{vat_from_column, TariffRow};
use hopdong_store::units::UnitDetails;
use hopdong_store::StoreError;
use time::{OffsetDateTime, PrimitiveDateTime};

use crate::error::ApiError;

/// The name shown for units that no district office manages.
pub const DEPARTMENT_NAME: &str = "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh";

/// Reads a stored enum column, treating an unknown value as a corrupt row.
pub fn parse_column<T: std::str::FromStr>(value: &str, column: &str) -> Result<T, ApiError> {
    value.parse().map_err(|_| {
        ApiError::from(StoreError::Corrupt(format!(
            "{column} contains the unknown value {value:?}"
        )))
    })
}

/// Converts a stored UTC timestamp to an instant.
pub fn instant(at: PrimitiveDateTime) -> OffsetDateTime {
    at.assume_utc()
}

pub fn area(area: &Area) -> Result<AreaView, ApiError> {
    Ok(AreaView {
        code: area.code.clone(),
        name: area.name.clone(),
        tier: parse_column::<Tier>(&area.tier, "areas.tier")?,
    })
}

pub fn managing_office(office: Option<&Office>) -> ManagingOffice {
    match office {
        Some(office) => ManagingOffice {
            id: Some(office.id),
            name: office.name.clone(),
        },
        None => ManagingOffice {
            id: None,
            name: DEPARTMENT_NAME.to_owned(),
        },
    }
}

pub fn details(details: &UnitDetails) -> UnitDetailsView {
    UnitDetailsView {
        address: details.address.clone(),
        phone: details.phone.clone(),
        invoice_email: details.invoice_email.clone(),
        tax_code: details.tax_code.clone(),
        representative: details.representative.clone(),
        representative_title: details.representative_title.clone(),
        account_number: details.account_number.clone(),
        account_bank: details.account_bank.clone(),
        website: details.website.clone(),
    }
}

/// Formats a contract number as `NNNN/YYYY`.
pub fn contract_number(year: Option<i32>, seq: Option<i32>) -> Option<String> {
    Some(format!("{:04}/{}", seq?, year?))
}

/// Builds the response for a contract and the amount paid on it.
pub fn contract(
    row: &ContractRow,
    unit_name: &str,
    paid_amount: i64,
) -> Result<ContractResponse, ApiError> {
    let state: ContractState = parse_column(&row.state, "contracts.state")?;
    let vat = vat_from_column(row.vat_percent);
    let split = split_tax(row.total, vat);
    let payment_status = match state {
        ContractState::Signed if paid_amount >= row.total => PaymentStatus::Paid,
        ContractState::Signed if paid_amount > 0 => PaymentStatus::PartlyPaid,
        ContractState::Signed => PaymentStatus::Unpaid,
        _ => PaymentStatus::NotDue,
    };
    let snapshot = match &row.details_snapshot {
        Some(json) => Some(serde_json::from_str::<UnitDetailsView>(json).map_err(|e| {
            ApiError::from(StoreError::Corrupt(format!(
                "contract {} snapshot: {e}",
                row.id
            )))
        })?),
        None => None,
    };
    Ok(ContractResponse {
        id: row.id,
        unit_code: row.unit_code.clone(),
        unit_name: unit_name.to_owned(),
        number: contract_number(row.number_year, row.number_seq),
        kind: parse_column(&row.kind, "contracts.kind")?,
        state,
        start: row.start_date,
        end: row.last_day,
        tier: parse_column(&row.tier, "contracts.tier")?,
        monthly_fee: row.monthly_fee,
        months: u8::try_from(row.months).unwrap_or(u8::MAX),
        total: row.total,
        total_in_words: amount_in_words(u64::try_from(row.total).unwrap_or(0)),
        tax: TaxSplitView {
            vat_percent: row.vat_percent.and_then(|p| u8::try_from(p).ok()),
            pre_tax: split.pre_tax,
            tax: split.tax,
        },
        imported: row.imported,
        cancel_reason: row.cancel_reason.clone(),
        details_snapshot: snapshot,
        paid_amount,
        payment_status,
        created_at: instant(row.created_at),
        updated_at: instant(row.updated_at),
    })
}

pub fn event(event: &ContractEvent) -> Result<ContractEventView, ApiError> {
    Ok(ContractEventView {
        from_state: match &event.from_state {
            Some(state) => Some(parse_column(state, "contract_events.from_state")?),
            None => None,
        },
        to_state: parse_column(&event.to_state, "contract_events.to_state")?,
        actor_role: parse_column::<Role>(&event.actor_role, "contract_events.actor_role")?,
        actor_user_id: event.actor_user_id,
        note: event.note.clone(),
        at: instant(event.at),
    })
}

pub fn payment(payment: &PaymentRow) -> PaymentView {
    PaymentView {
        id: payment.id,
        amount: payment.amount,
        paid_on: payment.paid_on,
        method: payment.method.clone(),
        reference: payment.reference.clone(),
        recorded_at: instant(payment.recorded_at),
    }
}

pub fn tariff(row: &TariffRow) -> TariffView {
    TariffView {
        id: row.id,
        effective_from: row.effective_from,
        creation_urban: row.creation_urban,
        creation_rural: row.creation_rural,
        maintenance: row.maintenance,
        vat_percent: row.vat_percent.and_then(|p| u8::try_from(p).ok()),
    }
}

pub fn account(row: &UserRow) -> Result<AccountView, ApiError> {
    Ok(AccountView {
        id: row.id,
        username: row.username.clone(),
        role: parse_column(&row.role, "users.role")?,
        unit_code: row.unit_code.clone(),
        office_id: row.office_id,
        disabled: row.disabled,
        created_at: instant(row.created_at),
    })
}
