//! Contract kinds, states, roles and the transitions between states.

use serde::{Deserialize, Serialize};

use crate::names::impl_names;

/// Kind of a contract, which sets its price.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ContractKind {
    /// Creation (tạo lập): a unit's first portal, or a new one after a lapse. Priced by tier.
    Creation,
    /// Maintenance (duy trì): the renewal of a portal, at one price for every tier.
    Maintenance,
}

impl_names!(ContractKind, "contract kind", [
    Creation => "creation",
    Maintenance => "maintenance",
]);

/// State of a contract in its lifecycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ContractState {
    /// The unit is still editing its details.
    Draft,
    /// The unit has confirmed. The contract has its number and can be printed in two copies.
    Submitted,
    /// The Centre has the two copies signed and stamped by the unit.
    Received,
    /// The Centre has countersigned, so the contract is in force for its dates.
    Signed,
    /// Withdrawn before signing, with a reason. A cancelled contract never counts.
    Cancelled,
}

impl_names!(ContractState, "contract state", [
    Draft => "draft",
    Submitted => "submitted",
    Received => "received",
    Signed => "signed",
    Cancelled => "cancelled",
]);

impl ContractState {
    /// Returns whether the contract is still on its way to being signed: draft, submitted or
    /// received. A unit has at most one open contract at a time.
    pub const fn is_open(self) -> bool {
        matches!(
            self,
            ContractState::Draft | ContractState::Submitted | ContractState::Received
        )
    }
}

/// Role of the person who requests a transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Role {
    /// Staff of a unit, acting on their own unit's contracts.
    Unit,
    /// A district Education and Training Office, which follows its units' contracts.
    District,
    /// The Centre, which receives, signs and bills contracts.
    Centre,
}

impl_names!(Role, "role", [Unit => "unit", District => "district", Centre => "centre"]);

impl Role {
    /// Returns the role as the subject of a sentence, such as "a unit".
    fn subject(self) -> &'static str {
        match self {
            Role::Unit => "a unit",
            Role::District => "a district office",
            Role::Centre => "the Centre",
        }
    }
}

/// A change of contract state that someone requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Transition {
    /// Draft to submitted: the unit confirms its details.
    Submit,
    /// Submitted to received: the Centre records the unit's signed copies.
    Receive,
    /// Received to signed: the Centre countersigns.
    Sign,
    /// Draft, submitted or received to cancelled.
    Cancel,
}

impl_names!(Transition, "transition", [
    Submit => "submit",
    Receive => "receive",
    Sign => "sign",
    Cancel => "cancel",
]);

impl Transition {
    /// Returns the state a contract is in after this transition.
    pub const fn target(self) -> ContractState {
        match self {
            Transition::Submit => ContractState::Submitted,
            Transition::Receive => ContractState::Received,
            Transition::Sign => ContractState::Signed,
            Transition::Cancel => ContractState::Cancelled,
        }
    }

    /// Returns whether a contract in state `from` allows this transition for at least one role.
    pub const fn is_allowed_from(self, from: ContractState) -> bool {
        match self {
            Transition::Submit => matches!(from, ContractState::Draft),
            Transition::Receive => matches!(from, ContractState::Submitted),
            Transition::Sign => matches!(from, ContractState::Received),
            Transition::Cancel => from.is_open(),
        }
    }

    /// Returns whether `role` may ever take this transition, in at least one state.
    const fn is_ever_allowed_for(self, role: Role) -> bool {
        match role {
            Role::Unit => matches!(self, Transition::Submit | Transition::Cancel),
            Role::District => false,
            Role::Centre => true,
        }
    }

    fn past_participle(self) -> &'static str {
        match self {
            Transition::Submit => "submitted",
            Transition::Receive => "received",
            Transition::Sign => "signed",
            Transition::Cancel => "cancelled",
        }
    }

    /// Names the states this transition starts from, for messages.
    fn source_states(self) -> &'static str {
        match self {
            Transition::Submit => "a draft",
            Transition::Receive => "a submitted",
            Transition::Sign => "a received",
            Transition::Cancel => "a draft, submitted or received",
        }
    }

    /// Says who may take this transition, for messages.
    fn allowed_roles(self) -> &'static str {
        match self {
            Transition::Submit => "only the unit itself or the Centre can",
            Transition::Receive | Transition::Sign => "only the Centre can",
            Transition::Cancel => {
                "a unit may cancel only a draft or submitted contract, \
                 and the Centre any open contract"
            }
        }
    }
}

/// Error returned when a transition is not allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    /// The contract's state does not allow the transition for any role.
    #[error(
        "cannot {transition} a contract that is {from}; only {} contract can be {}",
        .transition.source_states(),
        .transition.past_participle()
    )]
    NotAllowedFromState {
        /// The requested transition.
        transition: Transition,
        /// The contract's current state.
        from: ContractState,
    },
    /// The role may not take this transition, or not from the contract's current state.
    #[error(
        "{} cannot {transition} this contract; {}",
        .role.subject(),
        .transition.allowed_roles()
    )]
    NotAllowedForRole {
        /// The requested transition.
        transition: Transition,
        /// The role of the person who requested it.
        role: Role,
    },
}

/// Applies a transition requested by someone with `role` to a contract in state `from`, and
/// returns the new state.
///
/// Who may do what:
/// - Submit (draft → submitted): the unit, or the Centre acting for a unit that sent its
///   details on paper.
/// - Receive (submitted → received) and Sign (received → signed): the Centre only.
/// - Cancel (draft, submitted or received → cancelled): the unit while its contract is a
///   draft or submitted, because after that the Centre has the signed paper copies. The
///   Centre may cancel any open contract.
/// - District offices only follow their units' contracts, so they may take no transition.
///
/// A role that may never take the transition is rejected first with
/// [`TransitionError::NotAllowedForRole`], because telling a unit that a draft cannot be
/// signed would suggest that it could sign a received one. Then a state that no role may
/// leave this way gives [`TransitionError::NotAllowedFromState`]. A unit cancelling a received
/// contract gives [`TransitionError::NotAllowedForRole`].
///
/// Whether the person belongs to the contract's unit is checked by the caller.
pub fn apply_transition(
    from: ContractState,
    transition: Transition,
    role: Role,
) -> Result<ContractState, TransitionError> {
    if !transition.is_ever_allowed_for(role) {
        return Err(TransitionError::NotAllowedForRole { transition, role });
    }
    if !transition.is_allowed_from(from) {
        return Err(TransitionError::NotAllowedFromState { transition, from });
    }
    let unit_cancels_received =
        role == Role::Unit && transition == Transition::Cancel && from == ContractState::Received;
    if unit_cancels_received {
        return Err(TransitionError::NotAllowedForRole { transition, role });
    }
    Ok(transition.target())
}

/// Returns whether a payment or an e-invoice may be recorded on a contract in `state`: only a
/// signed contract is billed.
pub const fn can_record_payment(state: ContractState) -> bool {
    matches!(state, ContractState::Signed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ContractState::*;
    use Transition::*;

    #[test]
    fn happy_path_to_signed() {
        assert_eq!(apply_transition(Draft, Submit, Role::Unit), Ok(Submitted));
        assert_eq!(
            apply_transition(Submitted, Receive, Role::Centre),
            Ok(Received)
        );
        assert_eq!(apply_transition(Received, Sign, Role::Centre), Ok(Signed));
    }

    #[test]
    fn centre_submits_for_unit() {
        assert_eq!(apply_transition(Draft, Submit, Role::Centre), Ok(Submitted));
    }

    #[test]
    fn unit_cancels_draft_or_submitted() {
        assert_eq!(apply_transition(Draft, Cancel, Role::Unit), Ok(Cancelled));
        assert_eq!(
            apply_transition(Submitted, Cancel, Role::Unit),
            Ok(Cancelled)
        );
    }

    #[test]
    fn unit_cannot_cancel_received() {
        let error = apply_transition(Received, Cancel, Role::Unit).unwrap_err();
        assert_eq!(
            error,
            TransitionError::NotAllowedForRole {
                transition: Cancel,
                role: Role::Unit
            }
        );
        assert_eq!(
            error.to_string(),
            "a unit cannot cancel this contract; a unit may cancel only a draft or submitted \
             contract, and the Centre any open contract"
        );
    }

    #[test]
    fn centre_cancels_any_open() {
        for from in [Draft, Submitted, Received] {
            assert_eq!(apply_transition(from, Cancel, Role::Centre), Ok(Cancelled));
        }
    }

    #[test]
    fn closed_contracts_cannot_cancel() {
        for from in [Signed, Cancelled] {
            let error = apply_transition(from, Cancel, Role::Centre).unwrap_err();
            assert_eq!(
                error,
                TransitionError::NotAllowedFromState {
                    transition: Cancel,
                    from
                }
            );
        }
    }

    #[test]
    fn district_takes_no_transition() {
        for from in ContractState::ALL {
            for transition in Transition::ALL {
                let result = apply_transition(from, transition, Role::District);
                assert_eq!(
                    result,
                    Err(TransitionError::NotAllowedForRole {
                        transition,
                        role: Role::District
                    })
                );
            }
        }
    }

    #[test]
    fn unit_cannot_receive_or_sign() {
        for from in ContractState::ALL {
            for transition in [Receive, Sign] {
                let result = apply_transition(from, transition, Role::Unit);
                assert!(matches!(
                    result,
                    Err(TransitionError::NotAllowedForRole { .. })
                ));
            }
        }
        let error = apply_transition(Received, Sign, Role::Unit).unwrap_err();
        assert_eq!(
            error.to_string(),
            "a unit cannot sign this contract; only the Centre can"
        );
    }

    #[test]
    fn sign_draft_message() {
        let error = apply_transition(Draft, Sign, Role::Centre).unwrap_err();
        assert_eq!(
            error.to_string(),
            "cannot sign a contract that is draft; only a received contract can be signed"
        );
    }

    #[test]
    fn cancel_signed_message() {
        let error = apply_transition(Signed, Cancel, Role::Centre).unwrap_err();
        assert_eq!(
            error.to_string(),
            "cannot cancel a contract that is signed; only a draft, submitted or received \
             contract can be cancelled"
        );
    }

    #[test]
    fn centre_matrix_follows_states() {
        for from in ContractState::ALL {
            for transition in Transition::ALL {
                let result = apply_transition(from, transition, Role::Centre);
                if transition.is_allowed_from(from) {
                    assert_eq!(result, Ok(transition.target()), "{transition} from {from}");
                } else {
                    assert_eq!(
                        result,
                        Err(TransitionError::NotAllowedFromState { transition, from })
                    );
                }
            }
        }
    }

    #[test]
    fn resubmit_rejected() {
        let result = apply_transition(Submitted, Submit, Role::Unit);
        assert_eq!(
            result,
            Err(TransitionError::NotAllowedFromState {
                transition: Submit,
                from: Submitted
            })
        );
    }

    #[test]
    fn payment_only_on_signed() {
        for state in ContractState::ALL {
            assert_eq!(can_record_payment(state), state == Signed, "{state}");
        }
    }

    #[test]
    fn open_states() {
        let open: Vec<_> = ContractState::ALL
            .into_iter()
            .filter(|state| state.is_open())
            .collect();
        assert_eq!(open, vec![Draft, Submitted, Received]);
    }

    #[test]
    fn names_match_serde() {
        for state in ContractState::ALL {
            let json = serde_json::to_string(&state).unwrap();
            assert_eq!(json, format!("\"{state}\""));
            assert_eq!(state.as_str().parse(), Ok(state));
        }
        for kind in ContractKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{kind}\""));
            assert_eq!(kind.as_str().parse(), Ok(kind));
        }
        for role in Role::ALL {
            let json = serde_json::to_string(&role).unwrap();
            assert_eq!(json, format!("\"{role}\""));
            assert_eq!(role.as_str().parse(), Ok(role));
        }
        for transition in Transition::ALL {
            let json = serde_json::to_string(&transition).unwrap();
            assert_eq!(json, format!("\"{transition}\""));
            assert_eq!(transition.as_str().parse(), Ok(transition));
        }
    }
}
