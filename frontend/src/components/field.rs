//! Labelled form fields whose hint and error are tied to the control for screen readers.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::context::use_app;

/// Reads the value of the `<input>` that fired `event`.
pub fn input_value(event: &InputEvent) -> String {
    event.target_unchecked_into::<HtmlInputElement>().value()
}

/// Reads the value of the `<select>` that fired `event`.
pub fn select_value(event: &Event) -> String {
    event.target_unchecked_into::<HtmlSelectElement>().value()
}

/// Reads the value of the `<textarea>` that fired `event`.
pub fn textarea_value(event: &InputEvent) -> String {
    event.target_unchecked_into::<HtmlTextAreaElement>().value()
}

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    /// The control's id; the hint and the error get ids derived from it.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub required: bool,
    #[prop_or_default]
    pub read_only: bool,
    /// `text` unless set: `email`, `tel`, `password`, `date`, `search` …
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    /// Lets the error of a field that is empty wait until the person leaves it.
    #[prop_or_default]
    pub onblur: Option<Callback<()>>,
    #[prop_or_default]
    pub multiline: bool,
    /// Bounds of a date or number input.
    #[prop_or_default]
    pub min: Option<AttrValue>,
    #[prop_or_default]
    pub max: Option<AttrValue>,
}

/// Renders a text input (or textarea) with its label, hint and error message.
#[function_component]
pub fn Field(props: &FieldProps) -> Html {
    let app = use_app();
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let mut described_by = Vec::new();
    if props.hint.is_some() {
        described_by.push(hint_id.clone());
    }
    if props.error.is_some() {
        described_by.push(error_id.clone());
    }
    let described_by = (!described_by.is_empty()).then(|| described_by.join(" "));
    let invalid = props.error.is_some().then_some("true");
    let required_mark = props.required.then(|| {
        html! {
            <span class="required">
                <span aria-hidden="true">{ " *" }</span>
                <span class="visually-hidden">{ format!(" ({})", app.texts().required_mark) }</span>
            </span>
        }
    });
    let onblur = props
        .onblur
        .clone()
        .map(|onblur| Callback::from(move |_: FocusEvent| onblur.emit(())));

    let control = if props.multiline {
        let oninput = props
            .oninput
            .reform(|event: InputEvent| textarea_value(&event));
        html! {
            <textarea id={props.id.clone()} value={props.value.clone()} {oninput} {onblur}
                rows="3" required={props.required} readonly={props.read_only}
                aria-invalid={invalid} aria-describedby={described_by} />
        }
    } else {
        let oninput = props
            .oninput
            .reform(|event: InputEvent| input_value(&event));
        html! {
            <input id={props.id.clone()} type={props.kind.clone()} value={props.value.clone()}
                {oninput} {onblur} required={props.required} readonly={props.read_only}
                autocomplete={props.autocomplete.clone()} inputmode={props.inputmode.clone()}
                min={props.min.clone()} max={props.max.clone()}
                aria-invalid={invalid} aria-describedby={described_by} />
        }
    };

    html! {
        <div class={classes!("field", props.error.is_some().then_some("has-error"))}>
            <label for={props.id.clone()}>{ props.label.clone() }{ for required_mark }</label>
            { control }
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint.clone() }</p>
            }
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id} aria-live="polite">{ error.clone() }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// `(value, label)` pairs in display order.
    pub options: Vec<(String, String)>,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub required: bool,
}

/// Renders a `<select>` with its label and error message.
#[function_component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let error_id = format!("{}-error", props.id);
    let onchange = props.onchange.reform(|event: Event| select_value(&event));
    let described_by = props.error.is_some().then(|| error_id.clone());
    html! {
        <div class={classes!("field", props.error.is_some().then_some("has-error"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} {onchange} required={props.required}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={described_by}>
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == *props.value}>
                        { label.clone() }
                    </option>
                }) }
            </select>
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id} aria-live="polite">{ error.clone() }</p>
            }
        </div>
    }
}
