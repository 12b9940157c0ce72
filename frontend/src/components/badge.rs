//! Coloured labels for statuses. The colour only repeats the text, so no meaning depends on it.

use hopdong_domain::{ContractState, PortalStatus};
use yew::prelude::*;

use crate::context::use_app;

#[derive(Properties, PartialEq)]
pub struct PortalStatusBadgeProps {
    pub status: PortalStatus,
}

#[function_component]
pub fn PortalStatusBadge(props: &PortalStatusBadgeProps) -> Html {
    let app = use_app();
    let class = format!("badge status-{}", props.status.as_str());
    html! { <span {class}>{ (app.texts().portal_status_name)(props.status) }</span> }
}

#[derive(Properties, PartialEq)]
pub struct ContractStateBadgeProps {
    pub state: ContractState,
}

#[function_component]
pub fn ContractStateBadge(props: &ContractStateBadgeProps) -> Html {
    let app = use_app();
    let class = format!("badge state-{}", props.state.as_str());
    html! { <span {class}>{ (app.texts().contract_state_name)(props.state) }</span> }
}
