//! One component per screen of the app.

mod accounts;
mod contract;
mod dashboard;
mod lookup;
mod not_found;
mod print;
mod queues;
mod sign_in;
mod unit;
mod units_admin;

pub use accounts::Accounts;
pub use contract::ContractPage;
pub use dashboard::Dashboard;
pub use lookup::Lookup;
pub use not_found::NotFound;
pub use print::PrintPage;
pub use queues::Queues;
pub use sign_in::SignIn;
pub use unit::UnitPage;
pub use units_admin::UnitsAdmin;
