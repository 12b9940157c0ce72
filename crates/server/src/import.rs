//! `hopdong import units FILE.csv`: registers or updates units from a CSV file.
//!
//! The file needs the columns `code,name,area_code` and may add `office_id` (empty: managed by
//! the Department) and any detail column (`address`, `phone`, `invoice_email`, `tax_code`,
//! `representative`, `representative_title`, `account_number`, `account_bank`, `website`).
//! An import is all-or-nothing: every row is checked first, each bad row is reported by line
//! number and reason, and nothing is written unless every row is valid. Running the same file
//! twice changes nothing the second time.

use std::collections::HashSet;

use hopdong_api_types::UnitDetailsView;
use hopdong_store::units::{NewUnit, UnitDetails};
use hopdong_store::{areas, units, DbConnection, Scope, Store, StoreError};

use crate::services::parse_unit_code;
use crate::validate;

/// One valid row, ready to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitImport {
    pub line: u64,
    pub unit: NewUnit,
    /// `None` when the file has no detail columns: stored details are left alone.
    pub details: Option<UnitDetails>,
}

/// A row that cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub reason: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// What an import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
}

const DETAIL_COLUMNS: [&str; 9] = [
    "address",
    "phone",
    "invoice_email",
    "tax_code",
    "representative",
    "representative_title",
    "account_number",
    "account_bank",
    "website",
];

/// Parses and checks a units CSV. Returns every bad row, not just the first.
pub fn parse_units_csv(
    text: &str,
    province_prefix: &str,
) -> Result<Vec<UnitImport>, Vec<RowError>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(error) => {
            return Err(vec![RowError {
                line: 1,
                reason: format!("unreadable header: {error}"),
            }])
        }
    };
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}') == name)
    };
    let missing: Vec<&str> = ["code", "name", "area_code"]
        .into_iter()
        .filter(|name| column(name).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(vec![RowError {
            line: 1,
            reason: format!(
                "the header lacks the column(s) {}; it must have code,name,area_code and may add \
                 office_id and detail columns",
                missing.join(", ")
            ),
        }]);
    }
    let known: HashSet<&str> = ["code", "name", "area_code", "office_id"]
        .into_iter()
        .chain(DETAIL_COLUMNS)
        .collect();
    if let Some(unknown) = headers
        .iter()
        .find(|h| !known.contains(h.trim_start_matches('\u{feff}')))
    {
        return Err(vec![RowError {
            line: 1,
            reason: format!(
                "unknown column {unknown:?}; known columns: {}",
                known_list(&known)
            ),
        }]);
    }
    let has_details = DETAIL_COLUMNS.iter().any(|name| column(name).is_some());

    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map(|p| p.line()).unwrap_or(0);
                errors.push(RowError {
                    line,
                    reason: format!("unreadable row: {error}"),
                });
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let field = |name: &str| {
            column(name)
                .and_then(|i| record.get(i))
                .unwrap_or("")
                .to_owned()
        };
        let optional = |name: &str| Some(field(name)).filter(|v| !v.is_empty());
        let mut reasons = Vec::new();

        let code = match parse_unit_code(&field("code"), province_prefix, "code") {
            Ok(code) => code.as_str().to_owned(),
            Err(error) => {
                reasons.push(error.message);
                String::new()
            }
        };
        if !code.is_empty() && !seen.insert(code.clone()) {
            reasons.push(format!("unit {code} appears more than once in the file"));
        }
        let name = field("name");
        if name.is_empty() {
            reasons.push("name is empty".to_owned());
        } else if name.chars().count() > 200 || name.chars().any(char::is_control) {
            reasons
                .push("name must be at most 200 characters without control characters".to_owned());
        }
        let area_code = field("area_code");
        if area_code.is_empty() {
            reasons.push("area_code is empty".to_owned());
        }
        let office_id = match optional("office_id").map(|v| v.parse::<i64>()) {
            None => None,
            Some(Ok(id)) => Some(id),
            Some(Err(_)) => {
                reasons.push(format!(
                    "office_id {:?} is not a whole number",
                    field("office_id")
                ));
                None
            }
        };
        let details = if has_details {
            let view = UnitDetailsView {
                address: optional("address"),
                phone: optional("phone"),
                invoice_email: optional("invoice_email"),
                tax_code: optional("tax_code"),
                representative: optional("representative"),
                representative_title: optional("representative_title"),
                account_number: optional("account_number"),
                account_bank: optional("account_bank"),
                website: optional("website"),
            };
            match validate::details(&view) {
                Ok(details) => Some(details),
                Err(error) => {
                    reasons.extend(error.fields.into_iter().map(|f| f.message));
                    None
                }
            }
        } else {
            None
        };
        if reasons.is_empty() {
            rows.push(UnitImport {
                line,
                unit: NewUnit {
                    code,
                    name,
                    area_code,
                    office_id,
                },
                details,
            });
        } else {
            errors.push(RowError {
                line,
                reason: reasons.join("; "),
            });
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

fn known_list(known: &HashSet<&str>) -> String {
    let mut names: Vec<&str> = known.iter().copied().collect();
    names.sort_unstable();
    names.join(", ")
}

/// Errors of an import: bad rows, or a storage failure (after which nothing was written).
#[derive(Debug)]
pub enum ImportError {
    Rows(Vec<RowError>),
    Store(StoreError),
}

impl From<StoreError> for ImportError {
    fn from(error: StoreError) -> Self {
        ImportError::Store(error)
    }
}

impl From<hopdong_store::DieselError> for ImportError {
    fn from(error: hopdong_store::DieselError) -> Self {
        ImportError::Store(error.into())
    }
}

/// Writes checked rows in one transaction, after checking that their areas and offices exist.
pub fn apply(store: &Store, rows: &[UnitImport]) -> Result<ImportReport, ImportError> {
    store.write(|conn| {
        check_references(conn, rows)?;
        let mut report = ImportReport::default();
        for row in rows {
            apply_row(conn, row, &mut report)?;
        }
        Ok(report)
    })
}

fn check_references(conn: &mut DbConnection, rows: &[UnitImport]) -> Result<(), ImportError> {
    let mut errors = Vec::new();
    for row in rows {
        if areas::find_area(conn, &row.unit.area_code)?.is_none() {
            errors.push(RowError {
                line: row.line,
                reason: format!("area {:?} does not exist", row.unit.area_code),
            });
        }
        if let Some(office) = row.unit.office_id {
            if areas::find_office(conn, office)?.is_none() {
                errors.push(RowError {
                    line: row.line,
                    reason: format!("office {office} does not exist"),
                });
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ImportError::Rows(errors))
    }
}

fn apply_row(
    conn: &mut DbConnection,
    row: &UnitImport,
    report: &mut ImportReport,
) -> Result<(), ImportError> {
    let existing = units::find_identity(conn, &row.unit.code)?;
    let inserted = existing.is_none();
    let mut changed = false;
    match &existing {
        None => units::insert_unit(conn, &row.unit)?,
        Some(stored) if *stored != row.unit => {
            units::update_identity(conn, &row.unit)?;
            changed = true;
        }
        Some(_) => {}
    }
    if let Some(details) = &row.details {
        let stored =
            units::find_unit(conn, &Scope::Centre, &row.unit.code)?.ok_or(StoreError::NotFound)?;
        if &stored.details() != details {
            units::update_details(
                conn,
                &Scope::Centre,
                &row.unit.code,
                stored.version,
                details,
            )?;
            changed = true;
        }
    }
    if inserted {
        report.inserted += 1;
    } else if changed {
        report.updated += 1;
    } else {
        report.unchanged += 1;
    }
    Ok(())
}
