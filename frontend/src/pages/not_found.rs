//! The page for an address the app does not know.

use yew::prelude::*;

use crate::components::Link;
use crate::context::use_app;
use crate::hooks::use_title;
use crate::route::Route;

#[function_component]
pub fn NotFound() -> Html {
    let app = use_app();
    let texts = app.texts();
    use_title(format!("{} · {}", texts.not_found_title, texts.app_name));
    html! {
        <section class="page narrow">
            <h1>{ texts.not_found_title }</h1>
            <p>{ texts.not_found_body }</p>
            <p><Link to={Route::Lookup(None)} class="button">{ texts.go_home }</Link></p>
        </section>
    }
}
