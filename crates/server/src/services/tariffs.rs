//! Tariff versions: listing and adding.

use hopdong_api_types::{CreateTariffRequest, TariffView};
use hopdong_domain::{Role, Tariff, VatTreatment};
use hopdong_store::{tariffs, StoreError};

use crate::auth::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use crate::{validate, views};

/// The largest monthly fee accepted in a tariff, in đồng; a guard against an extra zero.
const MAX_MONTHLY_FEE: i64 = 100_000_000;

pub fn list(state: &AppState) -> Result<Vec<TariffView>, ApiError> {
    state.store.read(|conn| {
        Ok(tariffs::list_tariffs(conn)?
            .iter()
            .map(views::tariff)
            .collect())
    })
}

/// Adds a tariff version (the Centre only). Contracts store the figures they were drawn up
/// with, so a new version changes only contracts opened afterwards.
pub fn create(
    state: &AppState,
    caller: &Caller,
    request: CreateTariffRequest,
) -> Result<TariffView, ApiError> {
    caller.require(&[Role::Centre], "add a tariff")?;
    let mut problems = validate::Problems::default();
    for (field, value) in [
        ("creation_urban", request.creation_urban),
        ("creation_rural", request.creation_rural),
        ("maintenance", request.maintenance),
    ] {
        if !(1..=MAX_MONTHLY_FEE).contains(&value) {
            problems.add(
                field,
                "out_of_range",
                format!("{field} must be between 1 and {MAX_MONTHLY_FEE} đồng a month"),
            );
        }
    }
    if request.vat_percent.is_some_and(|percent| percent > 100) {
        problems.add(
            "vat_percent",
            "out_of_range",
            "vat_percent must be between 0 and 100, or null when the fee is not subject to VAT",
        );
    }
    problems.finish()?;
    let tariff = Tariff {
        effective_from: request.effective_from,
        creation_urban: request.creation_urban,
        creation_rural: request.creation_rural,
        maintenance: request.maintenance,
        vat: match request.vat_percent {
            Some(percent) => VatTreatment::Rate { percent },
            None => VatTreatment::NotSubject,
        },
    };
    state
        .store
        .write(|conn| match tariffs::insert_tariff(conn, &tariff) {
            Ok(row) => Ok(views::tariff(&row)),
            Err(StoreError::Duplicate { .. }) => Err(ApiError::conflict(
                "tariff_exists",
                format!(
                    "a tariff effective from {} already exists; choose another date",
                    request.effective_from
                ),
            )),
            Err(other) => Err(other.into()),
        })
}
