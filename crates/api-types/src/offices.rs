//! District offices and their dashboards.

use hopdong_domain::{PortalStatus, Tier};
use serde::{Deserialize, Serialize};
use time::Date;

use crate::dates::iso_date;

/// A district education and training office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OfficeView {
    pub id: i64,
    pub name: String,
    pub area_code: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OfficeListResponse {
    pub offices: Vec<OfficeView>,
}

/// How many of an office's units are in each portal status.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusCounts {
    pub never_contracted: u32,
    pub in_progress: u32,
    pub active: u32,
    pub expiring: u32,
    pub expired_can_renew: u32,
    pub lapsed: u32,
}

/// One unit on an office's dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OfficeUnitRow {
    pub code: String,
    pub name: String,
    pub area_name: String,
    pub tier: Tier,
    pub status: PortalStatus,
    #[serde(with = "iso_date::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    pub current_last_day: Option<Date>,
    #[serde(with = "iso_date::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    pub renewal_deadline: Option<Date>,
    /// Days from the dashboard's date to the last day of the current contract.
    pub days_to_expiry: Option<i64>,
    /// Days from the dashboard's date to the renewal deadline.
    pub days_to_deadline: Option<i64>,
}

/// `GET /offices/{id}/units`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OfficeUnitsResponse {
    pub office: OfficeView,
    #[serde(with = "iso_date")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub date: Date,
    /// Counts over every unit of the office, whatever the filter.
    pub counts: StatusCounts,
    /// The units that pass the filter, by name.
    pub units: Vec<OfficeUnitRow>,
}
