//! One contract: its figures, state, payments and history, with the actions the signed-in
//! account may take on it.

mod actions;
mod payment;

use hopdong_api_types::{ContractDetailResponse, ContractResponse, PaymentStatus, UnitResponse};
use hopdong_domain::{ContractState, Role};
use yew::prelude::*;

use crate::api;
use crate::components::{remote_view, ContractStateBadge, EmptyState, Link};
use crate::context::{use_app, AppContext};
use crate::format;
use crate::hooks::{use_remote, use_title, Remote};
use crate::model::PaymentMethod;
use crate::route::Route;

pub use actions::Actions;
pub use payment::PaymentForm;

#[derive(Properties, PartialEq)]
pub struct ContractPageProps {
    pub code: String,
    pub id: i64,
}

/// Returns the heading of a contract: its number, or that it is a draft or was cancelled
/// before it got one.
pub fn contract_heading(app: &AppContext, contract: &ContractResponse) -> String {
    match &contract.number {
        Some(number) => (app.texts().contract_title)(number),
        None if contract.state == ContractState::Cancelled => {
            app.texts().contract_cancelled_title.to_owned()
        }
        None => app.texts().contract_draft_title.to_owned(),
    }
}

#[function_component]
pub fn ContractPage(props: &ContractPageProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    let code = api::query_value(&props.code);
    let detail = use_remote(
        (code.clone(), props.id),
        |(code, id): (String, i64)| async move {
            api::get::<ContractDetailResponse>(&format!("/units/{code}/contracts/{id}")).await
        },
    );
    let unit = use_remote(code, |code: String| async move {
        api::get::<UnitResponse>(&format!("/units/{code}")).await
    });

    let heading = match &detail.value {
        Remote::Ready(detail) => contract_heading(&app, &detail.contract),
        _ => texts.contract_draft_title.to_owned(),
    };
    use_title(format!("{heading} · {}", texts.app_name));
    let unit_name = match &unit.value {
        Remote::Ready(unit) => unit.name.clone(),
        _ => props.code.clone(),
    };
    let on_changed = detail.reload.reform(|_: ContractResponse| ());
    let on_paid = detail.set.clone();
    let missing = match &unit.value {
        Remote::Ready(unit) => Some(unit.missing_for_contract.clone()),
        _ => None,
    };

    html! {
        <section class="page">
            <p class="breadcrumb">
                <Link to={Route::Unit(props.code.clone())}>{ format!("← {unit_name}") }</Link>
            </p>
            <h1>{ heading }</h1>
            { remote_view(&detail, |detail| {
                let contract = &detail.contract;
                let can_pay = app.role() == Some(Role::Centre)
                    && contract.state == ContractState::Signed
                    && contract.paid_amount < contract.total;
                html! {
                    <div class="columns">
                        <div class="column">
                            <Summary contract={contract.clone()} />
                            <Actions contract={contract.clone()} missing={missing.clone()}
                                on_changed={on_changed.clone()} />
                            if can_pay {
                                <PaymentForm contract={contract.clone()}
                                    on_recorded={on_paid.clone()} />
                            }
                        </div>
                        <div class="column">
                            <Payments detail={detail.clone()} />
                            <History detail={detail.clone()} />
                        </div>
                    </div>
                }
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    contract: ContractResponse,
}

#[function_component]
fn Summary(props: &SummaryProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    let contract = &props.contract;
    let money = |amount| format::money(amount, app.lang);
    let invoice = match (&contract.state, &contract.details_snapshot) {
        (ContractState::Signed, Some(snapshot)) => match &snapshot.invoice_email {
            Some(email) => (texts.contract_invoice_due)(email),
            None => texts.contract_invoice_pending.to_owned(),
        },
        _ => texts.contract_invoice_pending.to_owned(),
    };
    let tax_split = match contract.tax.vat_percent {
        Some(_) => format!(
            "{}: {}; {}: {}",
            texts.contract_pre_tax,
            money(contract.tax.pre_tax),
            (texts.contract_tax)(contract.tax.vat_percent),
            money(contract.tax.tax)
        ),
        None => (texts.contract_tax)(None),
    };
    let printable = contract.number.is_some() && contract.state != ContractState::Cancelled;
    html! {
        <section class="card" aria-labelledby="summary-heading">
            <h2 id="summary-heading" class="visually-hidden">{ texts.contract_state }</h2>
            <dl class="facts">
                <dt>{ texts.contract_state }</dt>
                <dd><ContractStateBadge state={contract.state} /></dd>
                <dt>{ texts.contract_kind }</dt>
                <dd>{ (texts.contract_kind_name)(contract.kind) }</dd>
                <dt>{ texts.quote_period }</dt>
                <dd>{ format::period(app.lang, contract.start, contract.end) }</dd>
                <dt>{ texts.quote_monthly_fee }</dt><dd>{ money(contract.monthly_fee) }</dd>
                <dt>{ texts.quote_months }</dt><dd>{ contract.months }</dd>
                <dt>{ texts.quote_total }</dt><dd class="total">{ money(contract.total) }</dd>
                <dt>{ texts.quote_total_in_words }</dt>
                <dd lang="vi"><em>{ &contract.total_in_words }</em></dd>
                <dt>{ texts.contract_tax_split }</dt>
                <dd>{ tax_split }</dd>
                <dt>{ texts.contract_payment }</dt>
                <dd>
                    { (texts.payment_status_name)(contract.payment_status) }
                    // Money is owed only on a signed contract; a draft or a cancelled one owes
                    // nothing yet or any more.
                    if contract.payment_status != PaymentStatus::NotDue {
                        { format!(
                            " · {}: {} · {}: {}",
                            texts.contract_paid,
                            money(contract.paid_amount),
                            texts.contract_outstanding,
                            money(contract.total - contract.paid_amount)
                        ) }
                    }
                </dd>
                <dt>{ texts.contract_invoice }</dt><dd>{ invoice }</dd>
                if let Some(reason) = &contract.cancel_reason {
                    <dt>{ texts.contract_cancel_reason }</dt><dd>{ reason }</dd>
                }
            </dl>
            if printable {
                <p>
                    <Link to={Route::Print(contract.unit_code.clone(), contract.id)}
                        class="button secondary">
                        { texts.contract_print }
                    </Link>
                </p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DetailProps {
    detail: std::rc::Rc<ContractDetailResponse>,
}

#[function_component]
fn Payments(props: &DetailProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    let payments = &props.detail.payments;
    html! {
        <section class="card" aria-labelledby="payments-heading">
            <h2 id="payments-heading">{ texts.payments_title }</h2>
            if payments.is_empty() {
                <EmptyState message={texts.payments_empty} />
            } else {
                <ul class="plain-list">
                    { for payments.iter().map(|payment| {
                        let method = PaymentMethod::from_name(&payment.method)
                            .map(texts.payment_method_name)
                            .unwrap_or(payment.method.as_str());
                        html! {
                            <li>
                                <strong>{ format::money(payment.amount, app.lang) }</strong>
                                { format!(" · {} · {}", format::date(payment.paid_on), method) }
                                if let Some(reference) = &payment.reference {
                                    <span class="muted">{ format!(" · {reference}") }</span>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

#[function_component]
fn History(props: &DetailProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    html! {
        <section class="card" aria-labelledby="history-heading">
            <h2 id="history-heading">{ texts.contract_history }</h2>
            <ol class="timeline">
                { for props.detail.events.iter().map(|event| {
                    let (from, to) = (event.from_state, event.to_state);
                    let line = (texts.event_line)(from, to, event.actor_role);
                    html! {
                        <li>
                            <time>{ format::instant(event.at) }</time>
                            <span>{ line }</span>
                            if let Some(note) = &event.note {
                                <span class="muted">{ format!(" – {note}") }</span>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
