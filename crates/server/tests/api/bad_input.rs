//! Bad input of every kind gets a 4xx naming the field and the reason, and writes nothing.

use actix_web::http::Method;
use serde_json::json;

use crate::common::{self, complete_details, TestApp};
use crate::on_both_backends;

async fn rejects_bad_input(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let code = app.demo_unit();
    let unit = app.token("unit").await;
    let path = format!("/api/v1/units/{code}");
    let (_, before) = app.get(&path, Some(&unit)).await;

    // Malformed JSON.
    let (status, error) = app
        .raw(
            Method::PUT,
            &path,
            Some(&unit),
            "application/json",
            b"{\"version\": 1,".to_vec(),
        )
        .await;
    assert_eq!(status, 400, "{error}");
    assert_eq!(error["error"]["code"], "malformed_json");

    // Unknown field.
    let mut body = complete_details(before["version"].as_i64().unwrap());
    body["colour"] = json!("blue");
    let (status, error) = app.put(&path, Some(&unit), &body).await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"][0]["field"], "colour");

    // Wrong type.
    let mut body = complete_details(before["version"].as_i64().unwrap());
    body["phone"] = json!(2838291234_i64);
    let (status, error) = app.put(&path, Some(&unit), &body).await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"][0]["field"], "phone");

    // Missing required field.
    let (status, error) = app.put(&path, Some(&unit), &json!({"address": "x"})).await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"][0]["field"], "version");

    // Several invalid values at once, all listed.
    let mut body = complete_details(before["version"].as_i64().unwrap());
    body["tax_code"] = json!("12345");
    body["invoice_email"] = json!("not an email");
    body["website"] = json!("javascript:alert(1)");
    let (status, error) = app.put(&path, Some(&unit), &body).await;
    assert_eq!(status, 422, "{error}");
    let fields: Vec<&str> = error["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["invoice_email", "tax_code", "website"]);

    // Wrong content type.
    let (status, error) = app
        .raw(
            Method::PUT,
            &path,
            Some(&unit),
            "text/plain",
            b"{}".to_vec(),
        )
        .await;
    assert_eq!(status, 415, "{error}");

    // A huge body.
    let huge = format!(
        "{{\"version\": 1, \"address\": \"{}\"}}",
        "x".repeat(200_000)
    );
    let (status, error) = app
        .raw(
            Method::PUT,
            &path,
            Some(&unit),
            "application/json",
            huge.into_bytes(),
        )
        .await;
    assert_eq!(status, 413, "{error}");
    assert_eq!(error["error"]["code"], "body_too_large");

    // A field too long for its column.
    let mut body = complete_details(before["version"].as_i64().unwrap());
    body["address"] = json!("x".repeat(301));
    let (status, error) = app.put(&path, Some(&unit), &body).await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"][0]["code"], "too_long");

    // Nothing above was written.
    let (_, after) = app.get(&path, Some(&unit)).await;
    assert_eq!(before, after);

    // Invalid unit codes, in a path and in a body.
    for bad in ["7976", "79760001x", "80760001", "abcdefgh"] {
        let (status, error) = app.get(&format!("/api/v1/units/{bad}/lookup"), None).await;
        assert_eq!(status, 422, "{bad}: {error}");
        assert_eq!(error["error"]["code"], "unit_code_invalid", "{bad}");
        assert!(
            error["error"]["message"]
                .as_str()
                .unwrap()
                .contains("79XXXXXX"),
            "{error}"
        );
    }
    let (status, error) = app.get("/api/v1/units/79769999/lookup", None).await;
    assert_eq!(status, 404, "{error}");
    let (status, lookup) = app.get("/api/v1/units/%2079760001%20/lookup", None).await;
    assert_eq!(status, 200, "surrounding spaces are trimmed: {lookup}");

    // Impossible dates.
    for date in ["2021-02-30", "2021-13-01", "30/09/2021", "yesterday"] {
        let (status, error) = app
            .get(&format!("{path}/quote?date={date}"), Some(&unit))
            .await;
        assert_eq!(status, 422, "{date}: {error}");
        assert_eq!(error["error"]["fields"][0]["field"], "date");
    }
    let (status, error) = app
        .get(&format!("{path}/quote?when=today"), Some(&unit))
        .await;
    assert_eq!(status, 422, "{error}");
    let (status, error) = app
        .post(
            &format!("{path}/contracts"),
            Some(&unit),
            &json!({"start": "2021-02-30"}),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"][0]["field"], "start");
    let (status, error) = app
        .post(
            &format!("{path}/contracts"),
            Some(&unit),
            &json!({"start": "2000-01-01"}),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["code"], "validation_failed");
    let (_, list) = app.get(&format!("{path}/contracts"), Some(&unit)).await;
    assert_eq!(list["contracts"].as_array().unwrap().len(), 0);

    // Unknown routes and ids.
    let (status, error) = app.get("/api/v1/nothing-here", None).await;
    assert_eq!(status, 404);
    assert_eq!(error["error"]["code"], "route_not_found");
    let (status, _) = app.get(&format!("{path}/contracts/abc"), Some(&unit)).await;
    assert_eq!(status, 404);
}
on_both_backends!(bad_input_is_4xx, rejects_bad_input);

async fn bad_centre_input(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let centre = app.token("centre").await;
    let (status, error) = app
        .post(
            "/api/v1/units",
            Some(&centre),
            &json!({"code": "12", "name": "", "area_code": "760", "office_id": null}),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    let fields: Vec<&str> = error["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["code", "name"]);
    let (status, error) = app
        .post(
            "/api/v1/units",
            Some(&centre),
            &json!({"code": "79760900", "name": "THCS Mới", "area_code": "999", "office_id": null}),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"][0]["field"], "area_code");
    let (status, created) = app
        .post("/api/v1/units", Some(&centre), &json!({"code": "79760900", "name": "THCS Mới", "area_code": "760", "office_id": null, "tax_code": "0304541339"}))
        .await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["details"]["tax_code"], "0304541339");
    let (status, error) = app
        .post(
            "/api/v1/units",
            Some(&centre),
            &json!({"code": "79760900", "name": "THCS Mới", "area_code": "760", "office_id": null}),
        )
        .await;
    assert_eq!(status, 409, "{error}");

    let payment_path = "/api/v1/units/79760001/contracts/1/payments";
    let (status, _) = app
        .post(
            payment_path,
            Some(&centre),
            &json!({"amount": "lots", "paid_on": "2026-01-01", "method": "cash"}),
        )
        .await;
    assert_eq!(status, 422);
    let (status, error) = app
        .post(
            "/api/v1/units/79760001/contracts/imported",
            Some(&centre),
            &json!({"kind": "renewal", "start": "2019-10-01", "monthly_fee": 1}),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"][0]["field"], "kind");
    let (status, error) = app
        .post(
            "/api/v1/units/79760001/contracts/imported",
            Some(&centre),
            &json!({"kind": "creation", "start": "2019-10-01", "monthly_fee": -5}),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    let (status, error) = app
        .post("/api/v1/tariffs", Some(&centre), &json!({"effective_from": "2030-02-30", "creation_urban": 1, "creation_rural": 1, "maintenance": 1}))
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"][0]["field"], "effective_from");
    let (status, error) = app
        .post("/api/v1/tariffs", Some(&centre), &json!({"effective_from": "2030-01-01", "creation_urban": 0, "creation_rural": 1, "maintenance": 1, "vat_percent": 101}))
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"].as_array().unwrap().len(), 2);
    let (_, tariffs) = app.get("/api/v1/tariffs", None).await;
    assert_eq!(tariffs["tariffs"].as_array().unwrap().len(), 1);
}
on_both_backends!(bad_centre_input_is_4xx, bad_centre_input);

async fn probes_and_document(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let (status, body) = app.get("/healthz", None).await;
    assert_eq!(status, 200);
    assert_eq!(body["status"], "ok");
    let (status, body) = app.get("/readyz", None).await;
    assert_eq!(status, 200);
    assert_eq!(body["status"], "ready");
    let response = app
        .server
        .get("/api/v1/units/7976/lookup")
        .send()
        .await
        .unwrap();
    let request_id = response
        .headers()
        .get("x-request-id")
        .expect("X-Request-Id header");
    assert_eq!(request_id.to_str().unwrap().len(), 36);
    let (status, document) = app.get("/api/v1/openapi.json", None).await;
    assert_eq!(status, 200);
    assert!(document["paths"]["/api/v1/units/{code}/quote"]["get"].is_object());
}
on_both_backends!(probes_and_openapi_served, probes_and_document);

async fn bad_query_parameters(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let centre = app.token("centre").await;
    for (query, field) in [
        ("state=signed&unpaid=yes", "unpaid"),
        ("state=signed&limit=-1", "limit"),
        ("state=signed&limit=99999999999999999999", "limit"),
        ("state=paid", "state"),
        ("", "state"),
    ] {
        let (status, error) = app
            .get(&format!("/api/v1/contracts?{query}"), Some(&centre))
            .await;
        assert_eq!(status, 422, "{query}: {error}");
        assert_eq!(
            error["error"]["fields"][0]["field"], field,
            "{query}: {error}"
        );
    }
    let (status, error) = app
        .get(
            "/api/v1/units/79760001/quote?date=9999-12-31",
            Some(&centre),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    let (status, error) = app.get("/api/v1/units?limit=0", Some(&centre)).await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"][0]["field"], "limit");

    // Nulls, NUL characters and far-off dates in bodies.
    let (status, error) = app
        .post(
            "/api/v1/units/79760001/contracts/imported",
            Some(&centre),
            &json!({"kind": null, "start": "2019-10-01", "monthly_fee": 1}),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"][0]["field"], "kind");
    let (status, error) = app
        .post(
            "/api/v1/units/79760001/contracts/imported",
            Some(&centre),
            &json!({"kind": "creation", "start": "-9999-01-01", "monthly_fee": 1}),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"][0]["field"], "start");
    let (status, error) = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({"username": "quan1\u{0}", "password": "x"}),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"][0]["code"], "control_character");
    let (status, error) = app
        .post(
            "/api/v1/units",
            Some(&centre),
            &json!({"code": "79760950", "name": "A", "area_code": "76\u{0}0", "office_id": null}),
        )
        .await;
    assert_eq!(status, 422, "{error}");
}
on_both_backends!(bad_query_and_body_values, bad_query_parameters);
