//! Small components shared by the pages.

mod badge;
mod field;
mod header;
mod link;
mod notice;

pub use badge::{ContractStateBadge, PortalStatusBadge};
pub use field::{select_value, Field, SelectField};
pub use header::Header;
pub use link::Link;
pub use notice::{remote_view, EmptyState, ErrorNotice, Loading, Notice, NoticeKind};
