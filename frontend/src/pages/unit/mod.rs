//! A unit's page: its portal status, the quote for its next contract, its details and its
//! contracts. The unit itself and the Centre can act; a district office only reads.

mod contracts;
mod details;
mod quote;

use hopdong_api_types::{ContractListResponse, UnitLookupResponse, UnitResponse};
use hopdong_domain::Role;
use yew::prelude::*;

use crate::api;
use crate::components::{remote_view, Link, Notice, NoticeKind, PortalStatusBadge};
use crate::context::use_app;
use crate::format;
use crate::hooks::{use_remote, use_title, Remote};
use crate::route::Route;

pub use contracts::ContractList;
use details::DetailsForm;
use quote::QuoteCard;

#[derive(Properties, PartialEq)]
pub struct UnitPageProps {
    pub code: String,
}

#[function_component]
pub fn UnitPage(props: &UnitPageProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    let code = api::query_value(&props.code);

    let unit = use_remote(code.clone(), |code: String| async move {
        api::get::<UnitResponse>(&format!("/units/{code}")).await
    });
    let status = use_remote(code.clone(), |code: String| async move {
        api::get::<UnitLookupResponse>(&format!("/units/{code}/lookup")).await
    });
    let contracts = use_remote(code.clone(), |code: String| async move {
        api::get::<ContractListResponse>(&format!("/units/{code}/contracts")).await
    });

    let title = match &unit.value {
        Remote::Ready(unit) => unit.name.clone(),
        _ => props.code.clone(),
    };
    use_title(format!("{title} · {}", texts.app_name));

    let can_edit = matches!(app.role(), Some(Role::Unit | Role::Centre));
    let on_saved = {
        let set_unit = unit.set.clone();
        let reload_status = status.reload.clone();
        Callback::from(move |saved: UnitResponse| {
            set_unit.emit(saved);
            reload_status.emit(());
        })
    };
    let reload_unit = unit.reload.clone();
    let open_contract = match &contracts.value {
        Remote::Ready(list) => list.contracts.iter().find(|c| c.state.is_open()).cloned(),
        _ => None,
    };

    // The signed-in view answers 404 for a unit outside the caller's scope, exactly as for a
    // missing one: say so once instead of failing part by part.
    if matches!(&unit.value, Remote::Failed(error) if error.code == "not_found") {
        return html! {
            <section class="page">
                <h1>{ &props.code }</h1>
                <Notice kind={NoticeKind::Info} message={texts.unit_out_of_scope} />
                <p>
                    <Link to={Route::Lookup(Some(props.code.clone()))}>
                        { texts.unit_public_lookup }
                    </Link>
                </p>
            </section>
        };
    }

    html! {
        <section class="page">
            <h1>{ title }</h1>
            <p class="muted mono">{ format!("{}: {}", texts.unit_code, props.code) }</p>
            { remote_view(&status, |status| status_summary(status, &app)) }
            <div class="columns">
                <div class="column">
                    if matches!(contracts.value, Remote::Ready(_)) {
                        <QuoteCard code={props.code.clone()} can_open={can_edit}
                            open_contract={open_contract} />
                    }
                    <section class="card" aria-labelledby="contracts-heading">
                        <h2 id="contracts-heading">{ texts.contracts_title }</h2>
                        { remote_view(&contracts, |list| html! {
                            <ContractList code={props.code.clone()}
                                contracts={list.contracts.clone()} />
                        }) }
                    </section>
                </div>
                <div class="column">
                    { remote_view(&unit, |data| html! {
                        <DetailsForm unit={data.clone()} read_only={!can_edit}
                            on_saved={on_saved.clone()} on_reload={reload_unit.clone()} />
                    }) }
                </div>
            </div>
        </section>
    }
}

fn status_summary(status: &UnitLookupResponse, app: &crate::context::AppContext) -> Html {
    let texts = app.texts();
    let report = &status.portal_status;
    let office = match status.managing_office.id {
        Some(id) if app.role() == Some(Role::Centre) => html! {
            <Link to={Route::Dashboard(Some(id))}>{ &status.managing_office.name }</Link>
        },
        Some(_) => html! { { &status.managing_office.name } },
        None => html! { { texts.managed_by_department } },
    };
    html! {
        <dl class="facts inline-facts card">
            <dt>{ texts.portal_status }</dt>
            <dd><PortalStatusBadge status={report.status} /></dd>
            <dt>{ texts.area }</dt>
            <dd>{ format!("{} ({})", status.area.name, (texts.tier_name)(status.area.tier)) }</dd>
            <dt>{ texts.managing_office }</dt><dd>{ office }</dd>
            if let Some(day) = report.current_last_day {
                <dt>{ texts.current_last_day }</dt><dd>{ format::date(day) }</dd>
            }
            if let Some(day) = report.renewal_deadline {
                <dt>{ texts.renewal_deadline }</dt><dd>{ format::date(day) }</dd>
            }
        </dl>
    }
}
