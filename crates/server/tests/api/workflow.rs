//! The contract workflow over HTTP: draft → submitted → received → signed → paid.

use serde_json::{json, Value};

use crate::common::{self, complete_details, TestApp};
use crate::on_both_backends;

async fn office_row(app: &TestApp, token: &str, office: i64, code: &str) -> (Value, Value) {
    let (status, dashboard) = app
        .get(&format!("/api/v1/offices/{office}/units"), Some(token))
        .await;
    assert_eq!(status, 200, "{dashboard}");
    let row = dashboard["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["code"] == code)
        .cloned()
        .expect("the unit is on its office's dashboard");
    (row, dashboard["counts"].clone())
}

async fn full_workflow(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let code = app.demo_unit();
    let unit = app.token("unit").await;
    let centre = app.token("centre").await;
    let district = app.token("district").await;
    let (_, me) = app.get("/api/v1/auth/me", Some(&district)).await;
    let office = me["office_id"]
        .as_i64()
        .expect("district account has an office");

    let (row, counts) = office_row(&app, &district, office, &code).await;
    assert_eq!(row["status"], "never_contracted");
    assert_eq!(counts["never_contracted"], 1);

    // The unit fills in its details, fixing a tax code the server rejects.
    let (_, current) = app.get(&format!("/api/v1/units/{code}"), Some(&unit)).await;
    assert_eq!(current["missing_for_contract"].as_array().unwrap().len(), 8);
    let mut details = complete_details(current["version"].as_i64().unwrap());
    details["tax_code"] = json!("0304541338");
    let (status, error) = app
        .put(&format!("/api/v1/units/{code}"), Some(&unit), &details)
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"][0]["field"], "tax_code");
    assert_eq!(error["error"]["fields"][0]["code"], "tax_code_invalid");
    details["tax_code"] = json!("0304.541.339");
    let (status, saved) = app
        .put(&format!("/api/v1/units/{code}"), Some(&unit), &details)
        .await;
    assert_eq!(status, 200, "{saved}");
    assert_eq!(saved["details"]["tax_code"], "0304541339");
    assert_eq!(saved["missing_for_contract"].as_array().unwrap().len(), 0);

    // Draft.
    let contracts = format!("/api/v1/units/{code}/contracts");
    let (status, draft) = app.post(&contracts, Some(&unit), &json!({})).await;
    assert_eq!(status, 201, "{draft}");
    assert_eq!(draft["state"], "draft");
    assert_eq!(draft["unit_name"], "TTGDTX Quận 1");
    assert_eq!(draft["kind"], "creation");
    assert_eq!(draft["total"], 4_800_000);
    assert!(draft["number"].is_null());
    let id = draft["id"].as_i64().unwrap();
    let (status, second) = app.post(&contracts, Some(&unit), &json!({})).await;
    assert_eq!(status, 409, "{second}");
    assert_eq!(second["error"]["code"], "contract_already_open");
    let (row, _) = office_row(&app, &district, office, &code).await;
    assert_eq!(row["status"], "in_progress");

    // Payment before signing is refused.
    let payment = json!({"amount": 4_800_000, "paid_on": "2026-12-01", "method": "transfer"});
    let (status, refused) = app
        .post(
            &format!("{contracts}/{id}/payments"),
            Some(&centre),
            &payment,
        )
        .await;
    assert_eq!(status, 409, "{refused}");
    assert_eq!(refused["error"]["code"], "contract_not_signed");

    // Submitted: numbered, details frozen.
    let (status, wrong_role) = app
        .post(
            &format!("{contracts}/{id}/receive"),
            Some(&unit),
            &json!({}),
        )
        .await;
    assert_eq!(status, 403, "{wrong_role}");
    let (status, submitted) = app
        .post(&format!("{contracts}/{id}/submit"), Some(&unit), &json!({}))
        .await;
    assert_eq!(status, 200, "{submitted}");
    assert_eq!(submitted["state"], "submitted");
    let number = submitted["number"].as_str().unwrap().to_owned();
    assert!(number.starts_with("0001/"), "{number}");
    assert_eq!(submitted["details_snapshot"]["tax_code"], "0304541339");
    let (status, again) = app
        .post(&format!("{contracts}/{id}/submit"), Some(&unit), &json!({}))
        .await;
    assert_eq!(status, 409, "{again}");
    assert_eq!(again["error"]["code"], "transition_not_allowed");

    // Later edits do not change the frozen copy.
    let (_, current) = app.get(&format!("/api/v1/units/{code}"), Some(&unit)).await;
    let mut edited = complete_details(current["version"].as_i64().unwrap());
    edited["representative"] = json!("Trần Thị B");
    let (status, _) = app
        .put(&format!("/api/v1/units/{code}"), Some(&unit), &edited)
        .await;
    assert_eq!(status, 200);

    // The Centre's queue shows it; received; signed.
    let (_, queue) = app
        .get("/api/v1/contracts?state=submitted", Some(&centre))
        .await;
    assert!(queue["contracts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["id"] == id));
    let (status, sign_early) = app
        .post(&format!("{contracts}/{id}/sign"), Some(&centre), &json!({}))
        .await;
    assert_eq!(status, 409, "{sign_early}");
    let (status, received) = app
        .post(
            &format!("{contracts}/{id}/receive"),
            Some(&centre),
            &json!({}),
        )
        .await;
    assert_eq!(status, 200, "{received}");
    assert_eq!(received["state"], "received");
    let (status, signed) = app
        .post(&format!("{contracts}/{id}/sign"), Some(&centre), &json!({}))
        .await;
    assert_eq!(status, 200, "{signed}");
    assert_eq!(signed["state"], "signed");
    assert_eq!(signed["payment_status"], "unpaid");
    assert_eq!(signed["details_snapshot"]["representative"], "Nguyễn Văn A");
    let (row, counts) = office_row(&app, &district, office, &code).await;
    assert_eq!(row["status"], "active");
    assert_eq!(counts["active"], 1);
    assert_eq!(counts["never_contracted"], 0);

    // Paid in two instalments; overpaying is refused.
    let (_, unpaid) = app
        .get("/api/v1/contracts?state=signed&unpaid=true", Some(&centre))
        .await;
    assert!(unpaid["contracts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["id"] == id));
    let first = json!({"amount": 2_000_000, "paid_on": "2026-12-01", "method": "treasury", "reference": "KB-001"});
    let (status, detail) = app
        .post(&format!("{contracts}/{id}/payments"), Some(&centre), &first)
        .await;
    assert_eq!(status, 201, "{detail}");
    assert_eq!(detail["contract"]["payment_status"], "partly_paid");
    let too_much = json!({"amount": 2_800_001, "paid_on": "2026-12-01", "method": "transfer"});
    let (status, error) = app
        .post(
            &format!("{contracts}/{id}/payments"),
            Some(&centre),
            &too_much,
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"][0]["field"], "amount");
    let rest = json!({"amount": 2_800_000, "paid_on": "2026-12-02", "method": "transfer"});
    let (status, detail) = app
        .post(&format!("{contracts}/{id}/payments"), Some(&centre), &rest)
        .await;
    assert_eq!(status, 201, "{detail}");
    assert_eq!(detail["contract"]["payment_status"], "paid");
    assert_eq!(detail["contract"]["paid_amount"], 4_800_000);
    assert_eq!(detail["payments"].as_array().unwrap().len(), 2);
    let states: Vec<&str> = detail["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["to_state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["draft", "submitted", "received", "signed"]);
    let (_, unpaid) = app
        .get("/api/v1/contracts?state=signed&unpaid=true", Some(&centre))
        .await;
    assert!(!unpaid["contracts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["id"] == id));

    // The next contract is Maintenance from the day after this one ends.
    let (_, quote) = app
        .get(&format!("/api/v1/units/{code}/quote"), Some(&unit))
        .await;
    assert_eq!(quote["kind"], "maintenance", "{quote}");
    assert_eq!(quote["total"], 2_400_000);
}
on_both_backends!(draft_to_paid, full_workflow);

async fn cancel_with_reason(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let code = app.demo_unit();
    let unit = app.token("unit").await;
    let contracts = format!("/api/v1/units/{code}/contracts");
    let (_, draft) = app.post(&contracts, Some(&unit), &json!({})).await;
    let id = draft["id"].as_i64().unwrap();
    let (status, error) = app
        .post(
            &format!("{contracts}/{id}/cancel"),
            Some(&unit),
            &json!({"reason": "  "}),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"][0]["field"], "reason");
    let (status, cancelled) = app
        .post(
            &format!("{contracts}/{id}/cancel"),
            Some(&unit),
            &json!({"reason": "Nhập sai ngày"}),
        )
        .await;
    assert_eq!(status, 200, "{cancelled}");
    assert_eq!(cancelled["state"], "cancelled");
    assert_eq!(cancelled["cancel_reason"], "Nhập sai ngày");
    // A cancelled contract frees the unit to open another.
    let (status, next) = app.post(&contracts, Some(&unit), &json!({})).await;
    assert_eq!(status, 201, "{next}");
}
on_both_backends!(cancel_needs_reason, cancel_with_reason);

async fn concurrent_numbers(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let centre = app.token("centre").await;
    let districts = hopdong::seed::districts().unwrap();
    let codes: Vec<String> = hopdong::seed::schools("79", &districts)
        .unwrap()
        .into_iter()
        .take(8)
        .map(|s| s.code)
        .collect();
    let mut ids = Vec::new();
    for code in &codes {
        let (_, unit) = app
            .get(&format!("/api/v1/units/{code}"), Some(&centre))
            .await;
        let details = complete_details(unit["version"].as_i64().unwrap());
        let (status, body) = app
            .put(&format!("/api/v1/units/{code}"), Some(&centre), &details)
            .await;
        assert_eq!(status, 200, "{body}");
        let (status, draft) = app
            .post(
                &format!("/api/v1/units/{code}/contracts"),
                Some(&centre),
                &json!({}),
            )
            .await;
        assert_eq!(status, 201, "{draft}");
        ids.push(draft["id"].as_i64().unwrap());
    }
    let submits = codes.iter().zip(&ids).map(|(code, id)| {
        let path = format!("/api/v1/units/{code}/contracts/{id}/submit");
        let app = &app;
        let centre = &centre;
        async move { app.post(&path, Some(centre), &json!({})).await }
    });
    let results = futures::future::join_all(submits).await;
    let mut numbers: Vec<u32> = results
        .iter()
        .map(|(status, body)| {
            assert_eq!(*status, 200, "{body}");
            body["number"]
                .as_str()
                .unwrap()
                .split('/')
                .next()
                .unwrap()
                .parse()
                .unwrap()
        })
        .collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=8).collect::<Vec<u32>>());
}
on_both_backends!(numbers_gapless_under_concurrency, concurrent_numbers);

async fn concurrent_drafts(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let centre = app.token("centre").await;
    let path = "/api/v1/units/79760004/contracts";
    let empty = json!({});
    let opens = (0..6).map(|_| app.post(path, Some(&centre), &empty));
    let results = futures::future::join_all(opens).await;
    let created = results.iter().filter(|(status, _)| *status == 201).count();
    let refused = results
        .iter()
        .filter(|(status, body)| *status == 409 && body["error"]["code"] == "contract_already_open")
        .count();
    assert_eq!(created, 1, "{results:?}");
    assert_eq!(refused, 5, "{results:?}");
}
on_both_backends!(one_open_contract_under_concurrency, concurrent_drafts);

async fn stale_version(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let code = app.demo_unit();
    let unit = app.token("unit").await;
    let centre = app.token("centre").await;
    let (_, read) = app.get(&format!("/api/v1/units/{code}"), Some(&unit)).await;
    let version = read["version"].as_i64().unwrap();
    let (status, _) = app
        .put(
            &format!("/api/v1/units/{code}"),
            Some(&centre),
            &complete_details(version),
        )
        .await;
    assert_eq!(status, 200);
    let mut late = complete_details(version);
    late["phone"] = json!("0909 123 456");
    let (status, error) = app
        .put(&format!("/api/v1/units/{code}"), Some(&unit), &late)
        .await;
    assert_eq!(status, 409, "{error}");
    assert_eq!(error["error"]["code"], "version_conflict");
    let (_, now) = app.get(&format!("/api/v1/units/{code}"), Some(&unit)).await;
    assert_eq!(now["details"]["phone"], "028 3829 1234");
    assert_eq!(now["version"], version + 1);
}
on_both_backends!(stale_edit_is_refused, stale_version);

async fn concurrent_payments_and_imports(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let centre = app.token("centre").await;

    // Parallel imports with overlapping dates: exactly one is kept.
    let imports: Vec<Value> = (1..=6)
        .map(|day| json!({"kind": "creation", "start": format!("2019-10-0{day}"), "monthly_fee": 400000}))
        .collect();
    let requests = imports.iter().map(|body| {
        app.post(
            "/api/v1/units/79760005/contracts/imported",
            Some(&centre),
            body,
        )
    });
    let results = futures::future::join_all(requests).await;
    let created = results.iter().filter(|(status, _)| *status == 201).count();
    assert_eq!(created, 1, "{results:?}");
    assert!(results
        .iter()
        .all(|(status, body)| *status == 201 || body["error"]["code"] == "contract_overlaps"));
    let contract = results
        .iter()
        .find(|(status, _)| *status == 201)
        .unwrap()
        .1
        .clone();
    let id = contract["id"].as_i64().unwrap();

    // Parallel payments of half the total: two fit, the rest exceed the balance.
    let half = json!({"amount": 2_400_000, "paid_on": "2026-12-01", "method": "cash"});
    let path = format!("/api/v1/units/79760005/contracts/{id}/payments");
    let payments = (0..6).map(|_| app.post(&path, Some(&centre), &half));
    let results = futures::future::join_all(payments).await;
    let accepted = results.iter().filter(|(status, _)| *status == 201).count();
    assert_eq!(accepted, 2, "{results:?}");
    let (_, detail) = app
        .get(
            &format!("/api/v1/units/79760005/contracts/{id}"),
            Some(&centre),
        )
        .await;
    assert_eq!(detail["contract"]["paid_amount"], 4_800_000);
}
on_both_backends!(
    balance_and_overlap_under_concurrency,
    concurrent_payments_and_imports
);
