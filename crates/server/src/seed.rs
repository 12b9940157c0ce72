//! The city's real data, loaded into an empty database: districts with their tiers, one
//! education office per district, the 290 schools of the 2019 exam list, the 2019 tariff, and
//! demo accounts.
//!
//! The schools' published codes are exam-registration codes, not the 8-digit unit codes, which
//! are not public. Demo unit codes are derived visibly as province prefix + the district's
//! 3-digit statistics code + the 3-digit exam school number: THPT Trưng Vương (exam school 001 in
//! Quận 1, statistics code 760) becomes 79760001. They are demo codes, not the Centre's.
//!
//! Who manages a school follows one rule: a continuing-education centre named after its
//! district ("TTGDTX Quận 1", "TTGDTX H. Củ Chi") is managed by that district's office; every
//! other school on the list (upper-secondary and multi-level schools, colleges, vocational and
//! city-level centres) is managed directly by the Department.

use hopdong_domain::{fold_for_search, tier_for_area_type, Tariff};
use hopdong_store::accounts::{self, NewUser};
use hopdong_store::areas::{self, Area};
use hopdong_store::units::NewUnit;
use hopdong_store::{tariffs, units, Scope, Store, StoreError};

use crate::auth::password;
use crate::import::{self, ImportError, UnitImport};

const DISTRICTS_CSV: &str = include_str!("../seed/hcmc_districts_2019.csv");
const SCHOOLS_CSV: &str = include_str!("../seed/hcmc_schools_exam_codes_2019.csv");

/// The district office whose account is created as a demo: Quận 1.
const DEMO_DISTRICT_AREA: &str = "760";

/// Reads the shipped districts list into areas, with the tier fixed from the district's type.
pub fn districts() -> Result<Vec<Area>, String> {
    let mut reader = csv::Reader::from_reader(DISTRICTS_CSV.as_bytes());
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("districts list: {e}"))?;
        let (code, name, area_type) = (&record[0], &record[1], &record[2]);
        let tier = tier_for_area_type(area_type)
            .ok_or_else(|| format!("district {name}: unknown type {area_type:?}"))?;
        out.push(Area {
            code: code.to_owned(),
            name: name.to_owned(),
            area_type: area_type.to_owned(),
            tier: tier.as_str().to_owned(),
        });
    }
    Ok(out)
}

/// Builds the name of the education office of `district`.
pub fn office_name(district: &str) -> String {
    format!("Phòng Giáo dục và Đào tạo {district}")
}

/// Tells whether a school is the continuing-education centre of its own district.
pub fn is_district_centre(school: &str, district: &str) -> bool {
    let school = fold_for_search(school);
    let Some(rest) = school.strip_prefix("ttgdtx ") else {
        return false;
    };
    let district = fold_for_search(district);
    let short = district
        .strip_prefix("huyen ")
        .map(|name| format!("h. {name}"));
    rest == district || Some(rest.to_owned()) == short
}

/// One school of the shipped list, with its derived demo code and its district.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct School {
    pub code: String,
    pub name: String,
    pub area_code: String,
    pub district_centre: bool,
}

/// Reads the shipped schools list, deriving each demo unit code.
pub fn schools(prefix: &str, districts: &[Area]) -> Result<Vec<School>, String> {
    let mut reader = csv::Reader::from_reader(SCHOOLS_CSV.as_bytes());
    let mut out = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line = index + 2;
        let record = record.map_err(|e| format!("schools list line {line}: {e}"))?;
        let (number, name, district_name) = (&record[1], record[2].trim(), record[4].trim());
        let district = districts
            .iter()
            .find(|d| fold_for_search(&d.name) == fold_for_search(district_name))
            .ok_or_else(|| {
                format!("schools list line {line}: unknown district {district_name:?}")
            })?;
        if number.len() != 3 || !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!(
                "schools list line {line}: school number {number:?} is not 3 digits"
            ));
        }
        out.push(School {
            code: format!("{prefix}{}{number}", district.code),
            name: name.to_owned(),
            area_code: district.code.clone(),
            district_centre: is_district_centre(name, district_name),
        });
    }
    Ok(out)
}

/// Counts of what start-up seeding inserted.
#[derive(Debug, Default)]
pub struct SeedReport {
    pub areas: usize,
    pub units: usize,
    pub tariff_added: bool,
    /// Demo accounts created now: (role, username, password), to print once.
    pub demo_accounts: Vec<(String, String, String)>,
}

/// Seeds what an empty database lacks: the 2019 tariff, and the districts with their offices,
/// whenever none exist; the demo schools and demo accounts too when `with_demo` is set and the
/// districts were only just added.
pub fn seed(store: &Store, prefix: &str, with_demo: bool) -> Result<SeedReport, String> {
    let tariff_added = store
        .write(|conn| {
            if tariffs::count_tariffs(conn)? > 0 {
                return Ok(false);
            }
            tariffs::insert_tariff(conn, &Tariff::letter_2019())?;
            Ok::<_, StoreError>(true)
        })
        .map_err(|e| format!("seeding the tariff failed: {e}"))?;
    let mut report = SeedReport {
        tariff_added,
        ..SeedReport::default()
    };
    let empty = store
        .read(|conn| Ok::<_, StoreError>(areas::list_areas(conn)?.is_empty()))
        .map_err(|e| e.to_string())?;
    if !empty {
        return Ok(report);
    }

    let districts = districts()?;
    let schools = schools(prefix, &districts)?;
    let offices = store
        .write(|conn| {
            let mut offices = Vec::new();
            for district in &districts {
                areas::insert_area_if_missing(conn, district)?;
                let id =
                    areas::ensure_office(conn, &office_name(&district.name), Some(&district.code))?;
                offices.push((district.code.clone(), id));
            }
            Ok::<_, StoreError>(offices)
        })
        .map_err(|e| format!("seeding districts failed: {e}"))?;
    report.areas = districts.len();
    if !with_demo {
        return Ok(report);
    }

    let rows: Vec<UnitImport> = schools
        .iter()
        .enumerate()
        .map(|(index, school)| UnitImport {
            line: index as u64 + 2,
            unit: NewUnit {
                code: school.code.clone(),
                name: school.name.clone(),
                area_code: school.area_code.clone(),
                office_id: if school.district_centre {
                    offices
                        .iter()
                        .find(|(area, _)| *area == school.area_code)
                        .map(|(_, id)| *id)
                } else {
                    None
                },
            },
            sets_office: true,
            details: None,
        })
        .collect();
    let imported = import::apply(store, &rows).map_err(|error| match error {
        ImportError::Rows(rows) => format!("seeding schools failed: {}", rows[0]),
        ImportError::Store(e) => format!("seeding schools failed: {e}"),
    })?;
    report.units = imported.inserted;
    report.demo_accounts =
        demo_accounts(store).map_err(|e| format!("creating demo accounts failed: {e}"))?;
    Ok(report)
}

/// Creates the three demo accounts when no account exists yet, with random passwords.
fn demo_accounts(store: &Store) -> Result<Vec<(String, String, String)>, StoreError> {
    if store.read(accounts::count_users)? > 0 {
        return Ok(Vec::new());
    }
    let (office, unit) = store.read(|conn| {
        let office =
            areas::find_office_of_area(conn, DEMO_DISTRICT_AREA)?.ok_or(StoreError::NotFound)?;
        let unit = units::first_unit_of_office(conn, office.id)?.ok_or(StoreError::NotFound)?;
        Ok::<_, StoreError>((office, unit))
    })?;
    let wanted = [
        ("centre", "centre".to_owned(), Scope::Centre),
        ("district", "quan1".to_owned(), Scope::District(office.id)),
        ("unit", unit.clone(), Scope::Unit(unit)),
    ];
    let mut created = Vec::new();
    for (role, username, scope) in wanted {
        let secret = password::generate();
        let password_hash =
            password::hash(&secret).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let user = NewUser {
            username: username.clone(),
            password_hash,
            scope,
        };
        store.write(|conn| accounts::insert_user(conn, &user))?;
        created.push((role.to_owned(), username, secret));
    }
    Ok(created)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn districts_have_tiers() {
        let districts = districts().unwrap();
        assert_eq!(districts.len(), 24);
        let rural: Vec<&str> = districts
            .iter()
            .filter(|d| d.tier == "rural")
            .map(|d| d.name.as_str())
            .collect();
        assert_eq!(rural.len(), 5);
        assert!(rural.contains(&"Huyện Củ Chi"));
        assert_eq!(
            districts.iter().find(|d| d.code == "760").unwrap().tier,
            "urban"
        );
    }

    #[test]
    fn every_school_gets_a_unique_code() {
        let districts = districts().unwrap();
        let schools = schools("79", &districts).unwrap();
        assert_eq!(schools.len(), 290);
        let mut codes: Vec<&str> = schools.iter().map(|s| s.code.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 290);
        assert!(codes.iter().all(|c| c.len() == 8 && c.starts_with("79")));
        let first = schools
            .iter()
            .find(|s| s.name == "THPT Trưng Vương")
            .unwrap();
        assert_eq!(first.code, "79760001");
    }

    #[test]
    fn district_centres_follow_the_rule() {
        assert!(is_district_centre("TTGDTX Quận 1", "Quận 1"));
        assert!(is_district_centre("TTGDTX H. Củ Chi", "Huyện Củ Chi"));
        assert!(!is_district_centre("TTGDTX Quận 1", "Quận 10"));
        assert!(!is_district_centre("TTGDTX Chu Văn An", "Quận 5"));
        assert!(!is_district_centre("THPT Trưng Vương", "Quận 1"));
    }

    #[test]
    fn each_district_has_one_centre() {
        let districts = districts().unwrap();
        let schools = schools("79", &districts).unwrap();
        let centres: Vec<&School> = schools.iter().filter(|s| s.district_centre).collect();
        assert_eq!(centres.len(), 24);
        for district in &districts {
            assert_eq!(
                centres
                    .iter()
                    .filter(|s| s.area_code == district.code)
                    .count(),
                1,
                "{}",
                district.name
            );
        }
    }
}
