//! The Centre's work queues: contracts submitted, received, and signed but not fully paid,
//! each row with the step it waits for.

use hopdong_api_types::{ContractDetailResponse, ContractListResponse, ContractResponse};
use hopdong_domain::Role;
use yew::prelude::*;

use crate::api;
use crate::components::{remote_view, EmptyState, Link, Notice, NoticeKind};
use crate::context::use_app;
use crate::format;
use crate::hooks::{use_remote, use_title};
use crate::route::{Queue, Route};

use super::contract::{contract_heading, Actions, PaymentForm};

#[derive(Properties, PartialEq)]
pub struct QueuesProps {
    pub queue: Queue,
}

#[function_component]
pub fn Queues(props: &QueuesProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    use_title(format!("{} · {}", texts.queues_title, texts.app_name));
    let list = use_remote(props.queue, |queue: Queue| async move {
        api::get::<ContractListResponse>(&format!("/contracts?{}", queue.api_query())).await
    });
    if app.role() != Some(Role::Centre) {
        return html! {
            <section class="page">
                <h1>{ texts.queues_title }</h1>
                <Notice kind={NoticeKind::Warning} message={texts.no_access} />
            </section>
        };
    }
    let done = use_state(|| None::<String>);
    {
        let done = done.clone();
        use_effect_with(props.queue, move |_| done.set(None));
    }
    let on_step = {
        let done = done.clone();
        let reload = list.reload.clone();
        let app = app.clone();
        Callback::from(move |contract: ContractResponse| {
            let message = (app.texts().action_done)(contract.state);
            done.set(Some(format!(
                "{}: {message}",
                contract_heading(&app, &contract)
            )));
            reload.emit(());
        })
    };
    let on_paid = {
        let done = done.clone();
        let reload = list.reload.clone();
        let app = app.clone();
        Callback::from(move |detail: ContractDetailResponse| {
            let message = app.texts().payment_recorded;
            done.set(Some(format!(
                "{}: {message}",
                contract_heading(&app, &detail.contract)
            )));
            reload.emit(());
        })
    };

    html! {
        <section class="page wide">
            <h1>{ texts.queues_title }</h1>
            <nav class="tabs" aria-label={texts.queues_title}>
                { for Queue::ALL.iter().map(|queue| html! {
                    <Link to={Route::Queue(*queue)} class="tab" current={*queue == props.queue}>
                        { queue_label(*queue, texts) }
                    </Link>
                }) }
            </nav>
            if let Some(message) = (*done).clone() {
                <Notice kind={NoticeKind::Success} {message} />
            }
            { remote_view(&list, |list| {
                if list.contracts.is_empty() {
                    let message = (texts.queue_empty)(props.queue.state());
                    return html! { <EmptyState {message} /> };
                }
                html! {
                    <ul class="queue">
                        { for list.contracts.iter().map(|contract| html! {
                            <QueueItem key={contract.id} contract={contract.clone()}
                                on_step={on_step.clone()} on_paid={on_paid.clone()} />
                        }) }
                    </ul>
                }
            }) }
        </section>
    }
}

fn queue_label(queue: Queue, texts: &crate::i18n::Texts) -> &'static str {
    match queue {
        Queue::Submitted => texts.queue_submitted,
        Queue::Received => texts.queue_received,
        Queue::Unpaid => texts.queue_unpaid,
    }
}

#[derive(Properties, PartialEq)]
struct QueueItemProps {
    contract: ContractResponse,
    on_step: Callback<ContractResponse>,
    on_paid: Callback<ContractDetailResponse>,
}

#[function_component]
fn QueueItem(props: &QueueItemProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    let contract = &props.contract;
    let money = |amount| format::money(amount, app.lang);
    let outstanding = contract.total - contract.paid_amount;
    let unpaid = contract.paid_amount < contract.total
        && contract.state == hopdong_domain::ContractState::Signed;
    let heading_id = format!("queue-item-{}", contract.id);

    let kind = (texts.contract_kind_name)(contract.kind);
    let term = format::period(app.lang, contract.start, contract.end);
    let paid = format!(
        " · {}: {} · {}: {}",
        texts.contract_paid,
        money(contract.paid_amount),
        texts.contract_outstanding,
        money(outstanding)
    );
    let updated = format!(
        " · {}: {}",
        texts.queue_updated,
        format::instant(contract.updated_at)
    );

    html! {
        <li class="card queue-item" aria-labelledby={heading_id.clone()}>
            <div class="queue-summary">
                <h2 id={heading_id}>
                    <Link to={Route::Contract(contract.unit_code.clone(), contract.id)}>
                        { contract_heading(&app, contract) }
                    </Link>
                </h2>
                <p>
                    <Link to={Route::Unit(contract.unit_code.clone())}>
                        { &contract.unit_name }
                    </Link>
                    <span class="mono">{ format!(" ({})", contract.unit_code) }</span>
                    { format!(" · {kind} · {term}") }
                </p>
                <p>
                    <strong>{ money(contract.total) }</strong>
                    if contract.paid_amount > 0 {
                        { paid }
                    }
                    <span class="muted small">{ updated }</span>
                </p>
            </div>
            <Actions contract={contract.clone()} on_changed={props.on_step.clone()} compact=true />
            if unpaid {
                <details class="payment-details">
                    <summary>{ texts.record_payment }</summary>
                    <PaymentForm contract={contract.clone()} on_recorded={props.on_paid.clone()} />
                </details>
            }
        </li>
    }
}
