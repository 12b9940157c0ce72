//! A link to another route of the app, followed without reloading the page.

use yew::prelude::*;

use crate::context::use_app;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    /// Marks the link as the current page for screen readers.
    #[prop_or_default]
    pub current: bool,
    #[prop_or_default]
    pub children: Html,
}

/// Renders an `<a>` with the route's real address, so it can also be opened in a new tab.
#[function_component]
pub fn Link(props: &LinkProps) -> Html {
    let app = use_app();
    let onclick = {
        let to = props.to.clone();
        let navigate = app.navigate.clone();
        Callback::from(move |event: MouseEvent| {
            let new_tab = event.ctrl_key() || event.meta_key() || event.shift_key();
            if event.button() == 0 && !new_tab {
                event.prevent_default();
                navigate.emit(to.clone());
            }
        })
    };
    html! {
        <a href={props.to.path()} class={props.class.clone()} {onclick}
            aria-current={props.current.then_some("page")}>
            { props.children.clone() }
        </a>
    }
}
