//! The Centre's list of units, with a search and a form to register a new unit.

use gloo_net::http::Method;
use hopdong_api_types::{
    AreaView, CreateUnitRequest, OfficeListResponse, UnitListResponse, UnitResponse,
};
use hopdong_domain::Role;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::browser;
use crate::components::{
    remote_view, EmptyState, ErrorNotice, Field, Link, Notice, NoticeKind, SelectField,
};
use crate::context::use_app;
use crate::hooks::{use_remote, use_title};
use crate::route::Route;
use crate::validate::{check_text, is_unit_code_shape};

/// Units listed per search; the server accepts up to 1000.
const SEARCH_LIMIT: u32 = 50;

#[function_component]
pub fn UnitsAdmin() -> Html {
    let app = use_app();
    let texts = app.texts();
    use_title(format!("{} · {}", texts.units_title, texts.app_name));
    let query = use_state(String::new);
    let units = use_remote((*query).clone(), |query: String| async move {
        let path = format!(
            "/units?limit={SEARCH_LIMIT}&q={}",
            api::query_value(query.trim())
        );
        api::get::<UnitListResponse>(&path).await
    });
    if app.role() != Some(Role::Centre) {
        return html! {
            <section class="page">
                <h1>{ texts.units_title }</h1>
                <Notice kind={NoticeKind::Warning} message={texts.no_access} />
            </section>
        };
    }
    let on_query = {
        let query = query.clone();
        Callback::from(move |value: String| query.set(value))
    };

    html! {
        <section class="page wide">
            <h1>{ texts.units_title }</h1>
            <div class="columns">
                <div class="column wide-column">
                    <div class="card" role="search">
                        <Field id="units-search" label={texts.units_search_label} kind="search"
                            value={(*query).clone()} oninput={on_query}
                            hint={texts.dashboard_search_hint} autocomplete="off" />
                    </div>
                    { remote_view(&units, |list| unit_list(list, &app)) }
                </div>
                <div class="column">
                    <RegisterUnit />
                </div>
            </div>
        </section>
    }
}

fn unit_list(list: &UnitListResponse, app: &crate::context::AppContext) -> Html {
    let texts = app.texts();
    if list.units.is_empty() {
        return html! { <EmptyState message={texts.units_empty} /> };
    }
    html! {
        <div class="table-wrap card" role="region" aria-label={texts.units_title} tabindex="0">
            <table>
                <thead>
                    <tr>
                        <th scope="col">{ texts.unit_code }</th>
                        <th scope="col">{ texts.unit_name }</th>
                        <th scope="col">{ texts.area }</th>
                        <th scope="col">{ texts.managing_office }</th>
                    </tr>
                </thead>
                <tbody>
                    { for list.units.iter().map(|unit| {
                        let office = match (unit.office_id, &unit.office_name) {
                            (Some(id), Some(name)) => html! {
                                <Link to={Route::Dashboard(Some(id))}>{ name }</Link>
                            },
                            _ => html! { { texts.managed_by_department } },
                        };
                        let area = format!("{} ({})", unit.area_name, (texts.tier_name)(unit.tier));
                        html! {
                            <tr>
                                <td class="mono">{ &unit.code }</td>
                                <td>
                                    <Link to={Route::Unit(unit.code.clone())}>{ &unit.name }</Link>
                                </td>
                                <td>{ area }</td>
                                <td>{ office }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[derive(Clone, Default, PartialEq)]
struct RegisterState {
    code: String,
    name: String,
    area_code: String,
    office_id: String,
    attempted: bool,
    busy: bool,
    error: Option<ApiError>,
    registered: Option<String>,
}

impl RegisterState {
    fn problem(&self, field: &str) -> Option<&'static str> {
        match field {
            "code" if !is_unit_code_shape(&self.code) => Some("unit_code_invalid"),
            "name" if self.name.trim().is_empty() => Some("required"),
            "name" => check_text("name", &self.name),
            "area_code" if self.area_code.is_empty() => Some("required"),
            _ => None,
        }
    }
}

/// Renders the form that registers a unit, with its area and managing office from the lists.
#[function_component]
fn RegisterUnit() -> Html {
    let app = use_app();
    let texts = app.texts();
    let form = use_state(RegisterState::default);
    let areas = use_remote((), |()| async { api::get::<Vec<AreaView>>("/areas").await });
    let offices = use_remote((), |()| async {
        api::get::<OfficeListResponse>("/offices").await
    });

    let onsubmit = {
        let form = form.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let fields = ["code", "name", "area_code"];
            if let Some(field) = fields.iter().find(|field| form.problem(field).is_some()) {
                form.set(RegisterState {
                    attempted: true,
                    ..(*form).clone()
                });
                browser::focus_id(&format!("register-{field}"));
                return;
            }
            let request = CreateUnitRequest {
                code: form.code.trim().to_owned(),
                name: form.name.trim().to_owned(),
                area_code: form.area_code.clone(),
                office_id: form.office_id.parse().ok(),
                address: None,
                phone: None,
                invoice_email: None,
                tax_code: None,
                representative: None,
                representative_title: None,
                account_number: None,
                account_bank: None,
                website: None,
            };
            form.set(RegisterState {
                busy: true,
                error: None,
                registered: None,
                ..(*form).clone()
            });
            let form = form.clone();
            spawn_local(async move {
                match api::send::<_, UnitResponse>(Method::POST, "/units", &request).await {
                    Ok(unit) => form.set(RegisterState {
                        registered: Some(unit.code),
                        ..RegisterState::default()
                    }),
                    Err(error) => form.set(RegisterState {
                        busy: false,
                        error: Some(error),
                        ..(*form).clone()
                    }),
                }
            });
        })
    };
    let setter = |apply: fn(&mut RegisterState, String)| {
        let form = form.clone();
        Callback::from(move |value: String| {
            let mut next = (*form).clone();
            apply(&mut next, value);
            form.set(next);
        })
    };
    let message = |field: &str| {
        let local = form
            .problem(field)
            .filter(|_| form.attempted)
            .and_then(|code| (texts.field_error_message)(field, code));
        local.or_else(|| {
            form.error
                .as_ref()
                .and_then(|error| error.field_text(field, app.lang))
        })
    };
    let mut area_options = vec![(String::new(), texts.choose.to_owned())];
    if let crate::hooks::Remote::Ready(list) = &areas.value {
        area_options.extend(list.iter().map(|area| {
            (
                area.code.clone(),
                format!("{} ({})", area.name, (texts.tier_name)(area.tier)),
            )
        }));
    }
    let mut office_options = vec![(String::new(), texts.managed_by_department.to_owned())];
    if let crate::hooks::Remote::Ready(list) = &offices.value {
        office_options.extend(
            list.offices
                .iter()
                .map(|o| (o.id.to_string(), o.name.clone())),
        );
    }

    html! {
        <form class="card" {onsubmit} novalidate=true aria-labelledby="register-heading">
            <h2 id="register-heading">{ texts.units_register_title }</h2>
            if let Some(code) = &form.registered {
                <p class="notice success" role="status">
                    { (texts.units_registered)(code) }{ " " }
                    <Link to={Route::Unit(code.clone())}>{ texts.go_to_unit }</Link>
                </p>
            }
            if let Some(error) = form.error.as_ref().filter(|e| !e.has_field_errors()) {
                <ErrorNotice error={error.clone()} />
            }
            <Field id="register-code" label={(texts.field_label)("code")} value={form.code.clone()}
                oninput={setter(|s, v| s.code = v)} error={message("code")} required=true
                inputmode="numeric" hint={texts.lookup_code_hint} autocomplete="off" />
            <Field id="register-name" label={(texts.field_label)("name")} value={form.name.clone()}
                oninput={setter(|s, v| s.name = v)} error={message("name")} required=true />
            <SelectField id="register-area_code" label={(texts.field_label)("area_code")}
                value={form.area_code.clone()} options={area_options}
                onchange={setter(|s, v| s.area_code = v)} error={message("area_code")}
                required=true />
            <SelectField id="register-office_id" label={texts.office_field}
                value={form.office_id.clone()} options={office_options}
                onchange={setter(|s, v| s.office_id = v)} error={message("office_id")} />
            <button type="submit" class="button" disabled={form.busy}>
                { texts.units_register_title }
            </button>
        </form>
    }
}
