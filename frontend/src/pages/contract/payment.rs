//! The Centre's form to record money received for a signed contract.

use gloo_net::http::Method;
use hopdong_api_types::{ContractDetailResponse, ContractResponse, RecordPaymentRequest};
use hopdong_domain::money::format_amount;
use hopdong_domain::Lang;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::browser;
use crate::components::{ErrorNotice, Field, Notice, NoticeKind, SelectField};
use crate::context::use_app;
use crate::format;
use crate::model::PaymentMethod;
use crate::validate::{check_text, parse_amount};

#[derive(Properties, PartialEq)]
pub struct PaymentFormProps {
    pub contract: ContractResponse,
    /// Called with the contract, its history and its payments after the payment is recorded.
    pub on_recorded: Callback<ContractDetailResponse>,
}

#[derive(Clone, PartialEq)]
struct PaymentState {
    amount: String,
    paid_on: String,
    method: String,
    reference: String,
    attempted: bool,
    busy: bool,
    recorded: bool,
    error: Option<ApiError>,
}

impl PaymentState {
    fn new(outstanding: i64, lang: Lang) -> PaymentState {
        PaymentState {
            amount: format_amount(outstanding, lang),
            paid_on: format::date(browser::today()),
            method: PaymentMethod::Treasury.as_str().to_owned(),
            reference: String::new(),
            attempted: false,
            busy: false,
            recorded: false,
            error: None,
        }
    }

    /// Returns the problem code of each field as typed, in form order.
    fn problems(&self, outstanding: i64) -> [(&'static str, Option<&'static str>); 3] {
        let amount = match parse_amount(&self.amount) {
            None => Some("amount_invalid"),
            Some(0) => Some("not_positive"),
            Some(amount) if amount > outstanding => Some("exceeds_balance"),
            Some(_) => None,
        };
        let paid_on = match format::parse_date_input(&self.paid_on) {
            None => Some("date_invalid"),
            Some(day) if day > browser::today() => Some("in_future"),
            Some(_) => None,
        };
        let reference = check_text("reference", &self.reference);
        [
            ("amount", amount),
            ("paid_on", paid_on),
            ("reference", reference),
        ]
    }
}

#[function_component]
pub fn PaymentForm(props: &PaymentFormProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    let outstanding = props.contract.total - props.contract.paid_amount;
    let form = use_state(|| PaymentState::new(outstanding, app.lang));
    let id_prefix = format!("payment-{}", props.contract.id);

    let onsubmit = {
        let form = form.clone();
        let contract = props.contract.clone();
        let on_recorded = props.on_recorded.clone();
        let id_prefix = id_prefix.clone();
        let lang = app.lang;
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let problem = form
                .problems(outstanding)
                .into_iter()
                .find(|(_, code)| code.is_some());
            if let Some((field, _)) = problem {
                form.set(PaymentState {
                    attempted: true,
                    ..(*form).clone()
                });
                browser::focus_id(&format!("{id_prefix}-{field}"));
                return;
            }
            let reference = form.reference.trim();
            let request = RecordPaymentRequest {
                amount: parse_amount(&form.amount).unwrap_or_default(),
                paid_on: format::parse_date_input(&form.paid_on).unwrap_or_else(browser::today),
                method: form.method.clone(),
                reference: (!reference.is_empty()).then(|| reference.to_owned()),
            };
            form.set(PaymentState {
                busy: true,
                error: None,
                recorded: false,
                ..(*form).clone()
            });
            let path = format!(
                "/units/{}/contracts/{}/payments",
                api::query_value(&contract.unit_code),
                contract.id
            );
            let form = form.clone();
            let on_recorded = on_recorded.clone();
            spawn_local(async move {
                match api::send::<_, ContractDetailResponse>(Method::POST, &path, &request).await {
                    Ok(detail) => {
                        let left = detail.contract.total - detail.contract.paid_amount;
                        form.set(PaymentState {
                            recorded: true,
                            ..PaymentState::new(left, lang)
                        });
                        on_recorded.emit(detail);
                    }
                    Err(error) => form.set(PaymentState {
                        busy: false,
                        error: Some(error),
                        ..(*form).clone()
                    }),
                }
            });
        })
    };

    let problems = form.problems(outstanding);
    let message = |field: &str| -> Option<String> {
        let local = problems
            .iter()
            .find(|(name, _)| *name == field)
            .and_then(|(_, code)| *code)
            .filter(|_| form.attempted)
            .and_then(|code| (texts.field_error_message)(field, code));
        local.or_else(|| {
            form.error
                .as_ref()
                .and_then(|error| error.field_text(field, app.lang))
        })
    };
    let setter = |apply: fn(&mut PaymentState, String)| {
        let form = form.clone();
        Callback::from(move |value: String| {
            let mut next = (*form).clone();
            apply(&mut next, value);
            form.set(next);
        })
    };
    let outstanding_hint = format!(
        "{}: {}",
        texts.contract_outstanding,
        format::money(outstanding, app.lang)
    );
    let methods: Vec<(String, String)> = PaymentMethod::ALL
        .iter()
        .map(|method| {
            (
                method.as_str().to_owned(),
                (texts.payment_method_name)(*method).to_owned(),
            )
        })
        .collect();

    html! {
        <form class="card payment-form" {onsubmit} novalidate=true
            aria-labelledby={format!("{id_prefix}-heading")}>
            <h2 id={format!("{id_prefix}-heading")}>{ texts.record_payment }</h2>
            if form.recorded {
                <Notice kind={NoticeKind::Success} message={texts.payment_recorded} />
            }
            if let Some(error) = form.error.as_ref().filter(|e| !e.has_field_errors()) {
                <ErrorNotice error={error.clone()} />
            }
            <Field id={format!("{id_prefix}-amount")} label={texts.payment_amount}
                value={form.amount.clone()} oninput={setter(|s, v| s.amount = v)}
                error={message("amount")} inputmode="numeric" required=true
                hint={outstanding_hint} />
            <Field id={format!("{id_prefix}-paid_on")} label={texts.payment_paid_on}
                value={form.paid_on.clone()} oninput={setter(|s, v| s.paid_on = v)}
                error={message("paid_on")} required=true hint={texts.date_hint}
                autocomplete="off" />
            <SelectField id={format!("{id_prefix}-method")} label={texts.payment_method_label}
                value={form.method.clone()} options={methods}
                onchange={setter(|s, v| s.method = v)} error={message("method")} />
            <Field id={format!("{id_prefix}-reference")} label={texts.payment_reference}
                value={form.reference.clone()} oninput={setter(|s, v| s.reference = v)}
                error={message("reference")} />
            <button type="submit" class="button" disabled={form.busy}>
                { texts.record_payment }
            </button>
        </form>
    }
}
