//! The unit's details form: checked as typed, saved with the version read, and showing the
//! server's own message next to each field it rejects.

use std::rc::Rc;

use gloo_net::http::Method;
use hopdong_api_types::{UnitDetailsView, UnitResponse, UpdateUnitRequest};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::browser;
use crate::components::{ErrorNotice, Field, Notice, NoticeKind};
use crate::context::use_app;
use crate::validate::{self, DETAIL_FIELDS, REQUIRED_FOR_CONTRACT};

#[derive(Properties, PartialEq)]
pub struct DetailsFormProps {
    pub unit: Rc<UnitResponse>,
    pub read_only: bool,
    pub on_saved: Callback<UnitResponse>,
    /// Loads the unit again, after a version conflict.
    pub on_reload: Callback<()>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SaveState {
    Idle,
    Saving,
    Saved,
}

/// The form's state, with `values` in the order of [`DETAIL_FIELDS`].
#[derive(Debug, Clone, PartialEq)]
struct FormState {
    values: Vec<String>,
    version: i64,
    /// Fields left at least once, whose messages show from then on.
    touched: Vec<bool>,
    /// Set by a save attempt, after which every field shows its message.
    attempted: bool,
    save: SaveState,
    /// The server's rejection, until the field it concerns is edited.
    server_error: Option<ApiError>,
}

enum FormAction {
    Load(Rc<UnitResponse>),
    Input(usize, String),
    Leave(usize),
    Attempt,
    Saving,
    Saved(Rc<UnitResponse>),
    Failed(ApiError),
}

impl FormState {
    fn from_unit(unit: &UnitResponse) -> FormState {
        FormState {
            values: detail_values(&unit.details),
            version: unit.version,
            touched: vec![false; DETAIL_FIELDS.len()],
            attempted: false,
            save: SaveState::Idle,
            server_error: None,
        }
    }

    /// Returns the code of the problem of field `index`, from the server or from the checks
    /// as typed.
    fn problem(&self, index: usize) -> Option<Problem> {
        let field = DETAIL_FIELDS[index];
        if self
            .server_error
            .as_ref()
            .is_some_and(|error| error.fields.iter().any(|f| f.field == field))
        {
            return Some(Problem::Server);
        }
        validate::check_detail(field, &self.values[index]).map(Problem::Local)
    }

    fn first_problem(&self) -> Option<usize> {
        (0..DETAIL_FIELDS.len()).find(|index| self.problem(*index).is_some())
    }

    fn request(&self) -> UpdateUnitRequest {
        let value = |field: &str| {
            let index = DETAIL_FIELDS.iter().position(|f| *f == field).unwrap_or(0);
            let trimmed = self.values[index].trim();
            (!trimmed.is_empty()).then(|| trimmed.to_owned())
        };
        UpdateUnitRequest {
            version: self.version,
            address: value("address"),
            phone: value("phone"),
            invoice_email: value("invoice_email"),
            tax_code: value("tax_code"),
            representative: value("representative"),
            representative_title: value("representative_title"),
            account_number: value("account_number"),
            account_bank: value("account_bank"),
            website: value("website"),
        }
    }
}

enum Problem {
    Local(&'static str),
    Server,
}

impl Reducible for FormState {
    type Action = FormAction;

    fn reduce(self: Rc<Self>, action: FormAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            FormAction::Load(unit) => return Rc::new(FormState::from_unit(&unit)),
            FormAction::Input(index, value) => {
                next.values[index] = value;
                next.save = SaveState::Idle;
                if let Some(error) = next.server_error.as_mut() {
                    error.fields.retain(|f| f.field != DETAIL_FIELDS[index]);
                    if error.fields.is_empty() && error.code == "validation_failed" {
                        next.server_error = None;
                    }
                }
            }
            FormAction::Leave(index) => next.touched[index] = true,
            FormAction::Attempt => next.attempted = true,
            FormAction::Saving => {
                next.save = SaveState::Saving;
                next.server_error = None;
            }
            FormAction::Saved(unit) => {
                let mut saved = FormState::from_unit(&unit);
                saved.save = SaveState::Saved;
                return Rc::new(saved);
            }
            FormAction::Failed(error) => {
                next.save = SaveState::Idle;
                next.attempted = true;
                next.server_error = Some(error);
            }
        }
        Rc::new(next)
    }
}

fn detail_values(details: &UnitDetailsView) -> Vec<String> {
    let fields = [
        &details.address,
        &details.phone,
        &details.invoice_email,
        &details.tax_code,
        &details.representative,
        &details.representative_title,
        &details.account_number,
        &details.account_bank,
        &details.website,
    ];
    fields
        .iter()
        .map(|value| value.as_deref().unwrap_or_default().to_owned())
        .collect()
}

#[function_component]
pub fn DetailsForm(props: &DetailsFormProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    let form = use_reducer(|| FormState::from_unit(&props.unit));

    {
        let form = form.clone();
        use_effect_with(props.unit.clone(), move |unit| {
            if unit.version != form.version {
                form.dispatch(FormAction::Load(unit.clone()));
            }
        });
    }

    let onsubmit = {
        let form = form.clone();
        let on_saved = props.on_saved.clone();
        let code = props.unit.code.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            form.dispatch(FormAction::Attempt);
            if let Some(index) = form.first_problem() {
                browser::focus_id(&field_id(DETAIL_FIELDS[index]));
                return;
            }
            form.dispatch(FormAction::Saving);
            let request = form.request();
            let form = form.clone();
            let on_saved = on_saved.clone();
            let path = format!("/units/{}", api::query_value(&code));
            spawn_local(async move {
                match api::send::<_, UnitResponse>(Method::PUT, &path, &request).await {
                    Ok(unit) => {
                        form.dispatch(FormAction::Saved(Rc::new(unit.clone())));
                        on_saved.emit(unit);
                    }
                    Err(error) => {
                        let first_field = error.fields.first().map(|f| field_id(&f.field));
                        form.dispatch(FormAction::Failed(error));
                        if let Some(id) = first_field {
                            browser::focus_id(&id);
                        }
                    }
                }
            });
        })
    };

    let fields = DETAIL_FIELDS.iter().enumerate().map(|(index, field)| {
        let message_due = form.attempted || form.touched[index];
        let error = match form.problem(index) {
            Some(Problem::Server) => form
                .server_error
                .as_ref()
                .and_then(|error| error.field_text(field, app.lang)),
            // A problem that more typing cannot fix shows at once. Others wait until the person
            // leaves the field, so a value still being typed is not flagged.
            Some(Problem::Local(code)) if message_due || validate::is_final(code) => {
                (texts.field_error_message)(field, code)
            }
            _ => None,
        };
        let oninput = {
            let form = form.clone();
            Callback::from(move |value: String| form.dispatch(FormAction::Input(index, value)))
        };
        let onblur = {
            let form = form.clone();
            Callback::from(move |()| form.dispatch(FormAction::Leave(index)))
        };
        let (kind, autocomplete, inputmode) = input_kind(field);
        html! {
            <Field id={field_id(field)} label={(texts.field_label)(field)}
                value={form.values[index].clone()} {oninput} {onblur} {error}
                hint={(texts.field_hint)(field)} required={REQUIRED_FOR_CONTRACT.contains(field)}
                read_only={props.read_only} kind={kind} autocomplete={autocomplete}
                inputmode={inputmode} multiline={*field == "address"} />
        }
    });

    let missing: Vec<&str> = props
        .unit
        .missing_for_contract
        .iter()
        .map(|field| (texts.field_label)(field))
        .collect();
    let general_error = form
        .server_error
        .as_ref()
        .filter(|error| !error.has_field_errors());
    let has_shown_problem = form.attempted && form.first_problem().is_some();
    let missing_message = (texts.details_missing)(&missing.join(", "));
    let intro = if props.read_only {
        texts.details_read_only
    } else {
        texts.details_intro
    };
    // After a version conflict, the notice offers to load the version someone else saved.
    let reload_on_conflict = general_error
        .filter(|error| error.code == "version_conflict")
        .map(|_| props.on_reload.clone());

    html! {
        <section class="card" aria-labelledby="details-heading">
            <h2 id="details-heading">{ texts.details_title }</h2>
            <p class="muted">{ intro }</p>
            if missing.is_empty() {
                <Notice kind={NoticeKind::Success} message={texts.details_complete} />
            } else {
                <Notice kind={NoticeKind::Info} message={missing_message} />
            }
            <form class="details-form" {onsubmit} novalidate=true>
                { for fields }
                if let Some(error) = general_error {
                    <ErrorNotice error={error.clone()} retry={reload_on_conflict.clone()} />
                }
                if has_shown_problem {
                    <p class="notice error" role="alert">{ texts.details_fix_errors }</p>
                }
                if form.save == SaveState::Saved {
                    <Notice kind={NoticeKind::Success} message={texts.details_saved} />
                }
                if !props.read_only {
                    <button type="submit" class="button" disabled={form.save == SaveState::Saving}>
                        { if form.save == SaveState::Saving { texts.saving } else { texts.save } }
                    </button>
                }
            </form>
        </section>
    }
}

fn field_id(field: &str) -> String {
    format!("detail-{field}")
}

/// Returns the input type, autocomplete token and virtual keyboard for a detail field.
fn input_kind(field: &str) -> (&'static str, Option<&'static str>, Option<&'static str>) {
    match field {
        "phone" => ("tel", Some("tel"), None),
        "invoice_email" => ("email", Some("email"), None),
        "website" => ("url", Some("url"), None),
        "tax_code" | "account_number" => ("text", Some("off"), Some("numeric")),
        "address" => ("text", Some("street-address"), None),
        "representative" => ("text", Some("name"), None),
        "representative_title" => ("text", Some("organization-title"), None),
        _ => ("text", None, None),
    }
}
