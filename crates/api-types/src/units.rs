//! Units: public lookup, details, quote.

use hopdong_domain::{ContractKind, PortalStatus, Tier};
use serde::{Deserialize, Serialize};
use time::Date;

use crate::dates::iso_date;

/// An area (district, or ward and commune after 2025) and its tier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AreaView {
    pub code: String,
    pub name: String,
    pub tier: Tier,
}

/// The manager of a unit: a district office, or the Department directly (`id` is null).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ManagingOffice {
    pub id: Option<i64>,
    pub name: String,
}

/// A unit's portal status on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusView {
    pub status: PortalStatus,
    #[serde(with = "iso_date::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    pub as_of: Option<Date>,
    /// The last day of the contract in force, or of the latest signed one.
    #[serde(with = "iso_date::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    pub current_last_day: Option<Date>,
    /// The last day on which the unit can still sign Maintenance.
    #[serde(with = "iso_date::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    pub renewal_deadline: Option<Date>,
}

/// The public facts about a unit, readable without signing in: no personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnitLookupResponse {
    pub code: String,
    pub name: String,
    pub area: AreaView,
    pub managing_office: ManagingOffice,
    pub portal_status: StatusView,
}

/// The details printed on the contract and the e-invoice. Every field is optional while the
/// unit fills them in; submitting a contract requires the ones listed in `missing_for_contract`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnitDetailsView {
    pub address: Option<String>,
    pub phone: Option<String>,
    /// The address the e-invoice is sent to.
    pub invoice_email: Option<String>,
    /// Vietnamese tax code, `NNNNNNNNNN` or `NNNNNNNNNN-NNN`.
    pub tax_code: Option<String>,
    /// The person who signs for the unit.
    pub representative: Option<String>,
    pub representative_title: Option<String>,
    /// Treasury or bank account number.
    pub account_number: Option<String>,
    /// The treasury or bank where the account is.
    pub account_bank: Option<String>,
    pub website: Option<String>,
}

/// A unit with its details, for the unit itself, its district office and the Centre.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnitResponse {
    pub code: String,
    pub name: String,
    pub area: AreaView,
    pub managing_office: ManagingOffice,
    pub details: UnitDetailsView,
    /// Send this back in `PUT` so two editors cannot silently overwrite each other.
    pub version: i64,
    /// Detail fields that must be filled in before a contract can be submitted.
    pub missing_for_contract: Vec<String>,
}

/// `PUT /units/{code}`: replaces every detail field; an absent or null field is cleared.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateUnitRequest {
    /// The `version` the editor read; a stale version is rejected with 409.
    pub version: i64,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub invoice_email: Option<String>,
    pub tax_code: Option<String>,
    pub representative: Option<String>,
    pub representative_title: Option<String>,
    pub account_number: Option<String>,
    pub account_bank: Option<String>,
    pub website: Option<String>,
}

/// `POST /units`: registers a unit (the Centre only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateUnitRequest {
    /// Eight digits starting with the province code, e.g. `79760001`.
    pub code: String,
    pub name: String,
    pub area_code: String,
    /// The district office that manages the unit; null when the Department manages it directly.
    pub office_id: Option<i64>,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub invoice_email: Option<String>,
    #[serde(default)]
    pub tax_code: Option<String>,
    #[serde(default)]
    pub representative: Option<String>,
    #[serde(default)]
    pub representative_title: Option<String>,
    #[serde(default)]
    pub account_number: Option<String>,
    #[serde(default)]
    pub account_bank: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
}

/// The next contract a unit would get on a day, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuoteResponse {
    pub kind: ContractKind,
    #[serde(with = "iso_date")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub start: Date,
    /// The contract's last day of validity.
    #[serde(with = "iso_date")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub end: Date,
    pub tier: Tier,
    /// Đồng per month, tax included.
    pub monthly_fee: i64,
    pub months: u8,
    /// Đồng for the whole term, paid once.
    pub total: i64,
    /// The total in Vietnamese words, as printed on the contract.
    pub total_in_words: String,
    /// For Maintenance: the last day on which this renewal could still be Maintenance.
    #[serde(with = "iso_date::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    pub renewal_deadline: Option<Date>,
    /// The reason for this kind and this price, in the language requested with
    /// `Accept-Language`.
    pub explanation: String,
    /// The date from which the tariff used is in force.
    #[serde(with = "iso_date")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub tariff_effective_from: Date,
}

/// A unit in a list: identity, area and office, without details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnitSummary {
    pub code: String,
    pub name: String,
    pub area_code: String,
    pub area_name: String,
    pub tier: Tier,
    pub office_id: Option<i64>,
    pub office_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnitListResponse {
    pub units: Vec<UnitSummary>,
}
