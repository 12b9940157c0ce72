//! The table of a unit's contracts, newest first.

use hopdong_api_types::ContractResponse;
use hopdong_domain::Role;
use yew::prelude::*;

use crate::components::{ContractStateBadge, EmptyState, Link};
use crate::context::use_app;
use crate::format;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ContractListProps {
    pub code: String,
    pub contracts: Vec<ContractResponse>,
}

#[function_component]
pub fn ContractList(props: &ContractListProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    if props.contracts.is_empty() {
        let message = if app.role() == Some(Role::Unit) {
            texts.contracts_empty_unit
        } else {
            texts.contracts_empty
        };
        return html! { <EmptyState {message} /> };
    }
    html! {
        <div class="table-wrap" role="region" aria-label={texts.contracts_title} tabindex="0">
            <table>
                <thead>
                    <tr>
                        <th scope="col">{ texts.contract_number }</th>
                        <th scope="col">{ texts.contract_kind }</th>
                        <th scope="col">{ texts.contract_state }</th>
                        <th scope="col">{ texts.quote_period }</th>
                        <th scope="col" class="number">{ texts.quote_total }</th>
                        <th scope="col">{ texts.contract_payment }</th>
                    </tr>
                </thead>
                <tbody>
                    { for props.contracts.iter().map(|contract| {
                        let route = Route::Contract(props.code.clone(), contract.id);
                        let label = contract.number.clone()
                            .unwrap_or_else(|| format!("{} #{}", texts.contract_view, contract.id));
                        html! {
                            <tr>
                                <td><Link to={route}>{ label }</Link></td>
                                <td>{ (texts.contract_kind_name)(contract.kind) }</td>
                                <td><ContractStateBadge state={contract.state} /></td>
                                <td>{ format::period(app.lang, contract.start, contract.end) }</td>
                                <td class="number">{ format::money(contract.total, app.lang) }</td>
                                <td>{ (texts.payment_status_name)(contract.payment_status) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
