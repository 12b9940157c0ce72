//! Thin wrappers over the browser APIs the app uses: storage, the document and the clock.
//!
//! Each wrapper treats a missing API (storage disabled, a sandboxed frame) as empty rather
//! than failing, because the app still works for the session without them.

use hopdong_domain::vietnam_today;
use time::{Date, OffsetDateTime};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, Storage};

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads a `localStorage` entry.
pub fn local_get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Writes a `localStorage` entry. A full or disabled storage leaves it unwritten.
pub fn local_set(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Removes a `localStorage` entry.
pub fn local_remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Sets the `lang` attribute of `<html>`.
pub fn set_document_lang(code: &str) {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("lang", code);
    }
}

/// Sets the window's title.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(title);
    }
}

/// Moves keyboard focus to the element with `id`, as after a page change.
pub fn focus_id(id: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Milliseconds since the Unix epoch, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Today's date in Vietnam by the browser's clock, whatever the computer's time zone.
pub fn today() -> Date {
    let seconds = (now_ms() / 1000.0) as i64;
    let now = OffsetDateTime::from_unix_timestamp(seconds).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    vietnam_today(now)
}

/// Marks the first render in the Performance timeline, for the end-to-end timing.
pub fn mark_first_render() {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark("hopdong-first-render");
    }
}
