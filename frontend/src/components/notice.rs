//! Loading, empty, error and confirmation messages.

use std::rc::Rc;

use yew::prelude::*;

use crate::api::ApiError;
use crate::context::use_app;
use crate::hooks::{Remote, RemoteHandle};

/// Shows a loading message that screen readers announce.
#[function_component]
pub fn Loading() -> Html {
    let app = use_app();
    html! {
        <p class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            { app.texts().loading }
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct ErrorNoticeProps {
    pub error: ApiError,
    /// Offers a retry button when set.
    #[prop_or_default]
    pub retry: Option<Callback<()>>,
}

/// Shows what failed and what to try, announced at once.
#[function_component]
pub fn ErrorNotice(props: &ErrorNoticeProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    let retry = props.retry.clone().map(|retry| {
        let onclick = Callback::from(move |_: MouseEvent| retry.emit(()));
        html! { <button type="button" class="button secondary" {onclick}>{ texts.retry }</button> }
    });
    html! {
        <div class="notice error" role="alert">
            <p>{ props.error.text(app.lang) }</p>
            <p class="muted small">{ (texts.error_with_code)(&props.error.code) }</p>
            { for retry }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    pub message: AttrValue,
    #[prop_or_default]
    pub children: Children,
}

/// Says that a list is empty and what to do next.
#[function_component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
    html! {
        <div class="empty">
            <p>{ props.message.clone() }</p>
            { for props.children.iter() }
        </div>
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Success,
    Info,
    Warning,
}

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub kind: NoticeKind,
    pub message: AttrValue,
}

/// Shows a short message in a live region, such as "Saved".
#[function_component]
pub fn Notice(props: &NoticeProps) -> Html {
    let class = match props.kind {
        NoticeKind::Success => "notice success",
        NoticeKind::Info => "notice info",
        NoticeKind::Warning => "notice warning",
    };
    html! { <p {class} role="status" aria-live="polite">{ props.message.clone() }</p> }
}

/// Renders loaded data with `ready`, or the loading state, or the error with a retry button.
pub fn remote_view<T>(handle: &RemoteHandle<T>, ready: impl FnOnce(&Rc<T>) -> Html) -> Html {
    match &handle.value {
        Remote::Loading => html! { <Loading /> },
        Remote::Failed(error) => {
            html! { <ErrorNotice error={error.clone()} retry={handle.reload.clone()} /> }
        }
        Remote::Ready(data) => {
            let refreshing = handle.refreshing.then(|| html! { <Loading /> });
            html! { <>{ for refreshing }{ ready(data) }</> }
        }
    }
}
