//! Areas (districts, wards, communes) with their tier, and the district offices.

use diesel::prelude::*;

use crate::schema::{areas, offices};
use crate::{DbConnection, StoreError};

/// An area as stored: the tier is fixed when the area is imported, never derived at run time.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = areas)]
pub struct Area {
    pub code: String,
    pub name: String,
    pub area_type: String,
    pub tier: String,
}

/// A district education and training office.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = offices)]
pub struct Office {
    pub id: i64,
    pub name: String,
    pub area_code: Option<String>,
    pub email: Option<String>,
}

/// Inserts `area` unless an area with its code exists; returns whether it was inserted.
pub fn insert_area_if_missing(conn: &mut DbConnection, area: &Area) -> Result<bool, StoreError> {
    let existing = areas::table
        .find(&area.code)
        .select(areas::code)
        .first::<String>(conn)
        .optional()?;
    if existing.is_some() {
        return Ok(false);
    }
    diesel::insert_into(areas::table)
        .values(area)
        .execute(conn)?;
    Ok(true)
}

pub fn find_area(conn: &mut DbConnection, code: &str) -> Result<Option<Area>, StoreError> {
    Ok(areas::table
        .find(code)
        .select(Area::as_select())
        .first(conn)
        .optional()?)
}

pub fn list_areas(conn: &mut DbConnection) -> Result<Vec<Area>, StoreError> {
    Ok(areas::table
        .order(areas::code)
        .select(Area::as_select())
        .load(conn)?)
}

/// Inserts an office named `name` unless one exists, and returns its id either way.
pub fn ensure_office(
    conn: &mut DbConnection,
    name: &str,
    area_code: Option<&str>,
) -> Result<i64, StoreError> {
    if let Some(office) = find_office_by_name(conn, name)? {
        return Ok(office.id);
    }
    diesel::insert_into(offices::table)
        .values((offices::name.eq(name), offices::area_code.eq(area_code)))
        .execute(conn)?;
    find_office_by_name(conn, name)?
        .map(|office| office.id)
        .ok_or(StoreError::NotFound)
}

pub fn find_office_by_name(
    conn: &mut DbConnection,
    name: &str,
) -> Result<Option<Office>, StoreError> {
    Ok(offices::table
        .filter(offices::name.eq(name))
        .select(Office::as_select())
        .first(conn)
        .optional()?)
}

pub fn find_office(conn: &mut DbConnection, id: i64) -> Result<Option<Office>, StoreError> {
    Ok(offices::table
        .find(id)
        .select(Office::as_select())
        .first(conn)
        .optional()?)
}

/// Returns the district office that manages `area_code`, if there is one.
pub fn find_office_of_area(
    conn: &mut DbConnection,
    area_code: &str,
) -> Result<Option<Office>, StoreError> {
    Ok(offices::table
        .filter(offices::area_code.eq(area_code))
        .order(offices::id)
        .select(Office::as_select())
        .first(conn)
        .optional()?)
}

pub fn list_offices(conn: &mut DbConnection) -> Result<Vec<Office>, StoreError> {
    Ok(offices::table
        .order(offices::name)
        .select(Office::as_select())
        .load(conn)?)
}
