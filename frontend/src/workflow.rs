//! The contract workflow as the app offers it: which steps an account may take, and the
//! requests that take them. The domain crate decides what is allowed, as on the server.

use gloo_net::http::Method;
use hopdong_api_types::{CancelContractRequest, ContractResponse};
use hopdong_domain::{apply_transition, ContractState, Role, Transition};

use crate::api::{self, ApiError};

/// Maximum characters of a cancellation reason, as the server enforces.
pub const MAX_REASON_CHARS: usize = 500;

/// Returns the steps `role` may take on a contract in `state`, in workflow order.
pub fn allowed_steps(state: ContractState, role: Role) -> Vec<Transition> {
    [
        Transition::Submit,
        Transition::Receive,
        Transition::Sign,
        Transition::Cancel,
    ]
    .into_iter()
    .filter(|step| apply_transition(state, *step, role).is_ok())
    .collect()
}

/// Returns the problem code of a cancellation reason as typed, if any.
pub fn check_reason(reason: &str) -> Option<&'static str> {
    let reason = reason.trim();
    if reason.is_empty() {
        Some("required")
    } else if reason.chars().count() > MAX_REASON_CHARS {
        Some("too_long")
    } else {
        None
    }
}

/// Takes `step` on `contract`; a cancellation needs its reason.
pub async fn take_step(
    contract: &ContractResponse,
    step: Transition,
    reason: Option<String>,
) -> Result<ContractResponse, ApiError> {
    let base = format!(
        "/units/{}/contracts/{}",
        api::query_value(&contract.unit_code),
        contract.id
    );
    match step {
        Transition::Cancel => {
            let body = CancelContractRequest {
                reason: reason.unwrap_or_default().trim().to_owned(),
            };
            api::send(Method::POST, &format!("{base}/cancel"), &body).await
        }
        other => api::post_empty(&format!("{base}/{}", other.as_str())).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_submits_and_cancels_its_draft() {
        assert_eq!(
            allowed_steps(ContractState::Draft, Role::Unit),
            [Transition::Submit, Transition::Cancel]
        );
        assert_eq!(
            allowed_steps(ContractState::Submitted, Role::Unit),
            [Transition::Cancel]
        );
        assert!(allowed_steps(ContractState::Received, Role::Unit).is_empty());
    }

    #[test]
    fn centre_steps_by_state() {
        assert_eq!(
            allowed_steps(ContractState::Submitted, Role::Centre),
            [Transition::Receive, Transition::Cancel]
        );
        assert_eq!(
            allowed_steps(ContractState::Received, Role::Centre),
            [Transition::Sign, Transition::Cancel]
        );
        assert!(allowed_steps(ContractState::Signed, Role::Centre).is_empty());
    }

    #[test]
    fn district_only_reads() {
        for state in [
            ContractState::Draft,
            ContractState::Submitted,
            ContractState::Received,
        ] {
            assert!(allowed_steps(state, Role::District).is_empty());
        }
    }

    #[test]
    fn reason_checks() {
        assert_eq!(check_reason("  "), Some("required"));
        assert_eq!(check_reason(&"x".repeat(501)), Some("too_long"));
        assert_eq!(check_reason("Đơn vị sáp nhập"), None);
    }
}
