//! The root component: language, session and route state, and the page for each route.

use gloo_events::EventListener;
use hopdong_api_types::WhoAmI;
use hopdong_domain::Lang;
use wasm_bindgen::{JsCast, JsValue};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::{Header, Notice, NoticeKind};
use crate::context::AppContext;
use crate::pages;
use crate::route::Route;
use crate::session::{self, EndReason};
use crate::{api, browser, i18n};

/// Reason the sign-in page shows when the visitor did not choose to sign out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SessionNotice {
    Expired,
    SignedOutElsewhere,
}

fn current_route() -> Route {
    let path = web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_default();
    Route::parse(&path)
}

fn stored_user() -> Option<WhoAmI> {
    session::load().map(|session| session.user)
}

#[function_component]
pub fn App() -> Html {
    let lang = use_state(i18n::stored_lang);
    let user = use_state(stored_user);
    let route = use_state(current_route);
    let session_notice = use_state(|| None::<SessionNotice>);
    let navigated = use_mut_ref(|| false);

    use_effect_with((), |_| {
        browser::set_document_lang(i18n::stored_lang().as_str());
        browser::mark_first_render();
    });
    use_history_listener(route.clone());
    use_storage_listeners(lang.clone(), user.clone(), session_notice.clone());

    let navigate = {
        let route = route.clone();
        let navigated = navigated.clone();
        Callback::from(move |next: Route| {
            if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
                let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&next.path()));
            }
            *navigated.borrow_mut() = true;
            route.set(next);
        })
    };
    let set_lang = {
        let lang = lang.clone();
        Callback::from(move |next: Lang| {
            i18n::store_lang(next);
            lang.set(next);
        })
    };
    let sign_out = {
        let navigate = navigate.clone();
        Callback::from(move |()| {
            let revocation = api::sign_out();
            navigate.emit(Route::SignIn);
            spawn_local(revocation);
        })
    };

    // After a navigation, focus moves to the new page's main region, so keyboard and screen
    // reader users start reading at the new content rather than at the link they followed.
    {
        let navigated = navigated.clone();
        use_effect_with((*route).clone(), move |_| {
            if *navigated.borrow() {
                if let Some(window) = web_sys::window() {
                    window.scroll_to_with_x_and_y(0.0, 0.0);
                }
                browser::focus_id("main");
            }
        });
    }

    let context = AppContext {
        lang: *lang,
        user: (*user).clone(),
        navigate,
        set_lang,
        sign_out,
    };
    let texts = i18n::texts(*lang);
    let notice = (*session_notice).filter(|_| user.is_none()).map(|notice| {
        let message = match notice {
            SessionNotice::Expired => texts.session_ended,
            SessionNotice::SignedOutElsewhere => texts.signed_out_elsewhere,
        };
        html! { <Notice kind={NoticeKind::Warning} {message} /> }
    });
    let page = if route.needs_sign_in() && user.is_none() {
        html! { <pages::SignIn then={Some((*route).clone())} /> }
    } else {
        page_for(&route)
    };

    html! {
        <ContextProvider<AppContext> context={context}>
            <Header route={(*route).clone()} />
            <main id="main" tabindex="-1">
                { for notice }
                { page }
            </main>
        </ContextProvider<AppContext>>
    }
}

fn page_for(route: &Route) -> Html {
    match route.clone() {
        Route::Lookup(code) => html! { <pages::Lookup {code} /> },
        Route::SignIn => html! { <pages::SignIn then={None::<Route>} /> },
        Route::Unit(code) => html! { <pages::UnitPage {code} /> },
        Route::Contract(code, id) => html! { <pages::ContractPage {code} {id} /> },
        Route::Print(code, id) => html! { <pages::PrintPage {code} {id} /> },
        Route::Dashboard(office) => html! { <pages::Dashboard {office} /> },
        Route::Queue(queue) => html! { <pages::Queues {queue} /> },
        Route::Units => html! { <pages::UnitsAdmin /> },
        Route::Accounts => html! { <pages::Accounts /> },
        Route::NotFound => html! { <pages::NotFound /> },
    }
}

/// Follows the browser's back and forward buttons.
#[hook]
fn use_history_listener(route: UseStateHandle<Route>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "popstate", move |_| route.set(current_route()))
        });
        move || drop(listener)
    });
}

/// Keeps this tab in step with the others: a sign-in, sign-out, token refresh or language
/// change in any tab reaches this one through `localStorage`.
#[hook]
fn use_storage_listeners(
    lang: UseStateHandle<Lang>,
    user: UseStateHandle<Option<WhoAmI>>,
    notice: UseStateHandle<Option<SessionNotice>>,
) {
    // The listeners outlive this render, so they compare against a shared copy of the account
    // rather than the state handle's value, which is fixed when the handle is created.
    let known_user = use_mut_ref(|| (*user).clone());
    use_effect_with((), move |_| {
        let on_session_change = {
            let user = user.clone();
            move || {
                let stored = stored_user();
                let previous = known_user.replace(stored.clone());
                if stored.is_none() && previous.is_some() {
                    notice.set(match session::last_end_reason() {
                        Some(EndReason::Expired) => Some(SessionNotice::Expired),
                        Some(EndReason::SignedOut) => None,
                        None => Some(SessionNotice::SignedOutElsewhere),
                    });
                }
                if previous != stored {
                    user.set(stored);
                }
            }
        };
        let listeners = web_sys::window().map(|window| {
            let from_other_tabs = {
                let on_session_change = on_session_change.clone();
                EventListener::new(&window, "storage", move |event| {
                    let key = event
                        .dyn_ref::<web_sys::StorageEvent>()
                        .and_then(web_sys::StorageEvent::key);
                    match key.as_deref() {
                        Some(session::SESSION_KEY) | None => on_session_change(),
                        Some(i18n::LANG_KEY) => lang.set(i18n::stored_lang()),
                        Some(_) => {}
                    }
                })
            };
            let from_this_tab = EventListener::new(&window, session::SESSION_EVENT, move |_| {
                on_session_change()
            });
            (from_other_tabs, from_this_tab)
        });
        move || drop(listeners)
    });
}
