//! The Centre's accounts: who can sign in, with creation, disabling and password resets.

use gloo_net::http::Method;
use hopdong_api_types::{
    AccountListResponse, AccountView, AccountWithPassword, CreateAccountRequest, OfficeListResponse,
};
use hopdong_domain::Role;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::browser;
use crate::components::{
    remote_view, EmptyState, ErrorNotice, Field, Notice, NoticeKind, SelectField,
};
use crate::context::{use_app, AppContext};
use crate::format;
use crate::hooks::{use_remote, use_title, Remote};
use crate::validate::is_unit_code_shape;

/// Result of the last action on an account.
#[derive(Clone, PartialEq)]
enum Outcome {
    Changed(String),
    /// A new or reset password, shown this once.
    Password {
        username: String,
        password: String,
    },
    Failed(ApiError),
}

#[function_component]
pub fn Accounts() -> Html {
    let app = use_app();
    let texts = app.texts();
    use_title(format!("{} · {}", texts.accounts_title, texts.app_name));
    let accounts = use_remote((), |()| async {
        api::get::<AccountListResponse>("/accounts").await
    });
    let offices = use_remote((), |()| async {
        api::get::<OfficeListResponse>("/offices").await
    });
    let outcome = use_state(|| None::<Outcome>);
    if app.role() != Some(Role::Centre) {
        return html! {
            <section class="page">
                <h1>{ texts.accounts_title }</h1>
                <Notice kind={NoticeKind::Warning} message={texts.no_access} />
            </section>
        };
    }

    let office_names: Vec<(i64, String)> = match &offices.value {
        Remote::Ready(list) => list
            .offices
            .iter()
            .map(|o| (o.id, o.name.clone()))
            .collect(),
        _ => Vec::new(),
    };
    let on_outcome = {
        let outcome = outcome.clone();
        let reload = accounts.reload.clone();
        Callback::from(move |result: Outcome| {
            if !matches!(result, Outcome::Failed(_)) {
                reload.emit(());
            }
            outcome.set(Some(result));
        })
    };

    html! {
        <section class="page wide">
            <h1>{ texts.accounts_title }</h1>
            { match (*outcome).clone() {
                Some(Outcome::Changed(message)) => html! {
                    <Notice kind={NoticeKind::Success} {message} />
                },
                Some(Outcome::Password { username, password }) => html! {
                    <div class="notice success" role="status">
                        <p>{ (texts.account_password_for)(&username) }{ " " }
                            <code class="secret">{ password }</code></p>
                        <p>{ texts.account_password_once }</p>
                    </div>
                },
                Some(Outcome::Failed(error)) => html! { <ErrorNotice {error} /> },
                None => Html::default(),
            } }
            <div class="columns">
                <div class="column wide-column">
                    { remote_view(&accounts, |list| {
                        account_table(list, &office_names, &on_outcome, &app)
                    }) }
                </div>
                <div class="column">
                    <CreateAccount offices={office_names.clone()} on_outcome={on_outcome.clone()} />
                </div>
            </div>
        </section>
    }
}

fn account_table(
    list: &AccountListResponse,
    offices: &[(i64, String)],
    on_outcome: &Callback<Outcome>,
    app: &AppContext,
) -> Html {
    let texts = app.texts();
    if list.accounts.is_empty() {
        return html! { <EmptyState message={texts.accounts_empty} /> };
    }
    let scope = |account: &AccountView| match (&account.unit_code, account.office_id) {
        (Some(code), _) => code.clone(),
        (None, Some(id)) => offices
            .iter()
            .find(|(office, _)| *office == id)
            .map(|(_, name)| name.clone())
            .unwrap_or_else(|| id.to_string()),
        (None, None) => "–".to_owned(),
    };
    let status = |account: &AccountView| {
        if account.disabled {
            texts.account_disabled
        } else {
            texts.account_active
        }
    };
    html! {
        <div class="table-wrap card" role="region" aria-label={texts.accounts_title} tabindex="0">
            <table>
                <thead>
                    <tr>
                        <th scope="col">{ texts.username }</th>
                        <th scope="col">{ texts.account_role }</th>
                        <th scope="col">{ texts.account_scope }</th>
                        <th scope="col">{ texts.account_status }</th>
                        <th scope="col">
                            <span class="visually-hidden">{ texts.accounts_title }</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    { for list.accounts.iter().map(|account| html! {
                        <tr>
                            <td class="mono">{ &account.username }
                                <span class="muted small block">
                                    { format::instant(account.created_at) }
                                </span>
                            </td>
                            <td>{ (texts.role_name)(account.role) }</td>
                            <td>{ scope(account) }</td>
                            <td>{ status(account) }</td>
                            <td>
                                <AccountActions account={account.clone()}
                                    on_outcome={on_outcome.clone()} />
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct AccountActionsProps {
    account: AccountView,
    on_outcome: Callback<Outcome>,
}

#[function_component]
fn AccountActions(props: &AccountActionsProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    let busy = use_state(|| false);
    let act = |action: &'static str| {
        let busy = busy.clone();
        let on_outcome = props.on_outcome.clone();
        let account = props.account.clone();
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            busy.set(true);
            let busy = busy.clone();
            let on_outcome = on_outcome.clone();
            let account = account.clone();
            let app = app.clone();
            spawn_local(async move {
                let path = format!("/accounts/{}/{action}", account.id);
                let texts = app.texts();
                let result = if action == "reset-password" {
                    api::post_empty::<AccountWithPassword>(&path)
                        .await
                        .map(|reset| Outcome::Password {
                            username: reset.account.username,
                            password: reset.password,
                        })
                } else {
                    api::post_empty::<AccountView>(&path).await.map(|changed| {
                        let state = if changed.disabled {
                            texts.account_disabled
                        } else {
                            texts.account_active
                        };
                        Outcome::Changed(format!("{}: {state}", changed.username))
                    })
                };
                busy.set(false);
                on_outcome.emit(result.unwrap_or_else(Outcome::Failed));
            });
        })
    };
    let own = app
        .user
        .as_ref()
        .is_some_and(|user| user.user_id == props.account.id);
    html! {
        <div class="button-row">
            if props.account.disabled {
                <button type="button" class="button secondary small" onclick={act("enable")}
                    disabled={*busy}>
                    { texts.account_enable }
                </button>
            } else if !own {
                <button type="button" class="button secondary small" onclick={act("disable")}
                    disabled={*busy}>
                    { texts.account_disable }
                </button>
            }
            <button type="button" class="button secondary small" onclick={act("reset-password")}
                disabled={*busy}>
                { texts.account_reset }
            </button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CreateAccountProps {
    offices: Vec<(i64, String)>,
    on_outcome: Callback<Outcome>,
}

#[derive(Clone, PartialEq)]
struct CreateState {
    username: String,
    role: Role,
    unit_code: String,
    office_id: String,
    attempted: bool,
    busy: bool,
    error: Option<ApiError>,
}

impl CreateState {
    fn problem(&self, field: &str) -> Option<&'static str> {
        match field {
            "username" if self.username.trim().is_empty() => Some("required"),
            "unit_code" if self.role == Role::Unit && !is_unit_code_shape(&self.unit_code) => {
                Some("unit_code_invalid")
            }
            "office_id" if self.role == Role::District && self.office_id.is_empty() => {
                Some("required")
            }
            _ => None,
        }
    }
}

#[function_component]
fn CreateAccount(props: &CreateAccountProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    let form = use_state(|| CreateState {
        username: String::new(),
        role: Role::Unit,
        unit_code: String::new(),
        office_id: String::new(),
        attempted: false,
        busy: false,
        error: None,
    });
    let onsubmit = {
        let form = form.clone();
        let on_outcome = props.on_outcome.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let fields = ["username", "unit_code", "office_id"];
            if let Some(field) = fields.iter().find(|field| form.problem(field).is_some()) {
                form.set(CreateState {
                    attempted: true,
                    ..(*form).clone()
                });
                browser::focus_id(&format!("account-{field}"));
                return;
            }
            let request = CreateAccountRequest {
                username: form.username.trim().to_owned(),
                role: form.role,
                unit_code: (form.role == Role::Unit).then(|| form.unit_code.trim().to_owned()),
                office_id: (form.role == Role::District)
                    .then(|| form.office_id.parse().ok())
                    .flatten(),
            };
            form.set(CreateState {
                busy: true,
                error: None,
                ..(*form).clone()
            });
            let form = form.clone();
            let on_outcome = on_outcome.clone();
            spawn_local(async move {
                match api::send::<_, AccountWithPassword>(Method::POST, "/accounts", &request).await
                {
                    Ok(created) => {
                        form.set(CreateState {
                            busy: false,
                            username: String::new(),
                            unit_code: String::new(),
                            attempted: false,
                            ..(*form).clone()
                        });
                        on_outcome.emit(Outcome::Password {
                            username: created.account.username,
                            password: created.password,
                        });
                    }
                    Err(error) => form.set(CreateState {
                        busy: false,
                        error: Some(error),
                        ..(*form).clone()
                    }),
                }
            });
        })
    };
    let setter = |apply: fn(&mut CreateState, String)| {
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
    let roles: Vec<(String, String)> = Role::ALL
        .iter()
        .map(|role| {
            (
                role.as_str().to_owned(),
                (texts.role_name)(*role).to_owned(),
            )
        })
        .collect();
    let mut offices = vec![(String::new(), texts.choose.to_owned())];
    offices.extend(
        props
            .offices
            .iter()
            .map(|(id, name)| (id.to_string(), name.clone())),
    );

    html! {
        <form class="card" {onsubmit} novalidate=true aria-labelledby="create-account-heading">
            <h2 id="create-account-heading">{ texts.accounts_create_title }</h2>
            if let Some(error) = form.error.as_ref().filter(|e| !e.has_field_errors()) {
                <ErrorNotice error={error.clone()} />
            }
            <Field id="account-username" label={texts.username} value={form.username.clone()}
                oninput={setter(|s, v| s.username = v)} error={message("username")} required=true
                autocomplete="off" />
            <SelectField id="account-role" label={texts.account_role} value={form.role.as_str()}
                options={roles}
                onchange={setter(|s, v| s.role = v.parse().unwrap_or(Role::Unit))} />
            if form.role == Role::Unit {
                <Field id="account-unit_code" label={texts.account_unit_code}
                    value={form.unit_code.clone()} oninput={setter(|s, v| s.unit_code = v)}
                    error={message("unit_code")} required=true
                    inputmode="numeric" />
            }
            if form.role == Role::District {
                <SelectField id="account-office_id" label={texts.account_office}
                    value={form.office_id.clone()} options={offices}
                    onchange={setter(|s, v| s.office_id = v)} error={message("office_id")}
                    required=true />
            }
            <button type="submit" class="button" disabled={form.busy}>
                { texts.accounts_create_title }
            </button>
        </form>
    }
}
