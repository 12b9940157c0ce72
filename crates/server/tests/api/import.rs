//! `hopdong import units`: all-or-nothing, every bad row reported, idempotent.

use hopdong::import::{self, ImportError};

use crate::common::{self, TestApp};
use crate::on_both_backends;

const GOOD: &str = "code,name,area_code,office_id,tax_code,invoice_email\n\
79760901,Trường Mầm non Thử Nghiệm,760,1,0304541339,ketoan@example.edu.vn\n\
79783902,\"Trường THCS Tân Thạnh Đông, Củ Chi\",783,,,\n";

#[test]
fn bad_rows_are_all_reported() {
    let text =
        "code,name,area_code\n7976,Short,760\n79760001,,760\n79760002,Dup,760\n79760002,Dup,760\n";
    let (rows, errors) = import::parse_units_csv(text, "79");
    assert_eq!(rows.len(), 1);
    let lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [2, 3, 5]);
    assert!(errors[0].reason.contains("79XXXXXX"), "{}", errors[0]);
    assert!(errors[1].reason.contains("name"), "{}", errors[1]);
    assert!(errors[2].reason.contains("more than once"), "{}", errors[2]);
}

#[test]
fn header_must_name_columns() {
    let (_, errors) = import::parse_units_csv("code,title\n79760001,x\n", "79");
    assert_eq!(errors[0].line, 1);
    assert!(errors[0].reason.contains("name"), "{}", errors[0]);
    let (_, errors) = import::parse_units_csv("code,name,area_code,colour\n", "79");
    assert!(errors[0].reason.contains("colour"), "{}", errors[0]);
    let (_, errors) = import::parse_units_csv("code,name,area_code,code\n", "79");
    assert!(errors[0].reason.contains("twice"), "{}", errors[0]);
}

#[test]
fn semicolons_separate_fields_too() {
    let (rows, errors) = import::parse_units_csv(
        "code;name;area_code\n79760901;Trường A, cơ sở 2;760\n",
        "79",
    );
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(rows[0].unit.name, "Trường A, cơ sở 2");
}

#[test]
fn invalid_details_name_the_line() {
    let text =
        "code,name,area_code,tax_code\n79760901,A,760,0304541339\n79760902,B,760,0304541338\n";
    let (_, errors) = import::parse_units_csv(text, "79");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 3);
}

#[test]
fn invisible_name_is_rejected() {
    let (_, errors) =
        import::parse_units_csv("code,name,area_code\n79760901,\u{202e}\u{200b},760\n", "79");
    assert_eq!(errors.len(), 1);
    assert!(errors[0].reason.contains("invisible"), "{}", errors[0]);
}

async fn import_twice(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let store = app.state.store.clone();
    let result = actix_web::web::block(move || {
        let first = import::import_file(&store, GOOD, "79").map_err(|e| format!("{e:?}"))?;
        let second = import::import_file(&store, GOOD, "79").map_err(|e| format!("{e:?}"))?;

        // One file with a bad row and an unknown area: both reported at once, nothing written.
        let mixed =
            "code,name,area_code\n79760903,Trường Mới,760\n7976,Ngắn,760\n79760904,Trường Lạ,999\n";
        let refused = match import::import_file(&store, mixed, "79") {
            Err(ImportError::Rows(errors)) => errors,
            other => return Err(format!("expected row errors, got {other:?}")),
        };
        let written = store
            .read(|conn| hopdong_store::units::find_identity(conn, "79760903"))
            .map_err(|e| e.to_string())?;

        // Without an office_id column a unit keeps the office that manages it.
        let without_office = "code,name,area_code\n79760118,TTGDTX Quận 1,760\n";
        let kept =
            import::import_file(&store, without_office, "79").map_err(|e| format!("{e:?}"))?;
        let office = store
            .read(|conn| hopdong_store::units::find_identity(conn, "79760118"))
            .map_err(|e| e.to_string())?
            .and_then(|unit| unit.office_id);
        Ok::<_, String>((first, second, refused, written, kept, office))
    })
    .await
    .unwrap()
    .unwrap();
    let (first, second, refused, written, kept, office) = result;
    assert_eq!((first.inserted, first.updated, first.unchanged), (2, 0, 0));
    assert_eq!(
        (second.inserted, second.updated, second.unchanged),
        (0, 0, 2)
    );
    let lines: Vec<u64> = refused.iter().map(|e| e.line).collect();
    assert_eq!(lines, [3, 4]);
    assert!(written.is_none(), "nothing of a refused file is written");
    assert_eq!((kept.inserted, kept.updated, kept.unchanged), (0, 0, 1));
    assert!(
        office.is_some(),
        "the district office still manages its centre"
    );

    let centre = app.token("centre").await;
    let (status, unit) = app.get("/api/v1/units/79760901", Some(&centre)).await;
    assert_eq!(status, 200, "{unit}");
    assert_eq!(unit["details"]["invoice_email"], "ketoan@example.edu.vn");
    assert_eq!(unit["managing_office"]["id"], 1);
}
on_both_backends!(import_is_idempotent, import_twice);

#[actix_rt::test]
async fn sqlite_backup_is_complete() {
    let app = TestApp::start(common::Backend::Sqlite).await;
    let target = app.db.dir.path().join("copy.sqlite");
    let store = app.state.store.clone();
    let copy = target.clone();
    let units = actix_web::web::block(move || {
        store.backup_sqlite(&copy)?;
        let again = store.backup_sqlite(&copy);
        assert!(again.is_err(), "an existing file is never overwritten");
        let restored = hopdong_store::Store::open(copy.to_str().unwrap())?;
        restored.read(hopdong_store::units::count_units)
    })
    .await
    .unwrap()
    .unwrap();
    assert_eq!(units, 290);
}
