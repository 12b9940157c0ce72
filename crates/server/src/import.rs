//! `hopdong import units FILE.csv`: registers or updates units from a CSV file.
//!
//! The file is UTF-8 with a header row naming the columns `code,name,area_code`, and optionally
//! `office_id` and any detail column (`address`, `phone`, `invoice_email`, `tax_code`,
//! `representative`, `representative_title`, `account_number`, `account_bank`, `website`).
//! Commas or semicolons separate the fields (Excel writes semicolons in a Vietnamese locale).
//! A column left out keeps what is stored; an empty `office_id` cell means the Department
//! manages the unit. An import is all-or-nothing: every row is checked first, each bad row is
//! reported by line number and reason, and nothing is written unless every row is valid.
//! Running the same file twice changes nothing the second time.

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
    /// False when the file has no `office_id` column: a stored unit keeps its office.
    pub sets_office: bool,
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

/// Counts of what an import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
}

const REQUIRED_COLUMNS: [&str; 3] = ["code", "name", "area_code"];

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

fn header_error(reason: String) -> Vec<RowError> {
    vec![RowError { line: 1, reason }]
}

/// Picks the field separator from the header line: a semicolon when the header has semicolons
/// and no commas, otherwise a comma.
fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    if header.contains(';') && !header.contains(',') {
        b';'
    } else {
        b','
    }
}

/// Reads and checks the header, returning the column names in file order.
fn columns(reader: &mut csv::Reader<&[u8]>) -> Result<Vec<String>, Vec<RowError>> {
    let headers = reader
        .headers()
        .map_err(|error| header_error(format!("unreadable header: {error}")))?;
    let names: Vec<String> = headers
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_owned())
        .collect();
    let missing: Vec<&str> = REQUIRED_COLUMNS
        .into_iter()
        .filter(|required| !names.iter().any(|name| name == required))
        .collect();
    if !missing.is_empty() {
        return Err(header_error(format!(
            "the header lacks the column(s) {}; it must have code,name,area_code and may add \
             office_id and detail columns",
            missing.join(", ")
        )));
    }
    let known: Vec<&str> = REQUIRED_COLUMNS
        .into_iter()
        .chain(["office_id"])
        .chain(DETAIL_COLUMNS)
        .collect();
    let mut seen = HashSet::new();
    for name in &names {
        if !known.contains(&name.as_str()) {
            return Err(header_error(format!(
                "unknown column {name:?}; known columns: {}",
                known.join(", ")
            )));
        }
        if !seen.insert(name.as_str()) {
            return Err(header_error(format!(
                "column {name:?} appears twice in the header"
            )));
        }
    }
    Ok(names)
}

/// Parses and checks a units CSV without the database. Returns the valid rows and every bad
/// row, not just the first.
pub fn parse_units_csv(text: &str, province_prefix: &str) -> (Vec<UnitImport>, Vec<RowError>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let names = match columns(&mut reader) {
        Ok(names) => names,
        Err(errors) => return (Vec::new(), errors),
    };
    let column = |name: &str| names.iter().position(|n| n == name);
    let sets_office = column("office_id").is_some();
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
        match check_row(&field, province_prefix, sets_office, has_details, &mut seen) {
            Ok((unit, details)) => rows.push(UnitImport {
                line,
                unit,
                sets_office,
                details,
            }),
            Err(reasons) => errors.push(RowError {
                line,
                reason: reasons.join("; "),
            }),
        }
    }
    (rows, errors)
}

type CheckedRow = (NewUnit, Option<UnitDetails>);

fn check_row(
    field: &dyn Fn(&str) -> String,
    province_prefix: &str,
    sets_office: bool,
    has_details: bool,
    seen: &mut HashSet<String>,
) -> Result<CheckedRow, Vec<String>> {
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
    } else if name.chars().count() > 200 {
        reasons.push("name must be at most 200 characters".to_owned());
    } else if let Some((_, message)) = validate::text_problem("name", &name) {
        reasons.push(message);
    }
    let area_code = field("area_code");
    if area_code.is_empty() {
        reasons.push("area_code is empty".to_owned());
    }
    let office_id = match optional("office_id").filter(|_| sets_office) {
        None => None,
        Some(text) => match text.parse::<i64>() {
            Ok(id) => Some(id),
            Err(_) => {
                reasons.push(format!("office_id {text:?} is not a whole number"));
                None
            }
        },
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
        Ok((
            NewUnit {
                code,
                name,
                area_code,
                office_id,
            },
            details,
        ))
    } else {
        Err(reasons)
    }
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

/// Checks a whole file, the rows' areas and offices included, and imports it only when every
/// row is valid. Every problem of the file is reported at once.
pub fn import_file(
    store: &Store,
    text: &str,
    province_prefix: &str,
) -> Result<ImportReport, ImportError> {
    let (rows, mut errors) = parse_units_csv(text, province_prefix);
    let mut reference_errors = store.read(|conn| reference_errors(conn, &rows))?;
    errors.append(&mut reference_errors);
    if !errors.is_empty() {
        errors.sort_by_key(|error| error.line);
        return Err(ImportError::Rows(errors));
    }
    apply(store, &rows)
}

/// Writes checked rows in one transaction, after checking that their areas and offices exist.
pub fn apply(store: &Store, rows: &[UnitImport]) -> Result<ImportReport, ImportError> {
    store.write(|conn| {
        let errors = reference_errors(conn, rows)?;
        if !errors.is_empty() {
            return Err(ImportError::Rows(errors));
        }
        let mut report = ImportReport::default();
        for row in rows {
            apply_row(conn, row, &mut report)?;
        }
        Ok(report)
    })
}

fn reference_errors(
    conn: &mut DbConnection,
    rows: &[UnitImport],
) -> Result<Vec<RowError>, StoreError> {
    let mut errors = Vec::new();
    for row in rows {
        if areas::find_area(conn, &row.unit.area_code)?.is_none() {
            errors.push(RowError {
                line: row.line,
                reason: format!(
                    "area {:?} does not exist; GET /api/v1/areas lists the area codes",
                    row.unit.area_code
                ),
            });
        }
        if let Some(office) = row.unit.office_id {
            if areas::find_office(conn, office)?.is_none() {
                errors.push(RowError {
                    line: row.line,
                    reason: format!(
                        "office {office} does not exist; GET /api/v1/offices lists the office ids"
                    ),
                });
            }
        }
    }
    Ok(errors)
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
        Some(stored) => {
            let mut wanted = row.unit.clone();
            if !row.sets_office {
                wanted.office_id = stored.office_id;
            }
            if *stored != wanted {
                units::update_identity(conn, &wanted)?;
                changed = true;
            }
        }
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
