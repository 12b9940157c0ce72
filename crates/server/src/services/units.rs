//! Units: public lookup, details with optimistic concurrency, quotes and registration.

use hopdong_api_types::{
    CreateUnitRequest, QuoteResponse, StatusView, UnitDetailsView, UnitLookupResponse,
    UnitResponse, UpdateUnitRequest,
};
use hopdong_domain::{
    amount_in_words, fold_for_search, portal_status, quote_next_contract, tariff_in_force, Lang,
    QuoteError, QuoteRequest, Role, Tier,
};
use hopdong_store::units::{NewUnit, UnitRow};
use hopdong_store::{areas, contracts, tariffs, units, DbConnection, Scope};
use time::Date;

use crate::auth::Caller;
use crate::error::ApiError;
use crate::services::parse_unit_code;
use crate::state::AppState;
use crate::{validate, views};

/// Returns what anyone may know about unit `code`, with its portal status on `today`.
pub fn lookup(state: &AppState, code: &str, today: Date) -> Result<UnitLookupResponse, ApiError> {
    let code = parse_unit_code(code, &state.config.province_prefix, "code")?;
    state.store.read(|conn| {
        let unit =
            units::lookup_unit(conn, code.as_str())?.ok_or_else(|| unknown_unit(code.as_str()))?;
        let history = contracts::unit_history(conn, code.as_str())?;
        let report = portal_status(&history, today, state.config.expiring_window_days);
        let office = match unit.office_id {
            Some(id) => areas::find_office(conn, id)?,
            None => None,
        };
        Ok(UnitLookupResponse {
            code: unit.code,
            name: unit.name,
            area: hopdong_api_types::AreaView {
                code: unit.area_code,
                name: unit.area_name,
                tier: views::parse_column(&unit.tier, "areas.tier")?,
            },
            managing_office: views::managing_office(office.as_ref()),
            portal_status: StatusView {
                status: report.status,
                as_of: Some(today),
                current_last_day: report.current_last_day,
                renewal_deadline: report.renewal_deadline,
            },
        })
    })
}

fn unknown_unit(code: &str) -> ApiError {
    ApiError::not_found(&format!("unit {code}"))
}

/// Loads unit `code` if `scope` may see it, or fails with 404.
pub fn load_unit(conn: &mut DbConnection, scope: &Scope, code: &str) -> Result<UnitRow, ApiError> {
    units::find_unit(conn, scope, code)?.ok_or_else(|| unknown_unit(code))
}

/// Builds the full view of a stored unit.
pub fn unit_response(conn: &mut DbConnection, unit: &UnitRow) -> Result<UnitResponse, ApiError> {
    let area = areas::find_area(conn, &unit.area_code)?
        .ok_or_else(|| ApiError::internal(format!("unit {} has no area", unit.code)))?;
    let office = match unit.office_id {
        Some(id) => areas::find_office(conn, id)?,
        None => None,
    };
    let details = unit.details();
    Ok(UnitResponse {
        code: unit.code.clone(),
        name: unit.name.clone(),
        area: views::area(&area)?,
        managing_office: views::managing_office(office.as_ref()),
        details: views::details(&details),
        version: unit.version,
        missing_for_contract: validate::missing_for_contract(&details),
    })
}

pub fn get(state: &AppState, caller: &Caller, code: &str) -> Result<UnitResponse, ApiError> {
    let code = parse_unit_code(code, &state.config.province_prefix, "code")?;
    state.store.read(|conn| {
        let unit = load_unit(conn, &caller.scope, code.as_str())?;
        unit_response(conn, &unit)
    })
}

/// Lists the units the caller may see whose name or code matches `query` (ignoring case and
/// diacritics), at most `limit` of them, by name.
pub fn search(
    state: &AppState,
    caller: &Caller,
    query: Option<&str>,
    limit: usize,
) -> Result<Vec<hopdong_api_types::UnitSummary>, ApiError> {
    let needle = query.map(fold_for_search).unwrap_or_default();
    state.store.read(|conn| {
        let rows = units::list_visible(conn, &caller.scope)?;
        let mut found = Vec::new();
        for row in rows {
            if needle.is_empty()
                || fold_for_search(&row.name).contains(&needle)
                || row.code.contains(needle.as_str())
            {
                found.push(hopdong_api_types::UnitSummary {
                    code: row.code,
                    name: row.name,
                    area_code: row.area_code,
                    area_name: row.area_name,
                    tier: views::parse_column(&row.tier, "areas.tier")?,
                    office_id: row.office_id,
                    office_name: row.office_name,
                });
            }
            if found.len() >= limit {
                break;
            }
        }
        Ok(found)
    })
}

/// Replaces the details of unit `code`; the unit itself and the Centre may do this.
pub fn update(
    state: &AppState,
    caller: &Caller,
    code: &str,
    request: UpdateUnitRequest,
) -> Result<UnitResponse, ApiError> {
    let code = parse_unit_code(code, &state.config.province_prefix, "code")?;
    let details = validate::details(&UnitDetailsView {
        address: request.address,
        phone: request.phone,
        invoice_email: request.invoice_email,
        tax_code: request.tax_code,
        representative: request.representative,
        representative_title: request.representative_title,
        account_number: request.account_number,
        account_bank: request.account_bank,
        website: request.website,
    })?;
    state.store.write(|conn| {
        // Looking the unit up first makes a unit outside the scope a 404 before the role check.
        load_unit(conn, &caller.scope, code.as_str())?;
        caller.require(&[Role::Unit, Role::Centre], "change a unit's details")?;
        let unit = units::update_details(
            conn,
            &caller.scope,
            code.as_str(),
            request.version,
            &details,
        )?;
        unit_response(conn, &unit)
    })
}

/// Registers a new unit (the Centre only).
pub fn create(
    state: &AppState,
    caller: &Caller,
    request: CreateUnitRequest,
) -> Result<UnitResponse, ApiError> {
    caller.require(&[Role::Centre], "register a unit")?;
    let mut problems = validate::Problems::default();
    let code = match parse_unit_code(&request.code, &state.config.province_prefix, "code") {
        Ok(code) => Some(code),
        Err(error) => {
            problems.0.extend(error.fields);
            None
        }
    };
    let name = validate::text(&mut problems, "name", Some(&request.name), 200);
    if name.is_none() {
        problems.add(
            "name",
            "required",
            "name is required: the unit's full name as on its seal",
        );
    }
    let details = validate::details(&UnitDetailsView {
        address: request.address,
        phone: request.phone,
        invoice_email: request.invoice_email,
        tax_code: request.tax_code,
        representative: request.representative,
        representative_title: request.representative_title,
        account_number: request.account_number,
        account_bank: request.account_bank,
        website: request.website,
    });
    if let Err(error) = &details {
        problems.0.extend(error.fields.clone());
    }
    let (Some(code), Some(name), Ok(details)) = (code, name, details) else {
        return Err(ApiError::invalid_fields(problems.0));
    };
    problems.finish()?;

    state.store.write(|conn| {
        if areas::find_area(conn, &request.area_code)?.is_none() {
            return Err(ApiError::invalid_field(
                "area_code",
                "not_found",
                format!(
                    "area {:?} does not exist; use a code from GET /api/v1/areas",
                    request.area_code
                ),
            ));
        }
        if let Some(office) = request.office_id {
            if areas::find_office(conn, office)?.is_none() {
                return Err(ApiError::invalid_field(
                    "office_id",
                    "not_found",
                    format!("office {office} does not exist; use an id from GET /api/v1/offices"),
                ));
            }
        }
        if units::find_identity(conn, code.as_str())?.is_some() {
            return Err(ApiError::conflict(
                "unit_exists",
                format!("unit {} is already registered", code.as_str()),
            ));
        }
        let new = NewUnit {
            code: code.as_str().to_owned(),
            name,
            area_code: request.area_code.clone(),
            office_id: request.office_id,
        };
        units::insert_unit(conn, &new)?;
        let unit = units::update_details(conn, &Scope::Centre, code.as_str(), 1, &details)?;
        unit_response(conn, &unit)
    })
}

/// Quotes the next contract of unit `code` as if asked on `day`.
pub fn quote(
    state: &AppState,
    caller: &Caller,
    code: &str,
    day: Date,
    requested_start: Option<Date>,
    lang: Lang,
) -> Result<QuoteResponse, ApiError> {
    let code = parse_unit_code(code, &state.config.province_prefix, "code")?;
    state.store.read(|conn| {
        let unit = load_unit(conn, &caller.scope, code.as_str())?;
        quote_for_unit(conn, &unit, day, requested_start, lang)
    })
}

/// Quotes the next contract of a loaded unit; shared by the quote and the opening of a draft.
pub fn quote_for_unit(
    conn: &mut DbConnection,
    unit: &UnitRow,
    day: Date,
    requested_start: Option<Date>,
    lang: Lang,
) -> Result<QuoteResponse, ApiError> {
    let area = areas::find_area(conn, &unit.area_code)?
        .ok_or_else(|| ApiError::internal(format!("unit {} has no area", unit.code)))?;
    let tier: Tier = views::parse_column(&area.tier, "areas.tier")?;
    let history = contracts::unit_history(conn, &unit.code)?;
    let tariff_rows = tariffs::list_tariffs(conn)?;
    let tariffs: Vec<_> = tariff_rows.iter().map(|row| row.to_domain()).collect();
    let request = QuoteRequest {
        day,
        requested_start,
        tier,
    };
    let quote = quote_next_contract(&history, &request, &tariffs).map_err(quote_error)?;
    let tariff = tariff_in_force(&tariffs, quote.start)
        .ok_or_else(|| ApiError::internal("the quote used a tariff that is not in force"))?;
    Ok(QuoteResponse {
        kind: quote.kind,
        start: quote.start,
        end: quote.last_day,
        tier: quote.tier,
        monthly_fee: quote.monthly_fee,
        months: quote.months,
        total: quote.total,
        total_in_words: amount_in_words(u64::try_from(quote.total).unwrap_or(0)),
        renewal_deadline: quote.renewal_deadline,
        explanation: quote.explanation(lang),
        tariff_effective_from: tariff.effective_from,
    })
}

fn quote_error(error: QuoteError) -> ApiError {
    match error {
        QuoteError::NoTariff { .. } => ApiError::conflict("no_tariff", error.to_string()),
        other => ApiError::invalid_field("start", "start_out_of_range", other.to_string()),
    }
}
