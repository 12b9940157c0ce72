//! Hooks shared by the pages.

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::api::ApiError;
use crate::browser;

/// Data loaded from the API.
#[derive(Debug, PartialEq)]
pub enum Remote<T> {
    Loading,
    Ready(Rc<T>),
    Failed(ApiError),
}

// Written out because a derive would require `T: Clone`, and the data is shared, not copied.
impl<T> Clone for Remote<T> {
    fn clone(&self) -> Self {
        match self {
            Remote::Loading => Remote::Loading,
            Remote::Ready(data) => Remote::Ready(Rc::clone(data)),
            Remote::Failed(error) => Remote::Failed(error.clone()),
        }
    }
}

/// A [`Remote`] value with ways to reload it or replace it with fresher data.
pub struct RemoteHandle<T> {
    pub value: Remote<T>,
    /// True while a reload runs over data already shown.
    pub refreshing: bool,
    /// Loads the data again with the same inputs.
    pub reload: Callback<()>,
    /// Replaces the data, as with the response of an action that returns the changed object.
    pub set: Callback<T>,
}

struct LoadState<T> {
    value: Remote<T>,
    refreshing: bool,
}

/// Loads data with `load(deps)` whenever `deps` change or `reload` is called.
///
/// Responses that arrive after a newer load started are dropped, so fast typing in a search box
/// never shows the results of an older query.
#[hook]
pub fn use_remote<T, D, F, Fut>(deps: D, load: F) -> RemoteHandle<T>
where
    T: 'static,
    D: Clone + PartialEq + 'static,
    F: Fn(D) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let state = use_state(|| LoadState {
        value: Remote::Loading,
        refreshing: false,
    });
    let reloads = use_state(|| 0_u32);
    let generation = use_mut_ref(|| Rc::new(Cell::new(0_u32)));
    let reloads_seen = use_mut_ref(|| 0_u32);

    {
        let state = state.clone();
        let generation = generation.borrow().clone();
        let reloads_seen = reloads_seen.clone();
        use_effect_with((deps, *reloads), move |(deps, reload_count)| {
            let current = generation.get().wrapping_add(1);
            generation.set(current);
            // A reload keeps the data on screen, but new inputs show the loading state, so
            // one unit's data never appears under another unit's heading.
            let is_reload = *reloads_seen.borrow() != *reload_count;
            *reloads_seen.borrow_mut() = *reload_count;
            let keep_shown = is_reload && matches!(state.value, Remote::Ready(_));
            if keep_shown {
                state.set(LoadState {
                    value: state.value.clone(),
                    refreshing: true,
                });
            } else {
                state.set(LoadState {
                    value: Remote::Loading,
                    refreshing: false,
                });
            }
            let future = load(deps.clone());
            spawn_local(async move {
                let result = future.await;
                if generation.get() != current {
                    return;
                }
                let value = match result {
                    Ok(data) => Remote::Ready(Rc::new(data)),
                    Err(error) => Remote::Failed(error),
                };
                state.set(LoadState {
                    value,
                    refreshing: false,
                });
            });
        });
    }

    let reload = {
        let reloads = reloads.clone();
        Callback::from(move |()| reloads.set(reloads.wrapping_add(1)))
    };
    let set = {
        let state = state.clone();
        let generation = generation.borrow().clone();
        Callback::from(move |data: T| {
            generation.set(generation.get().wrapping_add(1));
            state.set(LoadState {
                value: Remote::Ready(Rc::new(data)),
                refreshing: false,
            });
        })
    };
    RemoteHandle {
        value: state.value.clone(),
        refreshing: state.refreshing,
        reload,
        set,
    }
}

/// Sets the window's title while the page shows, so history and tabs name each page.
#[hook]
pub fn use_title(title: String) {
    use_effect_with(title, |title| browser::set_title(title));
}
