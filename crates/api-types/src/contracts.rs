//! Contracts: opening, the workflow, payments and imports of older contracts.

use hopdong_domain::{ContractKind, ContractState, Role, Tier};
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::dates::{instant, iso_date};
use crate::units::UnitDetailsView;

/// `POST /units/{code}/contracts`: opens the next contract as a draft, from the quote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct OpenContractRequest {
    /// For Creation only: the first day, from today to 90 days ahead; defaults to today.
    #[serde(default, with = "iso_date::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    pub start: Option<Date>,
}

/// `POST …/cancel`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CancelContractRequest {
    /// The reason for cancelling, kept in the contract's history.
    pub reason: String,
}

/// `POST …/payments`: records money received for a signed contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RecordPaymentRequest {
    /// Đồng received; at most what is still owed.
    pub amount: i64,
    #[serde(with = "iso_date")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub paid_on: Date,
    /// `transfer`, `treasury` or `cash`.
    pub method: String,
    /// The bank or treasury reference of the transfer.
    #[serde(default)]
    pub reference: Option<String>,
}

/// `POST /units/{code}/contracts/imported`: a contract signed before this system existed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ImportContractRequest {
    pub kind: ContractKind,
    #[serde(with = "iso_date")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub start: Date,
    /// Đồng per month as signed at the time.
    pub monthly_fee: i64,
}

/// Whether a signed contract has been paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentStatus {
    /// Not signed yet, so nothing is owed.
    NotDue,
    Unpaid,
    PartlyPaid,
    Paid,
}

/// The split of the total into the amount before tax and the tax, which add up exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TaxSplitView {
    /// Null when the fee is not subject to VAT.
    pub vat_percent: Option<u8>,
    pub pre_tax: i64,
    pub tax: i64,
}

/// A contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContractResponse {
    pub id: i64,
    pub unit_code: String,
    /// The unit's name, so lists of contracts read without a second request.
    pub unit_name: String,
    /// Given on submission, e.g. `0042/2026`: gapless within a year.
    pub number: Option<String>,
    pub kind: ContractKind,
    pub state: ContractState,
    #[serde(with = "iso_date")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub start: Date,
    #[serde(with = "iso_date")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub end: Date,
    pub tier: Tier,
    pub monthly_fee: i64,
    pub months: u8,
    pub total: i64,
    pub total_in_words: String,
    pub tax: TaxSplitView,
    /// Recorded from before this system existed.
    pub imported: bool,
    pub cancel_reason: Option<String>,
    /// The unit's details as frozen on submission, printed on the contract.
    pub details_snapshot: Option<UnitDetailsView>,
    pub paid_amount: i64,
    pub payment_status: PaymentStatus,
    #[serde(with = "instant")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub created_at: OffsetDateTime,
    #[serde(with = "instant")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub updated_at: OffsetDateTime,
}

/// One recorded state change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContractEventView {
    pub from_state: Option<ContractState>,
    pub to_state: ContractState,
    pub actor_role: Role,
    pub actor_user_id: Option<i64>,
    pub note: Option<String>,
    #[serde(with = "instant")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub at: OffsetDateTime,
}

/// One recorded payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PaymentView {
    pub id: i64,
    pub amount: i64,
    #[serde(with = "iso_date")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub paid_on: Date,
    pub method: String,
    pub reference: Option<String>,
    #[serde(with = "instant")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub recorded_at: OffsetDateTime,
}

/// A contract with its history and payments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContractDetailResponse {
    pub contract: ContractResponse,
    pub events: Vec<ContractEventView>,
    pub payments: Vec<PaymentView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContractListResponse {
    pub contracts: Vec<ContractResponse>,
}
