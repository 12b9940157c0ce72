//! The page header: the app's name, the navigation for the account's role, the language
//! switch and sign-out.

use hopdong_domain::{Lang, Role};
use yew::prelude::*;

use crate::components::Link;
use crate::context::use_app;
use crate::route::{Queue, Route};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub route: Route,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let app = use_app();
    let texts = app.texts();

    let mut items: Vec<(Route, &str)> = Vec::new();
    match app.role() {
        Some(Role::Unit) => items.push((app.home(), texts.nav_my_unit)),
        Some(Role::District) => items.push((Route::Dashboard(None), texts.nav_dashboard)),
        Some(Role::Centre) => {
            items.push((Route::Queue(Queue::Submitted), texts.nav_queues));
            items.push((Route::Units, texts.nav_units));
            items.push((Route::Accounts, texts.nav_accounts));
        }
        None => {}
    }
    items.push((Route::Lookup(None), texts.nav_lookup));

    let switch_lang = {
        let set_lang = app.set_lang.clone();
        let other = match app.lang {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        };
        Callback::from(move |_: MouseEvent| set_lang.emit(other))
    };
    let other_lang_code = match app.lang {
        Lang::Vi => "en",
        Lang::En => "vi",
    };
    let sign_out = {
        let sign_out = app.sign_out.clone();
        Callback::from(move |_: MouseEvent| sign_out.emit(()))
    };

    html! {
        <header class="site-header">
            <a class="skip-link" href="#main">{ texts.skip_to_content }</a>
            <div class="header-bar">
                <Link to={app.home()} class="brand">
                    <span class="brand-mark" aria-hidden="true">{ "HĐ" }</span>
                    <span>{ texts.app_name }</span>
                </Link>
                <div class="header-tools">
                    <button type="button" class="button link lang-switch" onclick={switch_lang}
                        lang={other_lang_code} aria-label={texts.switch_language_label}>
                        { texts.switch_language }
                    </button>
                    if let Some(user) = &app.user {
                        <span class="who muted small">
                            { (texts.signed_in_as)(&user.username) }
                        </span>
                        <button type="button" class="button secondary small" onclick={sign_out}>
                            { texts.sign_out }
                        </button>
                    } else {
                        <Link to={Route::SignIn} class="button small">{ texts.sign_in }</Link>
                    }
                </div>
            </div>
            <nav aria-label={texts.nav_label}>
                <ul class="nav-list">
                    { for items.into_iter().map(|(route, label)| {
                        let current = is_current(&props.route, &route);
                        html! {
                            <li class={classes!(current.then_some("current"))}>
                                <Link to={route} {current}>{ label }</Link>
                            </li>
                        }
                    }) }
                </ul>
            </nav>
        </header>
    }
}

/// Returns whether the navigation item for `item` leads to the section of `route`.
fn is_current(route: &Route, item: &Route) -> bool {
    match (route, item) {
        (Route::Queue(_), Route::Queue(_)) => true,
        (Route::Lookup(_), Route::Lookup(_)) => true,
        (Route::Contract(code, _) | Route::Print(code, _), Route::Unit(item_code)) => {
            code == item_code
        }
        _ => route == item,
    }
}
