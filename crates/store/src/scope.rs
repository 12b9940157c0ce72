//! The part of the data a caller may see, put into each query's `WHERE` clause.

/// The part of the data a signed-in caller may read and change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// One unit, by its code.
    Unit(String),
    /// The units one district office manages.
    District(i64),
    /// Everything: the Centre's scope.
    Centre,
}
