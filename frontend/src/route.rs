//! The app's addresses: a small history router instead of a routing crate, since the app has a
//! dozen fixed paths. The server returns `index.html` for every unknown path, so each address
//! can be bookmarked and reloaded.

use hopdong_domain::ContractState;

/// A screen of the app and the path that shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/` or `/lookup/{code}`: the public unit lookup.
    Lookup(Option<String>),
    /// `/sign-in`.
    SignIn,
    /// `/units/{code}`: a unit's status, quote, details and contracts.
    Unit(String),
    /// `/units/{code}/contracts/{id}`.
    Contract(String, i64),
    /// `/units/{code}/contracts/{id}/print`: the print-ready contract in two copies.
    Print(String, i64),
    /// `/dashboard` for a district office's own units, `/offices/{id}` for any office.
    Dashboard(Option<i64>),
    /// `/queues/{submitted|received|unpaid}`: the Centre's work queues.
    Queue(Queue),
    /// `/admin/units`.
    Units,
    /// `/admin/accounts`.
    Accounts,
    /// Any other path.
    NotFound,
}

/// One of the Centre's work queues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queue {
    Submitted,
    Received,
    /// Signed contracts not fully paid.
    Unpaid,
}

impl Queue {
    pub const ALL: [Queue; 3] = [Queue::Submitted, Queue::Received, Queue::Unpaid];

    /// Returns the path segment of the queue.
    pub const fn slug(self) -> &'static str {
        match self {
            Queue::Submitted => "submitted",
            Queue::Received => "received",
            Queue::Unpaid => "unpaid",
        }
    }

    /// Returns the contract state the queue lists.
    pub const fn state(self) -> ContractState {
        match self {
            Queue::Submitted => ContractState::Submitted,
            Queue::Received => ContractState::Received,
            Queue::Unpaid => ContractState::Signed,
        }
    }

    /// Returns the query of `GET /contracts` that fills the queue.
    pub fn api_query(self) -> String {
        match self {
            Queue::Unpaid => "state=signed&unpaid=true".to_owned(),
            other => format!("state={}", other.state().as_str()),
        }
    }
}

impl Route {
    /// Parses a location's path; a trailing slash is ignored.
    pub fn parse(path: &str) -> Route {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Lookup(None),
            ["lookup", code] => Route::Lookup(Some(decode(code))),
            ["sign-in"] => Route::SignIn,
            ["units", code] => Route::Unit(decode(code)),
            ["units", code, "contracts", id] => match id.parse() {
                Ok(id) => Route::Contract(decode(code), id),
                Err(_) => Route::NotFound,
            },
            ["units", code, "contracts", id, "print"] => match id.parse() {
                Ok(id) => Route::Print(decode(code), id),
                Err(_) => Route::NotFound,
            },
            ["dashboard"] => Route::Dashboard(None),
            ["offices", id] => match id.parse() {
                Ok(id) => Route::Dashboard(Some(id)),
                Err(_) => Route::NotFound,
            },
            ["queues"] => Route::Queue(Queue::Submitted),
            ["queues", slug] => match Queue::ALL.into_iter().find(|q| q.slug() == *slug) {
                Some(queue) => Route::Queue(queue),
                None => Route::NotFound,
            },
            ["admin", "units"] => Route::Units,
            ["admin", "accounts"] => Route::Accounts,
            _ => Route::NotFound,
        }
    }

    /// Returns the path that shows this route.
    pub fn path(&self) -> String {
        match self {
            Route::Lookup(None) => "/".to_owned(),
            Route::Lookup(Some(code)) => format!("/lookup/{}", encode(code)),
            Route::SignIn => "/sign-in".to_owned(),
            Route::Unit(code) => format!("/units/{}", encode(code)),
            Route::Contract(code, id) => format!("/units/{}/contracts/{id}", encode(code)),
            Route::Print(code, id) => format!("/units/{}/contracts/{id}/print", encode(code)),
            Route::Dashboard(None) => "/dashboard".to_owned(),
            Route::Dashboard(Some(id)) => format!("/offices/{id}"),
            Route::Queue(queue) => format!("/queues/{}", queue.slug()),
            Route::Units => "/admin/units".to_owned(),
            Route::Accounts => "/admin/accounts".to_owned(),
            Route::NotFound => "/not-found".to_owned(),
        }
    }

    /// Returns whether the route shows data that needs a signed-in account.
    pub fn needs_sign_in(&self) -> bool {
        !matches!(self, Route::Lookup(_) | Route::SignIn | Route::NotFound)
    }
}

/// Percent-encodes everything but ASCII letters, digits, `-` and `_`. Unit codes are digits, so
/// only stray characters typed into the address bar are affected.
fn encode(segment: &str) -> String {
    let mut encoded = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_' {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

fn decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escaped = bytes
            .get(index + 1..index + 3)
            .filter(|_| bytes[index] == b'%')
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                decoded.push(byte);
                index += 3;
            }
            None => {
                decoded.push(bytes[index]);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip() {
        let routes = [
            Route::Lookup(None),
            Route::Lookup(Some("79760118".into())),
            Route::SignIn,
            Route::Unit("79760118".into()),
            Route::Contract("79760118".into(), 12),
            Route::Print("79760118".into(), 12),
            Route::Dashboard(None),
            Route::Dashboard(Some(3)),
            Route::Queue(Queue::Submitted),
            Route::Queue(Queue::Received),
            Route::Queue(Queue::Unpaid),
            Route::Units,
            Route::Accounts,
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.path()), route, "{}", route.path());
        }
    }

    #[test]
    fn odd_paths() {
        assert_eq!(
            Route::parse("/units/79760118/"),
            Route::Unit("79760118".into())
        );
        assert_eq!(Route::parse("/queues"), Route::Queue(Queue::Submitted));
        assert_eq!(Route::parse("/units/x/contracts/abc"), Route::NotFound);
        assert_eq!(Route::parse("/nowhere"), Route::NotFound);
        assert_eq!(Route::parse("/queues/later"), Route::NotFound);
    }

    #[test]
    fn typed_code_is_encoded() {
        let route = Route::Lookup(Some("79 76/01".into()));
        assert_eq!(route.path(), "/lookup/79%2076%2F01");
        assert_eq!(Route::parse(&route.path()), route);
        assert_eq!(
            Route::parse("/lookup/L%C3%AA"),
            Route::Lookup(Some("Lê".into()))
        );
    }

    #[test]
    fn public_routes() {
        assert!(!Route::Lookup(None).needs_sign_in());
        assert!(!Route::SignIn.needs_sign_in());
        assert!(Route::Unit("79760118".into()).needs_sign_in());
        assert!(Route::Queue(Queue::Unpaid).needs_sign_in());
    }
}
