//! The fee and renewal rules as the API applies them to the city's real units.

use serde_json::json;

use crate::common::{self, TestApp};
use crate::on_both_backends;

/// The demo code of the first school in Huyện Củ Chi (statistics code 783).
fn cu_chi_unit() -> String {
    let districts = hopdong::seed::districts().unwrap();
    let schools = hopdong::seed::schools("79", &districts).unwrap();
    schools
        .iter()
        .find(|s| s.area_code == "783")
        .expect("a school in Củ Chi")
        .code
        .clone()
}

async fn creation_prices(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let centre = app.token("centre").await;

    let (status, quote) = app
        .get(
            "/api/v1/units/79760001/quote?date=2026-12-04",
            Some(&centre),
        )
        .await;
    assert_eq!(status, 200, "{quote}");
    assert_eq!(quote["kind"], "creation");
    assert_eq!(quote["tier"], "urban");
    assert_eq!(quote["monthly_fee"], 400_000);
    assert_eq!(quote["months"], 12);
    assert_eq!(quote["total"], 4_800_000);
    assert_eq!(quote["total_in_words"], "Bốn triệu tám trăm nghìn đồng");
    assert_eq!(quote["start"], "2026-12-04");
    assert_eq!(quote["end"], "2027-12-03");
    assert!(quote["renewal_deadline"].is_null());

    let path = format!("/api/v1/units/{}/quote?date=2026-12-04", cu_chi_unit());
    let (status, quote) = app.get(&path, Some(&centre)).await;
    assert_eq!(status, 200, "{quote}");
    assert_eq!(quote["tier"], "rural");
    assert_eq!(quote["total"], 3_600_000);
    assert_eq!(quote["total_in_words"], "Ba triệu sáu trăm nghìn đồng");
}
on_both_backends!(creation_price_by_tier, creation_prices);

async fn renewal_deadline(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let centre = app.token("centre").await;
    let imported = json!({"kind": "creation", "start": "2019-10-01", "monthly_fee": 400000});
    let (status, contract) = app
        .post(
            "/api/v1/units/79760002/contracts/imported",
            Some(&centre),
            &imported,
        )
        .await;
    assert_eq!(status, 201, "{contract}");
    assert_eq!(contract["end"], "2020-09-30");
    assert_eq!(contract["state"], "signed");
    assert_eq!(contract["imported"], true);

    let (_, quote) = app
        .get(
            "/api/v1/units/79760002/quote?date=2021-09-30",
            Some(&centre),
        )
        .await;
    assert_eq!(quote["kind"], "maintenance", "{quote}");
    assert_eq!(quote["start"], "2020-10-01");
    assert_eq!(quote["end"], "2021-09-30");
    assert_eq!(quote["total"], 2_400_000);
    assert_eq!(quote["renewal_deadline"], "2021-09-30");

    let (_, quote) = app
        .get(
            "/api/v1/units/79760002/quote?date=2021-10-01",
            Some(&centre),
        )
        .await;
    assert_eq!(quote["kind"], "creation", "{quote}");
    assert_eq!(quote["start"], "2021-10-01");
    assert_eq!(quote["total"], 4_800_000);
}
on_both_backends!(maintenance_until_deadline, renewal_deadline);

async fn explanation_language(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let centre = app.token("centre").await;
    let (_, vietnamese) = app
        .get(
            "/api/v1/units/79760001/quote?date=2026-12-04",
            Some(&centre),
        )
        .await;
    let english = app
        .server
        .get("/api/v1/units/79760001/quote?date=2026-12-04")
        .insert_header(("Authorization", format!("Bearer {centre}")))
        .insert_header(("Accept-Language", "en-GB,en;q=0.9"))
        .send()
        .await
        .unwrap()
        .json::<serde_json::Value>()
        .await
        .unwrap();
    let vi = vietnamese["explanation"].as_str().unwrap();
    let en = english["explanation"].as_str().unwrap();
    assert_ne!(vi, en);
    assert!(en.contains("400,000"), "{en}");
    assert!(vi.contains("400.000"), "{vi}");
}
on_both_backends!(explanation_follows_accept_language, explanation_language);

async fn tariff_versions(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let centre = app.token("centre").await;
    let (status, list) = app.get("/api/v1/tariffs", None).await;
    assert_eq!(status, 200);
    assert_eq!(list["tariffs"].as_array().unwrap().len(), 1);
    assert_eq!(list["tariffs"][0]["effective_from"], "2019-09-01");

    // A draft drawn up now keeps its figures when a later tariff arrives.
    let unit = app.token("unit").await;
    let code = app.demo_unit();
    let (status, draft) = app
        .post(
            &format!("/api/v1/units/{code}/contracts"),
            Some(&unit),
            &json!({}),
        )
        .await;
    assert_eq!(status, 201, "{draft}");
    let new_tariff = json!({
        "effective_from": "2027-01-01",
        "creation_urban": 500000, "creation_rural": 350000, "maintenance": 250000
    });
    let (status, created) = app
        .post("/api/v1/tariffs", Some(&centre), &new_tariff)
        .await;
    assert_eq!(status, 201, "{created}");
    let (status, again) = app
        .post("/api/v1/tariffs", Some(&centre), &new_tariff)
        .await;
    assert_eq!(status, 409, "{again}");
    assert_eq!(again["error"]["code"], "tariff_exists");
    let (status, forbidden) = app.post("/api/v1/tariffs", Some(&unit), &new_tariff).await;
    assert_eq!(status, 403, "{forbidden}");

    let id = draft["id"].as_i64().unwrap();
    let (_, detail) = app
        .get(&format!("/api/v1/units/{code}/contracts/{id}"), Some(&unit))
        .await;
    assert_eq!(detail["contract"]["monthly_fee"], 400_000);

    let (_, quote) = app
        .get(
            "/api/v1/units/79760001/quote?date=2027-01-01",
            Some(&centre),
        )
        .await;
    assert_eq!(quote["monthly_fee"], 500_000, "{quote}");
    assert_eq!(quote["tariff_effective_from"], "2027-01-01");
}
on_both_backends!(new_tariff_spares_drawn_contracts, tariff_versions);

async fn lapsed_status(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let centre = app.token("centre").await;
    let imported = json!({"kind": "creation", "start": "2019-10-01", "monthly_fee": 400000});
    app.post(
        "/api/v1/units/79760003/contracts/imported",
        Some(&centre),
        &imported,
    )
    .await;
    let (status, lookup) = app.get("/api/v1/units/79760003/lookup", None).await;
    assert_eq!(status, 200);
    assert_eq!(lookup["portal_status"]["status"], "lapsed");
    assert_eq!(lookup["portal_status"]["current_last_day"], "2020-09-30");
    assert_eq!(lookup["name"], "THPT Tenlơman");
    assert_eq!(lookup["area"]["tier"], "urban");
    assert_eq!(lookup["managing_office"]["id"], serde_json::Value::Null);
    assert!(lookup.get("details").is_none());

    // An overlapping import is rejected and writes nothing.
    let overlapping = json!({"kind": "maintenance", "start": "2020-03-01", "monthly_fee": 200000});
    let (status, error) = app
        .post(
            "/api/v1/units/79760003/contracts/imported",
            Some(&centre),
            &overlapping,
        )
        .await;
    assert_eq!(status, 409, "{error}");
    assert_eq!(error["error"]["code"], "contract_overlaps");
    let (_, list) = app
        .get("/api/v1/units/79760003/contracts", Some(&centre))
        .await;
    assert_eq!(list["contracts"].as_array().unwrap().len(), 1);
}
on_both_backends!(lapsed_unit_shows_lapsed, lapsed_status);

async fn signed_future_start(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let centre = app.token("centre").await;
    let code = "79760004";
    let (_, unit) = app
        .get(&format!("/api/v1/units/{code}"), Some(&centre))
        .await;
    let details = common::complete_details(unit["version"].as_i64().unwrap());
    app.put(&format!("/api/v1/units/{code}"), Some(&centre), &details)
        .await;
    let start = hopdong::routes::today() + time::Duration::days(10);
    let start_text = hopdong_api_types::dates::format_iso_date(start);
    let contracts = format!("/api/v1/units/{code}/contracts");
    let (status, draft) = app
        .post(&contracts, Some(&centre), &json!({"start": start_text}))
        .await;
    assert_eq!(status, 201, "{draft}");
    assert_eq!(draft["start"], start_text);
    let id = draft["id"].as_i64().unwrap();
    for step in ["submit", "receive", "sign"] {
        let (status, body) = app
            .post(
                &format!("{contracts}/{id}/{step}"),
                Some(&centre),
                &json!({}),
            )
            .await;
        assert_eq!(status, 200, "{step}: {body}");
    }
    let (_, lookup) = app.get(&format!("/api/v1/units/{code}/lookup"), None).await;
    assert_eq!(lookup["portal_status"]["status"], "active", "{lookup}");
    assert_eq!(lookup["portal_status"]["current_last_day"], draft["end"]);
}
on_both_backends!(
    signed_contract_starting_later_is_active,
    signed_future_start
);
