//! District offices and the dashboard of the units each one manages.

use std::collections::HashMap;

use hopdong_api_types::{OfficeUnitRow, OfficeUnitsResponse, OfficeView, StatusCounts};
use hopdong_domain::{portal_status, ContractFacts, PortalStatus, Role};
use hopdong_store::areas::Office;
use hopdong_store::{areas, contracts, units, Scope};
use time::Date;

use crate::auth::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use crate::views;

fn office_view(office: &Office) -> OfficeView {
    OfficeView {
        id: office.id,
        name: office.name.clone(),
        area_code: office.area_code.clone(),
    }
}

/// Lists the offices the caller may see: all for the Centre, its own for a district office.
pub fn list(state: &AppState, caller: &Caller) -> Result<Vec<OfficeView>, ApiError> {
    caller.require(&[Role::Centre, Role::District], "list district offices")?;
    state.store.read(|conn| {
        let offices = areas::list_offices(conn)?;
        Ok(offices
            .iter()
            .filter(|office| match caller.scope {
                Scope::District(own) => office.id == own,
                _ => true,
            })
            .map(office_view)
            .collect())
    })
}

fn add(counts: &mut StatusCounts, status: PortalStatus) {
    let slot = match status {
        PortalStatus::NeverContracted => &mut counts.never_contracted,
        PortalStatus::InProgress => &mut counts.in_progress,
        PortalStatus::Active => &mut counts.active,
        PortalStatus::Expiring => &mut counts.expiring,
        PortalStatus::ExpiredCanRenew => &mut counts.expired_can_renew,
        PortalStatus::Lapsed => &mut counts.lapsed,
    };
    *slot += 1;
}

/// Returns every unit office `office_id` manages with its portal status on `day`, keeping the
/// rows whose status is `filter` (all when `None`), and the counts per status over all of them.
pub fn dashboard(
    state: &AppState,
    caller: &Caller,
    office_id: i64,
    day: Date,
    filter: Option<PortalStatus>,
) -> Result<OfficeUnitsResponse, ApiError> {
    let visible = match &caller.scope {
        Scope::Centre => true,
        Scope::District(own) => *own == office_id,
        Scope::Unit(_) => false,
    };
    state.store.read(|conn| {
        let office = areas::find_office(conn, office_id)?
            .filter(|_| visible)
            .ok_or_else(|| ApiError::not_found(&format!("office {office_id}")))?;
        let rows = units::list_units_of_office(conn, &caller.scope, office_id)?;
        let mut histories: HashMap<String, Vec<ContractFacts>> = HashMap::new();
        for (code, facts) in contracts::office_histories(conn, office_id)? {
            histories.entry(code).or_default().push(facts);
        }

        let mut counts = StatusCounts::default();
        let mut listed = Vec::new();
        for row in rows {
            let history = histories.get(&row.code).map(Vec::as_slice).unwrap_or(&[]);
            let report = portal_status(history, day, state.config.expiring_window_days);
            add(&mut counts, report.status);
            if filter.is_some_and(|wanted| wanted != report.status) {
                continue;
            }
            listed.push(OfficeUnitRow {
                days_to_expiry: report
                    .current_last_day
                    .map(|last| (last - day).whole_days()),
                days_to_deadline: report
                    .renewal_deadline
                    .map(|deadline| (deadline - day).whole_days()),
                code: row.code,
                name: row.name,
                area_name: row.area_name,
                tier: views::parse_column(&row.tier, "areas.tier")?,
                status: report.status,
                current_last_day: report.current_last_day,
                renewal_deadline: report.renewal_deadline,
            });
        }
        Ok(OfficeUnitsResponse {
            office: office_view(&office),
            date: day,
            counts,
            units: listed,
        })
    })
}
