//! Each role sees its own scope; anything outside answers 404 exactly like a missing object.

use serde_json::json;

use crate::common::{self, complete_details, TestApp};
use crate::on_both_backends;

async fn scopes(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let own = app.demo_unit();
    let unit = app.token("unit").await;
    let district = app.token("district").await;
    let centre = app.token("centre").await;
    // 79760001 is an upper-secondary school: the Department manages it, not Quận 1's office.
    let other = "79760001";

    let (status, missing) = app.get("/api/v1/units/79769999", Some(&unit)).await;
    assert_eq!(status, 404);
    let (status, outside) = app
        .get(&format!("/api/v1/units/{other}"), Some(&unit))
        .await;
    assert_eq!(status, 404);
    assert_eq!(missing["error"]["code"], outside["error"]["code"]);
    let (status, _) = app
        .get(&format!("/api/v1/units/{other}/quote"), Some(&unit))
        .await;
    assert_eq!(status, 404);
    let (status, _) = app
        .get(&format!("/api/v1/units/{other}"), Some(&district))
        .await;
    assert_eq!(status, 404);
    let (status, _) = app
        .post(
            &format!("/api/v1/units/{other}/contracts"),
            Some(&unit),
            &json!({}),
        )
        .await;
    assert_eq!(status, 404);
    let (status, _) = app
        .get(&format!("/api/v1/units/{other}/contracts"), Some(&district))
        .await;
    assert_eq!(status, 404);

    // The district office reads its unit but may not edit it or open its contract.
    let (status, read) = app
        .get(&format!("/api/v1/units/{own}"), Some(&district))
        .await;
    assert_eq!(status, 200, "{read}");
    let (status, quote) = app
        .get(&format!("/api/v1/units/{own}/quote"), Some(&district))
        .await;
    assert_eq!(status, 200, "{quote}");
    let version = read["version"].as_i64().unwrap();
    let (status, error) = app
        .put(
            &format!("/api/v1/units/{own}"),
            Some(&district),
            &complete_details(version),
        )
        .await;
    assert_eq!(status, 403, "{error}");
    let (status, _) = app
        .post(
            &format!("/api/v1/units/{own}/contracts"),
            Some(&district),
            &json!({}),
        )
        .await;
    assert_eq!(status, 403);

    // Another unit's contract id under one's own code is still not found.
    let (status, draft) = app
        .post(
            &format!("/api/v1/units/{other}/contracts"),
            Some(&centre),
            &json!({}),
        )
        .await;
    assert_eq!(status, 201, "{draft}");
    let id = draft["id"].as_i64().unwrap();
    let (status, _) = app
        .get(&format!("/api/v1/units/{own}/contracts/{id}"), Some(&unit))
        .await;
    assert_eq!(status, 404);
    let (status, _) = app
        .get(
            &format!("/api/v1/units/{other}/contracts/{id}"),
            Some(&unit),
        )
        .await;
    assert_eq!(status, 404);
    let (status, _) = app
        .post(
            &format!("/api/v1/units/{other}/contracts/{id}/cancel"),
            Some(&unit),
            &json!({"reason": "x"}),
        )
        .await;
    assert_eq!(status, 404);

    // Queues and lists are scoped too.
    let (_, queue) = app.get("/api/v1/contracts?state=draft", Some(&unit)).await;
    assert_eq!(queue["contracts"].as_array().unwrap().len(), 0);
    let (_, queue) = app
        .get("/api/v1/contracts?state=draft", Some(&centre))
        .await;
    assert_eq!(queue["contracts"].as_array().unwrap().len(), 1);
    let (_, units) = app.get("/api/v1/units", Some(&unit)).await;
    assert_eq!(units["units"].as_array().unwrap().len(), 1);
    let (_, units) = app.get("/api/v1/units", Some(&district)).await;
    assert!(units["units"]
        .as_array()
        .unwrap()
        .iter()
        .all(|u| u["office_id"].is_i64()));

    // Offices: a district sees only its own dashboard.
    let (_, me) = app.get("/api/v1/auth/me", Some(&district)).await;
    let office = me["office_id"].as_i64().unwrap();
    let (status, _) = app
        .get(
            &format!("/api/v1/offices/{}/units", office + 1),
            Some(&district),
        )
        .await;
    assert_eq!(status, 404);
    let (status, _) = app
        .get(&format!("/api/v1/offices/{office}/units"), Some(&unit))
        .await;
    assert_eq!(status, 404);
    let (status, all) = app.get("/api/v1/offices", Some(&district)).await;
    assert_eq!(status, 200);
    assert_eq!(all["offices"].as_array().unwrap().len(), 1);
    let (_, all) = app.get("/api/v1/offices", Some(&centre)).await;
    assert_eq!(all["offices"].as_array().unwrap().len(), 24);

    // Centre-only operations.
    let (status, _) = app.get("/api/v1/accounts", Some(&district)).await;
    assert_eq!(status, 403);
    let imported = json!({"kind": "creation", "start": "2019-10-01", "monthly_fee": 400000});
    let (status, _) = app
        .post(
            &format!("/api/v1/units/{own}/contracts/imported"),
            Some(&unit),
            &imported,
        )
        .await;
    assert_eq!(status, 403);
}
on_both_backends!(roles_see_their_scope, scopes);

async fn dashboard_filters(backend: common::Backend) {
    let app = TestApp::start(backend).await;
    let district = app.token("district").await;
    let (_, me) = app.get("/api/v1/auth/me", Some(&district)).await;
    let office = me["office_id"].as_i64().unwrap();
    let (status, all) = app
        .get(
            &format!("/api/v1/offices/{office}/units?date=2026-12-04"),
            Some(&district),
        )
        .await;
    assert_eq!(status, 200, "{all}");
    assert_eq!(all["date"], "2026-12-04");
    let (_, filtered) = app
        .get(
            &format!("/api/v1/offices/{office}/units?status=active"),
            Some(&district),
        )
        .await;
    assert_eq!(filtered["units"].as_array().unwrap().len(), 0);
    assert_eq!(filtered["counts"], all["counts"]);
    let (status, error) = app
        .get(
            &format!("/api/v1/offices/{office}/units?status=sleeping"),
            Some(&district),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["error"]["fields"][0]["field"], "status");
}
on_both_backends!(dashboard_filters_by_status, dashboard_filters);
