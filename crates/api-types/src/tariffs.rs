//! Tariff versions.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::dates::iso_date;

/// A tariff version: monthly fees in đồng, tax included, in force from a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TariffView {
    pub id: i64,
    #[serde(with = "iso_date")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub effective_from: Date,
    pub creation_urban: i64,
    pub creation_rural: i64,
    pub maintenance: i64,
    /// VAT rate in percent included in the fees; null when the fee is not subject to VAT.
    pub vat_percent: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TariffListResponse {
    pub tariffs: Vec<TariffView>,
}

/// `POST /tariffs`: adds a tariff version; contracts already drawn up keep their figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateTariffRequest {
    #[serde(with = "iso_date")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub effective_from: Date,
    pub creation_urban: i64,
    pub creation_rural: i64,
    pub maintenance: i64,
    #[serde(default)]
    pub vat_percent: Option<u8>,
}
