//! Units (schools and centres): their details and who may see them.

use std::collections::HashMap;

use diesel::dsl::count_star;
use diesel::expression::BoxableExpression;
use diesel::prelude::*;
use diesel::sql_types::Bool;
use time::PrimitiveDateTime;

use crate::schema::{areas, offices, units};
use crate::{DbConnection, Scope, StoreError};

type Db = <DbConnection as Connection>::Backend;

/// A `WHERE` predicate on `units` that keeps only what the caller may see.
pub type UnitFilter = Box<dyn BoxableExpression<units::table, Db, SqlType = Bool>>;

/// Builds the predicate that limits a query on `units` to `scope`.
pub fn visible_units(scope: &Scope) -> UnitFilter {
    match scope {
        Scope::Unit(code) => Box::new(units::code.eq(code.clone())),
        Scope::District(office) => Box::new(units::office_id.assume_not_null().eq(*office)),
        Scope::Centre => Box::new(diesel::dsl::sql::<Bool>("1 = 1")),
    }
}

/// A unit as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = units)]
pub struct UnitRow {
    pub code: String,
    pub name: String,
    pub area_code: String,
    pub office_id: Option<i64>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub invoice_email: Option<String>,
    pub tax_code: Option<String>,
    pub representative: Option<String>,
    pub representative_title: Option<String>,
    pub account_number: Option<String>,
    pub account_bank: Option<String>,
    pub website: Option<String>,
    pub version: i64,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

/// The details a unit fills in; they are printed on the contract and the e-invoice.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, AsChangeset, serde::Serialize, serde::Deserialize,
)]
#[diesel(table_name = units, treat_none_as_null = true)]
pub struct UnitDetails {
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

impl UnitRow {
    pub fn details(&self) -> UnitDetails {
        UnitDetails {
            address: self.address.clone(),
            phone: self.phone.clone(),
            invoice_email: self.invoice_email.clone(),
            tax_code: self.tax_code.clone(),
            representative: self.representative.clone(),
            representative_title: self.representative_title.clone(),
            account_number: self.account_number.clone(),
            account_bank: self.account_bank.clone(),
            website: self.website.clone(),
        }
    }
}

/// The identity of a unit: code, name, area and managing office.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUnit {
    pub code: String,
    pub name: String,
    pub area_code: String,
    pub office_id: Option<i64>,
}

/// The public facts about a unit, readable without signing in.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct UnitLookup {
    pub code: String,
    pub name: String,
    pub area_code: String,
    pub area_name: String,
    pub tier: String,
    pub office_id: Option<i64>,
    pub office_name: Option<String>,
}

/// Inserts a unit with empty details.
pub fn insert_unit(conn: &mut DbConnection, unit: &NewUnit) -> Result<(), StoreError> {
    let now = crate::now_utc();
    diesel::insert_into(units::table)
        .values((
            units::code.eq(&unit.code),
            units::name.eq(&unit.name),
            units::area_code.eq(&unit.area_code),
            units::office_id.eq(unit.office_id),
            units::version.eq(1_i64),
            units::created_at.eq(now),
            units::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Returns the unit with `code` if it exists and `scope` may see it.
pub fn find_unit(
    conn: &mut DbConnection,
    scope: &Scope,
    code: &str,
) -> Result<Option<UnitRow>, StoreError> {
    Ok(units::table
        .filter(units::code.eq(code))
        .filter(visible_units(scope))
        .select(UnitRow::as_select())
        .first(conn)
        .optional()?)
}

/// Returns the public facts about a unit, for the lookup page.
pub fn lookup_unit(conn: &mut DbConnection, code: &str) -> Result<Option<UnitLookup>, StoreError> {
    Ok(units::table
        .inner_join(areas::table)
        .left_join(offices::table)
        .filter(units::code.eq(code))
        .select((
            units::code,
            units::name,
            units::area_code,
            areas::name,
            areas::tier,
            units::office_id,
            offices::name.nullable(),
        ))
        .first(conn)
        .optional()?)
}

/// Lists the units `scope` may see that `office` manages, ordered by name.
pub fn list_units_of_office(
    conn: &mut DbConnection,
    scope: &Scope,
    office: i64,
) -> Result<Vec<UnitLookup>, StoreError> {
    let rows = units::table
        .filter(units::office_id.assume_not_null().eq(office))
        .filter(visible_units(scope))
        .order((units::name, units::code))
        .select((units::code, units::name, units::area_code, units::office_id))
        .load(conn)?;
    with_names(conn, rows)
}

type IdentityColumns = (String, String, String, Option<i64>);

/// Adds area and office names to unit rows. Both tables hold a few dozen rows, so reading them
/// whole keeps the scoped query on `units` alone.
fn with_names(
    conn: &mut DbConnection,
    rows: Vec<IdentityColumns>,
) -> Result<Vec<UnitLookup>, StoreError> {
    let areas: HashMap<String, (String, String)> = areas::table
        .select((areas::code, areas::name, areas::tier))
        .load::<(String, String, String)>(conn)?
        .into_iter()
        .map(|(code, name, tier)| (code, (name, tier)))
        .collect();
    let offices: HashMap<i64, String> = offices::table
        .select((offices::id, offices::name))
        .load(conn)?
        .into_iter()
        .collect();
    rows.into_iter()
        .map(|(code, name, area_code, office_id)| {
            let (area_name, tier) = areas.get(&area_code).cloned().ok_or_else(|| {
                StoreError::Corrupt(format!("unit {code} has unknown area {area_code}"))
            })?;
            Ok(UnitLookup {
                office_name: office_id.and_then(|id| offices.get(&id).cloned()),
                code,
                name,
                area_code,
                area_name,
                tier,
                office_id,
            })
        })
        .collect()
}

/// Replaces a unit's details when the stored version is still `expected_version`.
///
/// Returns the updated row. A unit outside `scope` is [`StoreError::NotFound`]; a unit whose
/// version moved on is [`StoreError::VersionConflict`], and nothing is written.
pub fn update_details(
    conn: &mut DbConnection,
    scope: &Scope,
    code: &str,
    expected_version: i64,
    details: &UnitDetails,
) -> Result<UnitRow, StoreError> {
    let changed = diesel::update(
        units::table
            .filter(units::code.eq(code))
            .filter(units::version.eq(expected_version))
            .filter(visible_units(scope)),
    )
    .set((
        details,
        units::version.eq(expected_version + 1),
        units::updated_at.eq(crate::now_utc()),
    ))
    .execute(conn)?;
    let row = find_unit(conn, scope, code)?.ok_or(StoreError::NotFound)?;
    if changed == 0 {
        return Err(StoreError::VersionConflict {
            current: row.version,
        });
    }
    Ok(row)
}

/// Counts every stored unit.
pub fn count_units(conn: &mut DbConnection) -> Result<i64, StoreError> {
    Ok(units::table.select(count_star()).first(conn)?)
}

/// Returns the first unit managed by `office`, by code, for choosing a demo account.
pub fn first_unit_of_office(
    conn: &mut DbConnection,
    office: i64,
) -> Result<Option<String>, StoreError> {
    Ok(units::table
        .filter(units::office_id.assume_not_null().eq(office))
        .order(units::code)
        .select(units::code)
        .first(conn)
        .optional()?)
}

/// Returns the stored identity of a unit, ignoring scope, for imports run by an operator.
pub fn find_identity(conn: &mut DbConnection, code: &str) -> Result<Option<NewUnit>, StoreError> {
    Ok(units::table
        .filter(units::code.eq(code))
        .select((units::code, units::name, units::area_code, units::office_id))
        .first::<(String, String, String, Option<i64>)>(conn)
        .optional()?
        .map(|(code, name, area_code, office_id)| NewUnit {
            code,
            name,
            area_code,
            office_id,
        }))
}

/// Lists every unit `scope` may see, with area and office names, ordered by name.
pub fn list_visible(conn: &mut DbConnection, scope: &Scope) -> Result<Vec<UnitLookup>, StoreError> {
    let rows = units::table
        .filter(visible_units(scope))
        .order((units::name, units::code))
        .select((units::code, units::name, units::area_code, units::office_id))
        .load(conn)?;
    with_names(conn, rows)
}
/// Changes a unit's name, area or managing office, for imports run by an operator.
pub fn update_identity(conn: &mut DbConnection, unit: &NewUnit) -> Result<(), StoreError> {
    let changed = diesel::update(units::table.find(&unit.code))
        .set((
            units::name.eq(&unit.name),
            units::area_code.eq(&unit.area_code),
            units::office_id.eq(unit.office_id),
            units::version.eq(units::version + 1),
            units::updated_at.eq(crate::now_utc()),
        ))
        .execute(conn)?;
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// Locks the row of unit `code` until the transaction ends, so checks over all of a unit's
/// contracts (no overlap, one open contract) cannot interleave with another request's.
///
/// On PostgreSQL the no-op `UPDATE` takes the row lock; on SQLite the store's single writer
/// already serialises write transactions.
pub fn lock_unit(conn: &mut DbConnection, code: &str) -> Result<(), StoreError> {
    let changed = diesel::update(units::table.find(code))
        .set(units::version.eq(units::version))
        .execute(conn)?;
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}
