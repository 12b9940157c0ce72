//! Contracts, their state changes, payments and yearly numbers.

use diesel::expression::BoxableExpression;
use diesel::prelude::*;
use diesel::sql_types::Bool;
use hopdong_domain::{ContractFacts, ContractState};
use time::{Date, PrimitiveDateTime};

use crate::schema::{contract_events, contracts, number_sequences, payments, units};
use crate::{DbConnection, Scope, StoreError};

type Db = <DbConnection as Connection>::Backend;

/// The name of the partial unique index that allows one open contract per unit.
pub const ONE_OPEN_CONTRACT_INDEX: &str = "contracts_one_open";

/// A `WHERE` predicate on `contracts` that keeps only what the caller may see.
pub type ContractFilter = Box<dyn BoxableExpression<contracts::table, Db, SqlType = Bool>>;

/// Builds the predicate that limits a query on `contracts` to `scope`.
pub fn visible_contracts(scope: &Scope) -> ContractFilter {
    match scope {
        Scope::Unit(code) => Box::new(contracts::unit_code.eq(code.clone())),
        Scope::District(office) => Box::new(
            contracts::unit_code.eq_any(
                units::table
                    .filter(units::office_id.assume_not_null().eq(*office))
                    .select(units::code),
            ),
        ),
        Scope::Centre => Box::new(diesel::dsl::sql::<Bool>("1 = 1")),
    }
}

/// A contract as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = contracts)]
pub struct ContractRow {
    pub id: i64,
    pub unit_code: String,
    pub kind: String,
    pub state: String,
    pub start_date: Date,
    pub last_day: Date,
    pub tier: String,
    pub monthly_fee: i64,
    pub months: i32,
    pub total: i64,
    pub vat_percent: Option<i32>,
    pub number_year: Option<i32>,
    pub number_seq: Option<i32>,
    pub details_snapshot: Option<String>,
    pub imported: bool,
    pub cancel_reason: Option<String>,
    pub version: i64,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl ContractRow {
    /// Parses the state column; an unknown value is a corrupt row.
    pub fn state(&self) -> Result<ContractState, StoreError> {
        self.state.parse().map_err(|_| {
            StoreError::Corrupt(format!(
                "contract {} has an unknown state {:?}",
                self.id, self.state
            ))
        })
    }

    pub fn facts(&self) -> Result<ContractFacts, StoreError> {
        Ok(ContractFacts {
            state: self.state()?,
            start: self.start_date,
            last_day: self.last_day,
        })
    }
}

/// A contract about to be inserted, with the figures it was drawn up with.
#[derive(Debug, Clone, PartialEq, Eq, Insertable)]
#[diesel(table_name = contracts)]
pub struct NewContract {
    pub unit_code: String,
    pub kind: String,
    pub state: String,
    pub start_date: Date,
    pub last_day: Date,
    pub tier: String,
    pub monthly_fee: i64,
    pub months: i32,
    pub total: i64,
    pub vat_percent: Option<i32>,
    pub imported: bool,
    pub version: i64,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

/// A recorded change of state.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = contract_events)]
pub struct ContractEvent {
    pub id: i64,
    pub contract_id: i64,
    pub from_state: Option<String>,
    pub to_state: String,
    pub actor_user_id: Option<i64>,
    pub actor_role: String,
    pub note: Option<String>,
    pub at: PrimitiveDateTime,
}

/// A payment recorded against a signed contract.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = payments)]
pub struct PaymentRow {
    pub id: i64,
    pub contract_id: i64,
    pub amount: i64,
    pub paid_on: Date,
    pub method: String,
    pub reference: Option<String>,
    pub recorded_by: Option<i64>,
    pub recorded_at: PrimitiveDateTime,
}

/// The account that made a change, for the event log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: Option<i64>,
    pub role: String,
}

/// Returns the history the renewal rules need: every contract of `unit_code`.
pub fn unit_history(
    conn: &mut DbConnection,
    unit_code: &str,
) -> Result<Vec<ContractFacts>, StoreError> {
    contracts::table
        .filter(contracts::unit_code.eq(unit_code))
        .select(ContractRow::as_select())
        .load(conn)?
        .iter()
        .map(ContractRow::facts)
        .collect()
}

/// Returns the histories of every unit `office` manages, keyed by unit code.
pub fn office_histories(
    conn: &mut DbConnection,
    office: i64,
) -> Result<Vec<(String, ContractFacts)>, StoreError> {
    let rows = contracts::table
        .inner_join(units::table)
        .filter(units::office_id.assume_not_null().eq(office))
        .select(ContractRow::as_select())
        .load(conn)?;
    rows.iter()
        .map(|row| Ok((row.unit_code.clone(), row.facts()?)))
        .collect()
}

/// Inserts a contract and records its first event; returns the stored row.
///
/// A second open contract for the same unit violates [`ONE_OPEN_CONTRACT_INDEX`] and comes back
/// as [`StoreError::Duplicate`].
pub fn insert_contract(
    conn: &mut DbConnection,
    contract: &NewContract,
    actor: &Actor,
) -> Result<ContractRow, StoreError> {
    diesel::insert_into(contracts::table)
        .values(contract)
        .execute(conn)?;
    // RETURNING is not available through the backend-neutral connection, so read the row back.
    // The newest id of this unit is ours because the caller is inside the write transaction.
    let row: ContractRow = contracts::table
        .filter(contracts::unit_code.eq(&contract.unit_code))
        .order(contracts::id.desc())
        .select(ContractRow::as_select())
        .first(conn)?;
    record_event(conn, row.id, None, &contract.state, actor, None)?;
    Ok(row)
}

/// Returns the open (draft, submitted or received) contract of a unit, if any.
pub fn find_open_contract(
    conn: &mut DbConnection,
    unit_code: &str,
) -> Result<Option<ContractRow>, StoreError> {
    Ok(contracts::table
        .filter(contracts::unit_code.eq(unit_code))
        .filter(contracts::state.eq_any(["draft", "submitted", "received"]))
        .select(ContractRow::as_select())
        .first(conn)
        .optional()?)
}

/// Returns contract `id` of `unit_code` if `scope` may see it.
pub fn find_contract(
    conn: &mut DbConnection,
    scope: &Scope,
    unit_code: &str,
    id: i64,
) -> Result<Option<ContractRow>, StoreError> {
    Ok(contracts::table
        .filter(contracts::id.eq(id))
        .filter(contracts::unit_code.eq(unit_code))
        .filter(visible_contracts(scope))
        .select(ContractRow::as_select())
        .first(conn)
        .optional()?)
}

/// Lists the contracts of `unit_code` that `scope` may see, newest first.
pub fn list_unit_contracts(
    conn: &mut DbConnection,
    scope: &Scope,
    unit_code: &str,
) -> Result<Vec<ContractRow>, StoreError> {
    Ok(contracts::table
        .filter(contracts::unit_code.eq(unit_code))
        .filter(visible_contracts(scope))
        .order((contracts::start_date.desc(), contracts::id.desc()))
        .select(ContractRow::as_select())
        .load(conn)?)
}

/// Lists the contracts in `state` that `scope` may see, oldest change first: a work queue.
pub fn list_by_state(
    conn: &mut DbConnection,
    scope: &Scope,
    state: &str,
    limit: i64,
) -> Result<Vec<ContractRow>, StoreError> {
    Ok(contracts::table
        .filter(contracts::state.eq(state))
        .filter(visible_contracts(scope))
        .order((contracts::updated_at.asc(), contracts::id.asc()))
        .limit(limit)
        .select(ContractRow::as_select())
        .load(conn)?)
}

/// The parts of a state change other than the new state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StateChange {
    /// A contract number given on submission: (year, sequence).
    pub number: Option<(i32, i32)>,
    /// The unit's details frozen on submission, as JSON.
    pub snapshot: Option<String>,
    pub cancel_reason: Option<String>,
}

/// Moves contract `id` from `from` to `to` if it is still in `from`, and records the event.
///
/// Returns the updated row. When another request changed the state first, nothing is written
/// and the error is [`StoreError::VersionConflict`].
pub fn change_state(
    conn: &mut DbConnection,
    id: i64,
    from: ContractState,
    to: ContractState,
    change: &StateChange,
    actor: &Actor,
) -> Result<ContractRow, StoreError> {
    let target = contracts::table
        .filter(contracts::id.eq(id))
        .filter(contracts::state.eq(from.as_str()));
    let now = crate::now_utc();
    let changed = diesel::update(target)
        .set((
            contracts::state.eq(to.as_str()),
            contracts::version.eq(contracts::version + 1),
            contracts::updated_at.eq(now),
        ))
        .execute(conn)?;
    if changed == 0 {
        let current: i64 = contracts::table
            .find(id)
            .select(contracts::version)
            .first(conn)?;
        return Err(StoreError::VersionConflict { current });
    }
    if let Some((year, seq)) = change.number {
        diesel::update(contracts::table.find(id))
            .set((
                contracts::number_year.eq(year),
                contracts::number_seq.eq(seq),
            ))
            .execute(conn)?;
    }
    if let Some(snapshot) = &change.snapshot {
        diesel::update(contracts::table.find(id))
            .set(contracts::details_snapshot.eq(snapshot))
            .execute(conn)?;
    }
    if let Some(reason) = &change.cancel_reason {
        diesel::update(contracts::table.find(id))
            .set(contracts::cancel_reason.eq(reason))
            .execute(conn)?;
    }
    record_event(
        conn,
        id,
        Some(from.as_str()),
        to.as_str(),
        actor,
        change.cancel_reason.as_deref(),
    )?;
    Ok(contracts::table
        .find(id)
        .select(ContractRow::as_select())
        .first(conn)?)
}

fn record_event(
    conn: &mut DbConnection,
    contract_id: i64,
    from: Option<&str>,
    to: &str,
    actor: &Actor,
    note: Option<&str>,
) -> Result<(), StoreError> {
    diesel::insert_into(contract_events::table)
        .values((
            contract_events::contract_id.eq(contract_id),
            contract_events::from_state.eq(from),
            contract_events::to_state.eq(to),
            contract_events::actor_user_id.eq(actor.user_id),
            contract_events::actor_role.eq(&actor.role),
            contract_events::note.eq(note),
            contract_events::at.eq(crate::now_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Lists the recorded state changes of contract `id`, oldest first.
pub fn list_events(conn: &mut DbConnection, id: i64) -> Result<Vec<ContractEvent>, StoreError> {
    Ok(contract_events::table
        .filter(contract_events::contract_id.eq(id))
        .order(contract_events::id)
        .select(ContractEvent::as_select())
        .load(conn)?)
}

/// Makes sure the counter row of `series` for `year` exists.
///
/// Run it outside the transaction that takes a number: on PostgreSQL a failed insert would abort
/// that transaction, and here a concurrent insert of the same row is simply ignored.
pub fn ensure_sequence(conn: &mut DbConnection, series: &str, year: i32) -> Result<(), StoreError> {
    let exists = number_sequences::table
        .find((series, year))
        .select(number_sequences::last_value)
        .first::<i32>(conn)
        .optional()?
        .is_some();
    if exists {
        return Ok(());
    }
    let inserted = diesel::insert_into(number_sequences::table)
        .values((
            number_sequences::series.eq(series),
            number_sequences::year.eq(year),
            number_sequences::last_value.eq(0),
        ))
        .execute(conn);
    match inserted.map_err(StoreError::from) {
        Ok(_) | Err(StoreError::Duplicate { .. }) => Ok(()),
        Err(other) => Err(other),
    }
}

/// Takes the next number of `series` in `year`, inside the caller's transaction.
///
/// The `UPDATE` locks the counter row until the transaction ends, so concurrent callers wait for
/// each other and a rolled-back transaction gives its number back: the sequence has no gaps.
pub fn next_number(conn: &mut DbConnection, series: &str, year: i32) -> Result<i32, StoreError> {
    let row = number_sequences::table.find((series, year));
    let changed = diesel::update(row)
        .set(number_sequences::last_value.eq(number_sequences::last_value + 1))
        .execute(conn)?;
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(row.select(number_sequences::last_value).first(conn)?)
}

/// Records a payment of `amount` đồng against contract `contract_id`.
pub fn insert_payment(
    conn: &mut DbConnection,
    contract_id: i64,
    amount: i64,
    paid_on: Date,
    method: &str,
    reference: Option<&str>,
    recorded_by: Option<i64>,
) -> Result<PaymentRow, StoreError> {
    diesel::insert_into(payments::table)
        .values((
            payments::contract_id.eq(contract_id),
            payments::amount.eq(amount),
            payments::paid_on.eq(paid_on),
            payments::method.eq(method),
            payments::reference.eq(reference),
            payments::recorded_by.eq(recorded_by),
            payments::recorded_at.eq(crate::now_utc()),
        ))
        .execute(conn)?;
    Ok(payments::table
        .filter(payments::contract_id.eq(contract_id))
        .order(payments::id.desc())
        .select(PaymentRow::as_select())
        .first(conn)?)
}

/// Lists the payments of contract `contract_id`, oldest first.
pub fn list_payments(
    conn: &mut DbConnection,
    contract_id: i64,
) -> Result<Vec<PaymentRow>, StoreError> {
    Ok(payments::table
        .filter(payments::contract_id.eq(contract_id))
        .order(payments::id)
        .select(PaymentRow::as_select())
        .load(conn)?)
}

/// Returns the amount paid so far on contract `contract_id`.
pub fn paid_amount(conn: &mut DbConnection, contract_id: i64) -> Result<i64, StoreError> {
    let amounts: Vec<i64> = payments::table
        .filter(payments::contract_id.eq(contract_id))
        .select(payments::amount)
        .load(conn)?;
    Ok(amounts.iter().sum())
}

/// Locks the row of contract `id` until the transaction ends, so a balance check and the
/// payment it allows cannot interleave with another payment on the same contract.
pub fn lock_contract(conn: &mut DbConnection, id: i64) -> Result<(), StoreError> {
    let changed = diesel::update(contracts::table.find(id))
        .set(contracts::version.eq(contracts::version))
        .execute(conn)?;
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}
