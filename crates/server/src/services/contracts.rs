//! The contract workflow: open a draft from the quote, submit, receive, sign, cancel, pay, and
//! record contracts signed before this system existed.

use hopdong_api_types::{
    ContractDetailResponse, ContractResponse, ImportContractRequest, RecordPaymentRequest,
    UnitDetailsView,
};
use hopdong_domain::{
    apply_transition, can_record_payment, ContractKind, ContractState, Lang, Role, Tier,
    Transition, TransitionError, CONTRACT_MONTHS,
};
use hopdong_store::contracts::{self, Actor, ContractRow, NewContract, StateChange};
use hopdong_store::{areas, tariffs, units, DbConnection, StoreError};
use time::Date;

use crate::auth::Caller;
use crate::error::ApiError;
use crate::services::parse_unit_code;
use crate::services::units::{load_unit, quote_for_unit};
use crate::state::AppState;
use crate::{validate, views};

/// The series name of contract numbers in the counters table.
const CONTRACT_SERIES: &str = "contract";

/// The largest monthly fee accepted for an imported contract, in đồng; a guard against typos.
const MAX_MONTHLY_FEE: i64 = 100_000_000;

fn actor(caller: &Caller) -> Actor {
    Actor {
        user_id: Some(caller.user_id),
        role: caller.role.as_str().to_owned(),
    }
}

fn load_contract(
    conn: &mut DbConnection,
    caller: &Caller,
    unit_code: &str,
    id: i64,
) -> Result<ContractRow, ApiError> {
    contracts::find_contract(conn, &caller.scope, unit_code, id)?
        .ok_or_else(|| ApiError::not_found(&format!("contract {id} of unit {unit_code}")))
}

fn respond(conn: &mut DbConnection, row: &ContractRow) -> Result<ContractResponse, ApiError> {
    let paid = contracts::paid_amount(conn, row.id)?;
    let unit = units::find_identity(conn, &row.unit_code)?
        .ok_or_else(|| ApiError::internal(format!("contract {} has no unit", row.id)))?;
    views::contract(row, &unit.name, paid)
}

/// Builds a contract's full view: the contract, its state changes and its payments.
fn detail(conn: &mut DbConnection, row: &ContractRow) -> Result<ContractDetailResponse, ApiError> {
    let contract = respond(conn, row)?;
    let events = contracts::list_events(conn, row.id)?
        .iter()
        .map(views::event)
        .collect::<Result<_, _>>()?;
    let payments = contracts::list_payments(conn, row.id)?
        .iter()
        .map(views::payment)
        .collect();
    Ok(ContractDetailResponse {
        contract,
        events,
        payments,
    })
}

fn open_contract_conflict(open: &ContractRow) -> ApiError {
    let name = views::contract_number(open.number_year, open.number_seq)
        .map(|number| format!("contract {number}"))
        .unwrap_or_else(|| format!("contract {}", open.id));
    ApiError::conflict(
        "contract_already_open",
        format!(
            "{name} of unit {} is still {}; submit it through to signing or cancel it before \
             opening another",
            open.unit_code, open.state
        ),
    )
}

/// Opens the unit's next contract as a draft with the figures of today's quote.
pub fn open(
    state: &AppState,
    caller: &Caller,
    code: &str,
    requested_start: Option<Date>,
    today: Date,
) -> Result<ContractResponse, ApiError> {
    let code = parse_unit_code(code, &state.config.province_prefix, "code")?;
    let result = state.store.write(|conn| {
        let unit = load_unit(conn, &caller.scope, code.as_str())?;
        units::lock_unit(conn, &unit.code)?;
        caller.require(&[Role::Unit, Role::Centre], "open a contract")?;
        if let Some(open) = contracts::find_open_contract(conn, code.as_str())? {
            return Err(open_contract_conflict(&open));
        }
        let quote = quote_for_unit(conn, &unit, today, requested_start, Lang::En)?;
        let tariff_rows = tariffs::list_tariffs(conn)?;
        let vat_percent = tariff_rows
            .iter()
            .filter(|row| row.effective_from <= quote.start)
            .max_by_key(|row| row.effective_from)
            .and_then(|row| row.vat_percent);
        let now = hopdong_store::now_utc();
        let new = NewContract {
            unit_code: unit.code.clone(),
            kind: quote.kind.as_str().to_owned(),
            state: ContractState::Draft.as_str().to_owned(),
            start_date: quote.start,
            last_day: quote.end,
            tier: quote.tier.as_str().to_owned(),
            monthly_fee: quote.monthly_fee,
            months: i32::from(quote.months),
            total: quote.total,
            vat_percent,
            imported: false,
            version: 1,
            created_at: now,
            updated_at: now,
        };
        let row = contracts::insert_contract(conn, &new, &actor(caller))?;
        respond(conn, &row)
    });
    match result {
        // Two requests raced past the check above; the partial unique index stopped the second.
        Err(error) if error.code == "duplicate" => {
            state.store.read(
                |conn| match contracts::find_open_contract(conn, code.as_str())? {
                    Some(open) => Err(open_contract_conflict(&open)),
                    None => Err(error),
                },
            )
        }
        other => other,
    }
}

pub fn get(
    state: &AppState,
    caller: &Caller,
    code: &str,
    id: i64,
) -> Result<ContractDetailResponse, ApiError> {
    let code = parse_unit_code(code, &state.config.province_prefix, "code")?;
    state.store.read(|conn| {
        let row = load_contract(conn, caller, code.as_str(), id)?;
        detail(conn, &row)
    })
}

pub fn list_for_unit(
    state: &AppState,
    caller: &Caller,
    code: &str,
) -> Result<Vec<ContractResponse>, ApiError> {
    let code = parse_unit_code(code, &state.config.province_prefix, "code")?;
    state.store.read(|conn| {
        load_unit(conn, &caller.scope, code.as_str())?;
        let rows = contracts::list_unit_contracts(conn, &caller.scope, code.as_str())?;
        rows.iter().map(|row| respond(conn, row)).collect()
    })
}

/// Lists the contracts in `contract_state` that the caller may see, oldest change first.
pub fn queue(
    state: &AppState,
    caller: &Caller,
    contract_state: ContractState,
    unpaid_only: bool,
    limit: i64,
) -> Result<Vec<ContractResponse>, ApiError> {
    state.store.read(|conn| {
        let rows = contracts::list_by_state(conn, &caller.scope, contract_state.as_str(), limit)?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            let contract = respond(conn, row)?;
            if !unpaid_only || contract.paid_amount < contract.total {
                out.push(contract);
            }
        }
        Ok(out)
    })
}

fn transition_error(error: TransitionError) -> ApiError {
    match error {
        TransitionError::NotAllowedForRole { .. } => ApiError::forbidden(error.to_string()),
        TransitionError::NotAllowedFromState { .. } => {
            ApiError::conflict("transition_not_allowed", error.to_string())
        }
    }
}

/// Moves a contract through one step of its lifecycle.
pub fn transition(
    state: &AppState,
    caller: &Caller,
    code: &str,
    id: i64,
    transition: Transition,
    cancel_reason: Option<String>,
    today: Date,
) -> Result<ContractResponse, ApiError> {
    let code = parse_unit_code(code, &state.config.province_prefix, "code")?;
    let reason = match transition {
        Transition::Cancel => Some(cancel_reason_checked(cancel_reason)?),
        _ => None,
    };
    let year = today.year();
    if transition == Transition::Submit {
        state
            .store
            .read(|conn| contracts::ensure_sequence(conn, CONTRACT_SERIES, year))?;
    }
    state.store.write(|conn| {
        let row = load_contract(conn, caller, code.as_str(), id)?;
        units::lock_unit(conn, &row.unit_code)?;
        let from = row.state()?;
        let to = apply_transition(from, transition, caller.role).map_err(transition_error)?;
        let mut change = StateChange { cancel_reason: reason, ..StateChange::default() };
        match transition {
            Transition::Submit => {
                let unit = load_unit(conn, &caller.scope, code.as_str())?;
                let details = unit.details();
                let missing = validate::missing_for_contract(&details);
                if !missing.is_empty() {
                    let mut error = ApiError::invalid_fields(
                        missing
                            .iter()
                            .map(|field| hopdong_api_types::FieldError {
                                field: field.clone(),
                                code: "required".to_owned(),
                                message: format!("{field} must be filled in before submitting: it is printed on the contract or the invoice"),
                            })
                            .collect(),
                    );
                    error.code = "details_incomplete";
                    error.message = format!(
                        "fill in these details before submitting, because the contract and the \
                         invoice print them: {}",
                        missing.join(", ")
                    );
                    return Err(error);
                }
                // Details saved before a validation rule tightened must not reach a contract.
                validate::details(&views::details(&details))?;
                let snapshot: UnitDetailsView = views::details(&details);
                change.snapshot = Some(serde_json::to_string(&snapshot).map_err(ApiError::internal)?);
                change.number = Some((year, contracts::next_number(conn, CONTRACT_SERIES, year)?));
            }
            Transition::Sign => ensure_no_overlap(conn, &row.unit_code, row.start_date, row.last_day, Some(row.id))?,
            Transition::Receive | Transition::Cancel => {}
        }
        let updated = contracts::change_state(conn, row.id, from, to, &change, &actor(caller))
            .map_err(|error| match error {
                StoreError::VersionConflict { .. } => ApiError::conflict(
                    "contract_changed",
                    "the contract changed state while this request ran; reload it and try again",
                ),
                other => other.into(),
            })?;
        respond(conn, &updated)
    })
}

fn cancel_reason_checked(reason: Option<String>) -> Result<String, ApiError> {
    let reason = reason.map(|r| r.trim().to_owned()).unwrap_or_default();
    if reason.is_empty() {
        return Err(ApiError::invalid_field(
            "reason",
            "required",
            "say why the contract is cancelled; the reason is kept in its history",
        ));
    }
    if let Some((code, message)) = validate::text_problem("reason", &reason) {
        return Err(ApiError::invalid_field("reason", code, message));
    }
    if reason.chars().count() > 500 {
        return Err(ApiError::invalid_field(
            "reason",
            "too_long",
            "reason must be at most 500 characters",
        ));
    }
    Ok(reason)
}

/// Rejects a contract whose dates overlap a signed contract of the same unit.
fn ensure_no_overlap(
    conn: &mut DbConnection,
    unit_code: &str,
    start: Date,
    last_day: Date,
    except: Option<i64>,
) -> Result<(), ApiError> {
    let history = contracts::list_unit_contracts(conn, &hopdong_store::Scope::Centre, unit_code)?;
    for other in history.iter().filter(|row| Some(row.id) != except) {
        if other.state()? == ContractState::Signed
            && other.start_date <= last_day
            && start <= other.last_day
        {
            return Err(ApiError::conflict(
                "contract_overlaps",
                format!(
                    "the dates {start} to {last_day} overlap signed contract {} ({} to {}); \
                     a unit's contracts must follow each other without overlap",
                    other.id, other.start_date, other.last_day
                ),
            ));
        }
    }
    Ok(())
}

/// Records money received for a signed contract (the Centre only).
pub fn record_payment(
    state: &AppState,
    caller: &Caller,
    code: &str,
    id: i64,
    request: RecordPaymentRequest,
    today: Date,
) -> Result<ContractDetailResponse, ApiError> {
    let code = parse_unit_code(code, &state.config.province_prefix, "code")?;
    let mut problems = validate::Problems::default();
    if request.amount <= 0 {
        problems.add(
            "amount",
            "not_positive",
            "amount must be a positive number of đồng",
        );
    }
    if request.paid_on > today {
        problems.add(
            "paid_on",
            "in_future",
            format!("paid_on {} is after today ({today})", request.paid_on),
        );
    }
    const METHODS: [&str; 3] = ["transfer", "treasury", "cash"];
    if !METHODS.contains(&request.method.as_str()) {
        problems.add(
            "method",
            "invalid",
            format!(
                "method {:?} is not one of: {}",
                request.method,
                METHODS.join(", ")
            ),
        );
    }
    let reference = validate::text(
        &mut problems,
        "reference",
        request.reference.as_deref(),
        100,
    );
    problems.finish()?;

    state.store.write(|conn| {
        let row = load_contract(conn, caller, code.as_str(), id)?;
        contracts::lock_contract(conn, id)?;
        caller.require(&[Role::Centre], "record a payment")?;
        if !can_record_payment(row.state()?) {
            return Err(ApiError::conflict(
                "contract_not_signed",
                format!(
                    "contract {id} is {}; payments are recorded on signed contracts only",
                    row.state
                ),
            ));
        }
        let paid = contracts::paid_amount(conn, id)?;
        let owed = row.total - paid;
        if request.amount > owed {
            return Err(ApiError::invalid_field(
                "amount",
                "exceeds_balance",
                format!(
                    "amount {} is more than the {owed} đồng still owed on this contract",
                    request.amount
                ),
            ));
        }
        contracts::insert_payment(
            conn,
            id,
            request.amount,
            request.paid_on,
            &request.method,
            reference.as_deref(),
            Some(caller.user_id),
        )?;
        detail(conn, &row)
    })
}

/// Records a contract signed before this system existed, so renewals count it (the Centre only).
pub fn import(
    state: &AppState,
    caller: &Caller,
    code: &str,
    request: ImportContractRequest,
    today: Date,
) -> Result<ContractResponse, ApiError> {
    caller.require(&[Role::Centre], "record an imported contract")?;
    let code = parse_unit_code(code, &state.config.province_prefix, "code")?;
    if request.monthly_fee <= 0 || request.monthly_fee > MAX_MONTHLY_FEE {
        return Err(ApiError::invalid_field(
            "monthly_fee",
            "out_of_range",
            format!("monthly_fee must be between 1 and {MAX_MONTHLY_FEE} đồng"),
        ));
    }
    if request.start > today {
        return Err(ApiError::invalid_field(
            "start",
            "in_future",
            format!(
                "start {} is after today ({today}); only contracts already signed can be imported",
                request.start
            ),
        ));
    }
    state.store.write(|conn| {
        let unit = load_unit(conn, &caller.scope, code.as_str())?;
        units::lock_unit(conn, &unit.code)?;
        let last_day = hopdong_domain::term::last_day(request.start);
        ensure_no_overlap(conn, &unit.code, request.start, last_day, None)?;
        let area = areas::find_area(conn, &unit.area_code)?
            .ok_or_else(|| ApiError::internal(format!("unit {} has no area", unit.code)))?;
        let tier: Tier = views::parse_column(&area.tier, "areas.tier")?;
        let now = hopdong_store::now_utc();
        let new = NewContract {
            unit_code: unit.code.clone(),
            kind: match request.kind {
                ContractKind::Creation => "creation",
                ContractKind::Maintenance => "maintenance",
            }
            .to_owned(),
            state: ContractState::Signed.as_str().to_owned(),
            start_date: request.start,
            last_day,
            tier: tier.as_str().to_owned(),
            monthly_fee: request.monthly_fee,
            months: i32::from(CONTRACT_MONTHS),
            total: request.monthly_fee * i64::from(CONTRACT_MONTHS),
            vat_percent: None,
            imported: true,
            version: 1,
            created_at: now,
            updated_at: now,
        };
        let row = contracts::insert_contract(conn, &new, &actor(caller))?;
        respond(conn, &row)
    })
}
