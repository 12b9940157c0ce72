//! The workflow buttons of a contract: submit, receive, sign and cancel with a reason.

use hopdong_api_types::ContractResponse;
use hopdong_domain::{ContractState, Transition};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::api::ApiError;
use crate::browser;
use crate::components::{ErrorNotice, Field, Link, Notice, NoticeKind};
use crate::context::use_app;
use crate::route::Route;
use crate::workflow::{allowed_steps, check_reason, take_step};

#[derive(Properties, PartialEq)]
pub struct ActionsProps {
    pub contract: ContractResponse,
    /// Detail fields the unit has not filled in; `None` while unknown.
    #[prop_or_default]
    pub missing: Option<Vec<String>>,
    /// Called with the contract after a step succeeded.
    pub on_changed: Callback<ContractResponse>,
    /// Shorter layout for a row of a work queue.
    #[prop_or_default]
    pub compact: bool,
}

#[derive(Clone, Default, PartialEq)]
struct PanelState {
    busy: bool,
    error: Option<ApiError>,
    done: Option<ContractState>,
    cancelling: bool,
    reason: String,
    reason_attempted: bool,
}

#[function_component]
pub fn Actions(props: &ActionsProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    let panel = use_state(PanelState::default);
    let Some(role) = app.role() else {
        return Html::default();
    };
    let steps = allowed_steps(props.contract.state, role);
    let id_prefix = format!("contract-{}", props.contract.id);

    let run = {
        let panel = panel.clone();
        let contract = props.contract.clone();
        let on_changed = props.on_changed.clone();
        let id_prefix = id_prefix.clone();
        Callback::from(move |step: Transition| {
            let reason = (step == Transition::Cancel).then(|| panel.reason.clone());
            if let Some(reason) = &reason {
                if check_reason(reason).is_some() {
                    panel.set(PanelState {
                        reason_attempted: true,
                        ..(*panel).clone()
                    });
                    browser::focus_id(&format!("{id_prefix}-reason"));
                    return;
                }
            }
            panel.set(PanelState {
                busy: true,
                error: None,
                done: None,
                ..(*panel).clone()
            });
            let panel = panel.clone();
            let contract = contract.clone();
            let on_changed = on_changed.clone();
            spawn_local(async move {
                match take_step(&contract, step, reason).await {
                    Ok(changed) => {
                        panel.set(PanelState {
                            done: Some(changed.state),
                            ..PanelState::default()
                        });
                        on_changed.emit(changed);
                    }
                    Err(error) => panel.set(PanelState {
                        busy: false,
                        error: Some(error),
                        ..(*panel).clone()
                    }),
                }
            });
        })
    };

    let missing = props.missing.clone().unwrap_or_default();
    let submit_blocked = !missing.is_empty();
    let buttons = steps
        .iter()
        .filter(|step| **step != Transition::Cancel)
        .map(|step| {
            let label = match step {
                Transition::Submit => texts.submit_contract,
                Transition::Receive => texts.receive_contract,
                Transition::Sign => texts.sign_contract,
                Transition::Cancel => texts.cancel_contract,
            };
            let disabled = panel.busy || (*step == Transition::Submit && submit_blocked);
            let onclick = run.reform({
                let step = *step;
                move |_: MouseEvent| step
            });
            html! { <button type="button" class="button" {onclick} {disabled}>{ label }</button> }
        });
    let can_cancel = steps.contains(&Transition::Cancel);
    let toggle_cancel = {
        let panel = panel.clone();
        Callback::from(move |_: MouseEvent| {
            let cancelling = !panel.cancelling;
            panel.set(PanelState {
                cancelling,
                ..(*panel).clone()
            });
        })
    };
    let set_reason = {
        let panel = panel.clone();
        Callback::from(move |reason: String| {
            panel.set(PanelState {
                reason,
                ..(*panel).clone()
            })
        })
    };
    let reason_error = check_reason(&panel.reason)
        .filter(|_| panel.reason_attempted)
        .and_then(|code| (texts.field_error_message)("reason", code))
        .or_else(|| {
            panel
                .error
                .as_ref()
                .and_then(|error| error.field_text("reason", app.lang))
        });
    let confirm_cancel = run.reform(|_: MouseEvent| Transition::Cancel);

    if steps.is_empty() && panel.done.is_none() {
        return Html::default();
    }
    // A submission rejected for missing details gets one message, not one per field.
    let shown_error = panel
        .error
        .as_ref()
        .filter(|e| !e.has_field_errors() || e.code == "details_incomplete");
    let submit_note = if submit_blocked {
        texts.submit_blocked
    } else {
        texts.submit_hint
    };
    let missing_labels: Vec<&str> = missing.iter().map(|f| (texts.field_label)(f)).collect();
    let unit_route = Route::Unit(props.contract.unit_code.clone());
    html! {
        <div class={classes!("actions", (!props.compact).then_some("card"))}>
            if let Some(state) = panel.done {
                <Notice kind={NoticeKind::Success} message={(texts.action_done)(state)} />
            }
            if let Some(error) = shown_error {
                <ErrorNotice error={error.clone()} />
            }
            if steps.contains(&Transition::Submit) && !props.compact {
                <p class="muted">{ submit_note }</p>
                if submit_blocked {
                    <p>
                        { (texts.details_missing)(&missing_labels.join(", ")) }
                        { " " }
                        <Link to={unit_route}>{ texts.details_title }</Link>
                    </p>
                }
            }
            <div class="button-row">
                { for buttons }
                if can_cancel {
                    <button type="button" class="button danger-outline" onclick={toggle_cancel}
                        aria-expanded={panel.cancelling.to_string()} disabled={panel.busy}>
                        { texts.cancel_contract }
                    </button>
                }
            </div>
            if can_cancel && panel.cancelling {
                <div class="cancel-form">
                    <Field id={format!("{id_prefix}-reason")} label={texts.cancel_reason_label}
                        value={panel.reason.clone()} oninput={set_reason} error={reason_error}
                        required=true multiline=true />
                    <button type="button" class="button danger" onclick={confirm_cancel}
                        disabled={panel.busy}>
                        { texts.cancel_confirm }
                    </button>
                </div>
            }
        </div>
    }
}
