//! The hopdong web app: every role's work in the browser, in Vietnamese first.
//!
//! Built to WebAssembly by `scripts/build-frontend.sh` and served by the hopdong server at `/`,
//! next to the API under `/api/v1`. It compiles the server's own domain rules and API types,
//! so the two cannot disagree about a field or a rule.

mod api;
mod app;
mod browser;
mod components;
mod context;
mod filter;
mod format;
mod hooks;
mod i18n;
mod model;
mod pages;
mod route;
mod session;
mod validate;
mod workflow;

/// Id of the element the app renders into; `index.html` shows a loading line there until then.
const ROOT_ID: &str = "app";

fn main() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(ROOT_ID));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
