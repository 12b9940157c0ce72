//! Sign-in for units, district offices and the Centre.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::browser;
use crate::components::{ErrorNotice, Field};
use crate::context::{home_of, use_app};
use crate::hooks::use_title;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct SignInProps {
    /// Route to show after signing in, or the account's own start page when `None`.
    pub then: Option<Route>,
}

#[derive(Clone, Default, PartialEq)]
struct Form {
    username: String,
    password: String,
    /// Set by a submit attempt, after which empty fields show their message.
    submitted: bool,
    busy: bool,
    error: Option<ApiError>,
}

#[function_component]
pub fn SignIn(props: &SignInProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    use_title(format!("{} · {}", texts.sign_in_title, texts.app_name));
    let form = use_state(Form::default);

    // Signed in here or in another tab: leave the sign-in page for the page asked for.
    {
        let navigate = app.navigate.clone();
        let then = props.then.clone();
        use_effect_with(app.user.clone(), move |user| {
            if let (Some(user), None) = (user, &then) {
                navigate.emit(home_of(Some(user)));
            }
        });
    }

    let onsubmit = {
        let form = form.clone();
        let navigate = app.navigate.clone();
        let then = props.then.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let mut next = (*form).clone();
            next.submitted = true;
            if next.username.trim().is_empty() || next.password.is_empty() {
                form.set(next);
                let first_empty = if form.username.trim().is_empty() {
                    "username"
                } else {
                    "password"
                };
                browser::focus_id(first_empty);
                return;
            }
            next.busy = true;
            next.error = None;
            form.set(next.clone());
            let form = form.clone();
            let navigate = navigate.clone();
            let then = then.clone();
            spawn_local(async move {
                match api::sign_in(&next.username, &next.password).await {
                    Ok(session) => {
                        let target = then.unwrap_or_else(|| home_of(Some(&session.user)));
                        navigate.emit(target);
                    }
                    Err(error) => {
                        // The cleared password is not a mistake of the user's: no inline error
                        // until the form is submitted again.
                        form.set(Form {
                            busy: false,
                            error: Some(error),
                            password: String::new(),
                            submitted: false,
                            ..next
                        });
                        browser::focus_id("password");
                    }
                }
            });
        })
    };
    let set_username = {
        let form = form.clone();
        Callback::from(move |value: String| {
            form.set(Form {
                username: value,
                ..(*form).clone()
            })
        })
    };
    let set_password = {
        let form = form.clone();
        Callback::from(move |value: String| {
            form.set(Form {
                password: value,
                ..(*form).clone()
            })
        })
    };
    let username_error = (form.submitted && form.username.trim().is_empty())
        .then(|| texts.username_required.to_owned());
    let password_error =
        (form.submitted && form.password.is_empty()).then(|| texts.password_required.to_owned());

    html! {
        <section class="page narrow">
            <h1>{ texts.sign_in_title }</h1>
            <p class="lead">{ texts.sign_in_intro }</p>
            if let Some(error) = &form.error {
                <ErrorNotice error={error.clone()} />
            }
            <form class="card" {onsubmit} novalidate=true>
                <Field id="username" label={texts.username} value={form.username.clone()}
                    oninput={set_username} error={username_error} required=true
                    autocomplete="username" />
                <Field id="password" label={texts.password} value={form.password.clone()}
                    oninput={set_password} error={password_error} required=true kind="password"
                    autocomplete="current-password" />
                <button type="submit" class="button" disabled={form.busy}>
                    { if form.busy { texts.signing_in } else { texts.sign_in } }
                </button>
            </form>
        </section>
    }
}
