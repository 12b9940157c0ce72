//! Tariff versions: the monthly fees in force from a date.

use diesel::prelude::*;
use hopdong_domain::{Tariff, VatTreatment};
use time::{Date, PrimitiveDateTime};

use crate::schema::tariffs;
use crate::{DbConnection, StoreError};

/// A stored tariff version.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = tariffs)]
pub struct TariffRow {
    pub id: i64,
    pub effective_from: Date,
    pub creation_urban: i64,
    pub creation_rural: i64,
    pub maintenance: i64,
    pub vat_percent: Option<i32>,
    pub created_at: PrimitiveDateTime,
}

impl TariffRow {
    /// Converts the row to the domain's tariff.
    pub fn to_domain(&self) -> Tariff {
        Tariff {
            effective_from: self.effective_from,
            creation_urban: self.creation_urban,
            creation_rural: self.creation_rural,
            maintenance: self.maintenance,
            vat: vat_from_column(self.vat_percent),
        }
    }
}

/// Reads the nullable `vat_percent` column: NULL means the fee is not subject to VAT.
pub fn vat_from_column(percent: Option<i32>) -> VatTreatment {
    match percent {
        Some(percent) => VatTreatment::Rate {
            percent: percent.clamp(0, 100) as u8,
        },
        None => VatTreatment::NotSubject,
    }
}

/// Writes a VAT treatment to the nullable `vat_percent` column.
pub fn vat_to_column(vat: VatTreatment) -> Option<i32> {
    match vat {
        VatTreatment::Rate { percent } => Some(i32::from(percent)),
        VatTreatment::NotSubject => None,
    }
}

pub fn list_tariffs(conn: &mut DbConnection) -> Result<Vec<TariffRow>, StoreError> {
    Ok(tariffs::table
        .order(tariffs::effective_from)
        .select(TariffRow::as_select())
        .load(conn)?)
}

/// Inserts a tariff version; a second version with the same effective date is a duplicate.
pub fn insert_tariff(conn: &mut DbConnection, tariff: &Tariff) -> Result<TariffRow, StoreError> {
    diesel::insert_into(tariffs::table)
        .values((
            tariffs::effective_from.eq(tariff.effective_from),
            tariffs::creation_urban.eq(tariff.creation_urban),
            tariffs::creation_rural.eq(tariff.creation_rural),
            tariffs::maintenance.eq(tariff.maintenance),
            tariffs::vat_percent.eq(vat_to_column(tariff.vat)),
            tariffs::created_at.eq(crate::now_utc()),
        ))
        .execute(conn)?;
    Ok(tariffs::table
        .filter(tariffs::effective_from.eq(tariff.effective_from))
        .select(TariffRow::as_select())
        .first(conn)?)
}

pub fn count_tariffs(conn: &mut DbConnection) -> Result<i64, StoreError> {
    Ok(tariffs::table.count().get_result(conn)?)
}
