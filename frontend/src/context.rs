//! State that every component reads: the language, the signed-in account and navigation.

use hopdong_api_types::WhoAmI;
use hopdong_domain::{Lang, Role};
use yew::prelude::*;

use crate::i18n::{self, Texts};
use crate::route::{Queue, Route};

/// The app-wide state, provided once by the root component.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub lang: Lang,
    /// The signed-in account, or `None` for a visitor.
    pub user: Option<WhoAmI>,
    /// Shows another route and records it in the browser's history.
    pub navigate: Callback<Route>,
    pub set_lang: Callback<Lang>,
    pub sign_out: Callback<()>,
}

impl AppContext {
    /// Returns the texts of the chosen language.
    pub fn texts(&self) -> &'static Texts {
        i18n::texts(self.lang)
    }

    /// Returns the role of the signed-in account.
    pub fn role(&self) -> Option<Role> {
        self.user.as_ref().map(|user| user.role)
    }

    /// Returns where the signed-in account starts: its unit, its dashboard or the work queues.
    pub fn home(&self) -> Route {
        home_of(self.user.as_ref())
    }
}

/// Returns the first screen of `user`, or the public lookup for a visitor.
pub fn home_of(user: Option<&WhoAmI>) -> Route {
    match user {
        Some(user) => match (user.role, &user.unit_code) {
            (Role::Unit, Some(code)) => Route::Unit(code.clone()),
            (Role::District, _) => Route::Dashboard(None),
            (Role::Centre, _) => Route::Queue(Queue::Submitted),
            (Role::Unit, None) => Route::Lookup(None),
        },
        None => Route::Lookup(None),
    }
}

/// Returns the app-wide state.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("AppContext is provided by the root component")
}
