//! Fee, renewal and lifecycle rules of the yearly web-portal contracts between Ho Chi Minh
//! City's education information centre (the Centre) and its schools (units).
//!
//! Everything here is a pure function of its inputs: no I/O, no clock reads and no framework
//! types, so the server and a WebAssembly front end share the same rules. Callers pass "today"
//! as a date in Vietnam, which [`vietnam_today`] derives from an instant.

pub mod area;
pub mod clock;
pub mod contract;
mod explanation;
pub mod lang;
pub mod money;
mod names;
pub mod quote;
pub mod search;
pub mod status;
pub mod tariff;
pub mod tax_code;
pub mod term;
pub mod unit_code;
pub mod words;

pub use area::{tier_for_area_type, Tier};
pub use clock::vietnam_today;
pub use contract::{
    apply_transition, can_record_payment, ContractKind, ContractState, Role, Transition,
    TransitionError,
};
pub use lang::Lang;
pub use money::{format_date, format_vnd};
pub use names::ParseEnumError;
pub use quote::{quote_next_contract, ContractFacts, Quote, QuoteError, QuoteReason, QuoteRequest};
pub use search::fold_for_search;
pub use status::{portal_status, PortalStatus, StatusReport, DEFAULT_EXPIRING_WINDOW_DAYS};
pub use tariff::{split_tax, tariff_in_force, Tariff, TaxSplit, VatTreatment};
pub use tax_code::{TaxCode, TaxCodeError};
pub use term::CONTRACT_MONTHS;
pub use unit_code::{UnitCode, UnitCodeError};
pub use words::amount_in_words;
