//! The public page: look a unit up by its code, without signing in.

use hopdong_api_types::UnitLookupResponse;
use hopdong_domain::Role;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::browser;
use crate::components::{Field, Link, Loading, PortalStatusBadge};
use crate::context::use_app;
use crate::format;
use crate::hooks::{use_remote, use_title, Remote};
use crate::route::Route;
use crate::validate::is_unit_code_shape;

#[derive(Properties, PartialEq)]
pub struct LookupProps {
    /// The code in the address, looked up as soon as the page shows.
    pub code: Option<String>,
}

#[function_component]
pub fn Lookup(props: &LookupProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    use_title(format!("{} · {}", texts.lookup_title, texts.app_name));

    let typed = use_state(|| props.code.clone().unwrap_or_default());
    let shape_error = use_state(|| false);
    let result = use_remote(props.code.clone(), |code: Option<String>| async move {
        match code {
            Some(code) => api::get::<UnitLookupResponse>(&format!(
                "/units/{}/lookup",
                api::query_value(&code)
            ))
            .await
            .map(Some),
            None => Ok(None),
        }
    });
    {
        let typed = typed.clone();
        use_effect_with(props.code.clone(), move |code| {
            if let Some(code) = code {
                typed.set(code.clone());
            }
        });
    }

    let onsubmit = {
        let typed = typed.clone();
        let shape_error = shape_error.clone();
        let navigate = app.navigate.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let code = typed.trim().to_owned();
            if is_unit_code_shape(&code) {
                shape_error.set(false);
                navigate.emit(Route::Lookup(Some(code)));
            } else {
                shape_error.set(true);
                browser::focus_id("lookup-code");
            }
        })
    };
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |value: String| typed.set(value))
    };

    let server_error = match &result.value {
        Remote::Failed(error) if error.code == "unit_code_invalid" => Some(error.text(app.lang)),
        _ => None,
    };
    let field_error = if *shape_error {
        Some(if typed.trim().is_empty() {
            texts.unit_code_empty.to_owned()
        } else {
            (texts.unit_code_format)(typed.trim())
        })
    } else {
        server_error
    };
    let searching = matches!(result.value, Remote::Loading) && props.code.is_some();

    html! {
        <section class="page narrow">
            <h1>{ texts.lookup_title }</h1>
            <p class="lead">{ texts.lookup_intro }</p>
            <form class="card lookup-form" {onsubmit} novalidate=true>
                <Field id="lookup-code" label={texts.lookup_code_label} value={(*typed).clone()}
                    {oninput} error={field_error} hint={texts.lookup_code_hint}
                    inputmode="numeric" autocomplete="off" />
                <button type="submit" class="button" disabled={searching}>
                    { if searching { texts.lookup_searching } else { texts.lookup_submit } }
                </button>
            </form>
            <div aria-live="polite">
                // A malformed new code hides the previous answer, which would otherwise read as
                // the answer to the code now in the box.
                if !*shape_error {
                    { lookup_result(&result.value, props.code.as_deref(), &result.reload) }
                }
            </div>
        </section>
    }
}

fn lookup_result(
    value: &Remote<Option<UnitLookupResponse>>,
    code: Option<&str>,
    retry: &Callback<()>,
) -> Html {
    let Some(code) = code else {
        return Html::default();
    };
    match value {
        Remote::Loading => html! { <Loading /> },
        Remote::Ready(found) => match found.as_ref() {
            Some(unit) => html! { <UnitCard unit={unit.clone()} /> },
            None => Html::default(),
        },
        Remote::Failed(error) => failure(error, code, retry),
    }
}

fn failure(error: &ApiError, code: &str, retry: &Callback<()>) -> Html {
    match error.code.as_str() {
        // Shown next to the input instead.
        "unit_code_invalid" => Html::default(),
        "not_found" => html! { <NotFoundNotice code={code.to_owned()} /> },
        _ => {
            html! { <crate::components::ErrorNotice error={error.clone()} retry={retry.clone()} /> }
        }
    }
}

#[derive(Properties, PartialEq)]
struct NotFoundNoticeProps {
    code: String,
}

#[function_component]
fn NotFoundNotice(props: &NotFoundNoticeProps) -> Html {
    let app = use_app();
    html! {
        <div class="notice warning" role="alert">
            <p>{ (app.texts().lookup_not_found)(&props.code) }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct UnitCardProps {
    unit: UnitLookupResponse,
}

#[function_component]
fn UnitCard(props: &UnitCardProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    let unit = &props.unit;
    let status = &unit.portal_status;
    let office = match unit.managing_office.id {
        Some(_) => unit.managing_office.name.clone(),
        None => texts.managed_by_department.to_owned(),
    };
    let is_own_unit = app.user.as_ref().is_some_and(|user| {
        user.role != Role::Unit || user.unit_code.as_deref() == Some(unit.code.as_str())
    });
    html! {
        <article class="card unit-card" aria-labelledby="unit-card-name">
            <h2 id="unit-card-name">{ &unit.name }</h2>
            <dl class="facts">
                <dt>{ texts.unit_code }</dt><dd class="mono">{ &unit.code }</dd>
                <dt>{ texts.area }</dt>
                <dd>{ format!("{} ({})", unit.area.name, (texts.tier_name)(unit.area.tier)) }</dd>
                <dt>{ texts.managing_office }</dt><dd>{ office }</dd>
                <dt>{ texts.portal_status }</dt>
                <dd>
                    <PortalStatusBadge status={status.status} />
                    if let Some(day) = status.as_of {
                        <span class="muted small">
                            { format!(" {}", (texts.as_of)(&format::date(day))) }
                        </span>
                    }
                </dd>
                if let Some(day) = status.current_last_day {
                    <dt>{ texts.current_last_day }</dt><dd>{ format::date(day) }</dd>
                }
                if let Some(day) = status.renewal_deadline {
                    <dt>{ texts.renewal_deadline }</dt><dd>{ format::date(day) }</dd>
                }
            </dl>
            if is_own_unit {
                <p>
                    <Link to={Route::Unit(unit.code.clone())} class="button">
                        { texts.go_to_unit }
                    </Link>
                </p>
            } else if app.user.is_none() {
                <p class="muted">{ texts.lookup_sign_in_hint }{ " " }
                    <Link to={Route::SignIn}>{ texts.sign_in }</Link></p>
            }
        </article>
    }
}
