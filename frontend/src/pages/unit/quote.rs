//! The quote of the unit's next contract with its explanation, and the button that draws the
//! contract up.

use gloo_net::http::Method;
use hopdong_api_types::{ContractResponse, OpenContractRequest, QuoteResponse};
use hopdong_domain::{ContractKind, Lang};
use time::{Date, Duration};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::browser;
use crate::components::{remote_view, ErrorNotice, Field, Link};
use crate::context::use_app;
use crate::format;
use crate::hooks::use_remote;
use crate::route::Route;

/// Days after today within which a Creation contract may start, as the server enforces.
const CREATION_START_WINDOW_DAYS: i64 = 90;

#[derive(Properties, PartialEq)]
pub struct QuoteCardProps {
    pub code: String,
    /// Whether the signed-in account may draw up a contract for this unit.
    pub can_open: bool,
    /// The unit's contract that is not signed yet, if any: it must be finished first.
    pub open_contract: Option<ContractResponse>,
}

#[function_component]
pub fn QuoteCard(props: &QuoteCardProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    let start = use_state(String::new);
    let opening = use_state(|| false);
    let open_error = use_state(|| None::<ApiError>);

    let today = browser::today();
    let last_start = today + Duration::days(CREATION_START_WINDOW_DAYS);
    let typed_start = format::parse_date_input(&start);
    let start_problem = match typed_start {
        _ if start.trim().is_empty() => None,
        None => Some("date_invalid"),
        Some(day) if day < today || day > last_start => Some("start_out_of_range"),
        Some(_) => None,
    };
    let quoted_start = typed_start.filter(|_| start_problem.is_none());
    let quote = use_remote(
        (props.code.clone(), app.lang, quoted_start),
        |(code, _lang, start): (String, Lang, Option<Date>)| async move {
            let mut path = format!("/units/{}/quote", api::query_value(&code));
            if let Some(start) = start {
                path.push_str(&format!("?start={}", format::iso_date(start)));
            }
            api::get::<QuoteResponse>(&path).await
        },
    );

    if let Some(open) = &props.open_contract {
        return html! {
            <section class="card highlight" aria-labelledby="quote-heading">
                <h2 id="quote-heading">{ texts.quote_title }</h2>
                <p>{ texts.open_contract_exists }</p>
                <p><Link to={Route::Contract(props.code.clone(), open.id)} class="button">
                    { texts.go_to_contract }
                </Link></p>
            </section>
        };
    }

    let on_open = {
        let code = props.code.clone();
        let opening = opening.clone();
        let open_error = open_error.clone();
        let navigate = app.navigate.clone();
        Callback::from(move |_: MouseEvent| {
            opening.set(true);
            open_error.set(None);
            let request = OpenContractRequest {
                start: quoted_start,
            };
            let path = format!("/units/{}/contracts", api::query_value(&code));
            let code = code.clone();
            let opening = opening.clone();
            let open_error = open_error.clone();
            let navigate = navigate.clone();
            spawn_local(async move {
                match api::send::<_, ContractResponse>(Method::POST, &path, &request).await {
                    Ok(contract) => navigate.emit(Route::Contract(code, contract.id)),
                    Err(error) => {
                        opening.set(false);
                        open_error.set(Some(error));
                    }
                }
            });
        })
    };
    let set_start = {
        let start = start.clone();
        Callback::from(move |value: String| start.set(value))
    };

    let start_hint = (texts.quote_start_hint)(&format::date(today), &format::date(last_start));
    let start_error = start_problem
        .and_then(|code| (texts.field_error_message)("start", code))
        .or_else(|| {
            (*open_error)
                .as_ref()
                .and_then(|error| error.field_text("start", app.lang))
        });
    let general_error = (*open_error)
        .clone()
        .filter(|error| !error.has_field_errors());

    html! {
        <section class="card highlight" aria-labelledby="quote-heading">
            <h2 id="quote-heading">{ texts.quote_title }</h2>
            { remote_view(&quote, |quote| html! {
                <>
                    <p class="explanation">{ &quote.explanation }</p>
                    <dl class="facts">
                        <dt>{ texts.quote_kind }</dt>
                        <dd>{ (texts.contract_kind_name)(quote.kind) }</dd>
                        <dt>{ texts.quote_period }</dt>
                        <dd>{ format::period(app.lang, quote.start, quote.end) }</dd>
                        <dt>{ texts.quote_monthly_fee }</dt>
                        <dd>{ format::money(quote.monthly_fee, app.lang) }</dd>
                        <dt>{ texts.quote_months }</dt><dd>{ quote.months }</dd>
                        <dt>{ texts.quote_total }</dt>
                        <dd class="total">{ format::money(quote.total, app.lang) }</dd>
                        <dt>{ texts.quote_total_in_words }</dt>
                        <dd lang="vi"><em>{ &quote.total_in_words }</em></dd>
                    </dl>
                    <p class="muted small">
                        { (texts.quote_tariff_from)(&format::date(quote.tariff_effective_from)) }
                    </p>
                    if props.can_open && quote.kind == ContractKind::Creation {
                        <Field id="quote-start" label={texts.quote_start_label}
                            value={(*start).clone()} oninput={set_start.clone()}
                            hint={start_hint.clone()}
                            error={start_error.clone()} autocomplete="off" />
                    }
                </>
            }) }
            if let Some(error) = general_error {
                <ErrorNotice {error} />
            }
            if props.can_open {
                <button type="button" class="button" onclick={on_open} disabled={*opening}>
                    { if *opening { texts.opening_contract } else { texts.open_contract } }
                </button>
            }
        </section>
    }
}
