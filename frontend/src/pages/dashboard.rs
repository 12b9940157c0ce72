//! A district office's dashboard: its units counted per portal status, and a table to search
//! and filter them, with each unit's contracts a click away.

use hopdong_api_types::{
    ContractListResponse, OfficeListResponse, OfficeUnitRow, OfficeUnitsResponse, StatusCounts,
};
use hopdong_domain::{PortalStatus, Role};
use yew::prelude::*;

use super::unit::ContractList;
use crate::api;
use crate::components::{
    remote_view, select_value, EmptyState, Field, Link, Notice, NoticeKind, PortalStatusBadge,
    SelectField,
};
use crate::context::use_app;
use crate::filter::{parse_days, UnitFilter};
use crate::format;
use crate::hooks::{use_remote, use_title};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct DashboardProps {
    /// The office to show; a district office's own when `None`.
    pub office: Option<i64>,
}

#[function_component]
pub fn Dashboard(props: &DashboardProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    use_title(format!("{} · {}", texts.dashboard_title, texts.app_name));
    let own_office = app.user.as_ref().and_then(|user| user.office_id);
    let office = props.office.or(own_office);

    let content = match (office, app.role()) {
        (Some(id), _) => html! { <OfficeDashboard office={id} /> },
        (None, Some(Role::Centre)) => html! { <OfficePicker /> },
        _ => html! { <Notice kind={NoticeKind::Warning} message={texts.no_access} /> },
    };
    html! {
        <section class="page wide">
            <h1>{ texts.dashboard_title }</h1>
            { content }
        </section>
    }
}

/// Lets the Centre choose which office's dashboard to open.
#[function_component]
fn OfficePicker() -> Html {
    let app = use_app();
    let texts = app.texts();
    let offices = use_remote((), |()| async {
        api::get::<OfficeListResponse>("/offices").await
    });
    remote_view(&offices, |list| {
        let onchange = {
            let navigate = app.navigate.clone();
            Callback::from(move |value: String| {
                if let Ok(id) = value.parse() {
                    navigate.emit(Route::Dashboard(Some(id)));
                }
            })
        };
        let mut options = vec![(String::new(), texts.choose.to_owned())];
        options.extend(
            list.offices
                .iter()
                .map(|office| (office.id.to_string(), office.name.clone())),
        );
        html! {
            <div class="card narrow">
                <SelectField id="office-picker" label={texts.dashboard_office_label} value=""
                    {options} {onchange} />
            </div>
        }
    })
}

#[derive(Properties, PartialEq)]
struct OfficeDashboardProps {
    office: i64,
}

#[function_component]
fn OfficeDashboard(props: &OfficeDashboardProps) -> Html {
    let data = use_remote(props.office, |office: i64| async move {
        api::get::<OfficeUnitsResponse>(&format!("/offices/{office}/units")).await
    });
    let filter = use_state(UnitFilter::default);
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |next: UnitFilter| filter.set(next))
    };
    remote_view(&data, |data| {
        html! {
            <>
                <h2 class="office-name">{ &data.office.name }</h2>
                <StatusChart counts={data.counts.clone()} filter={(*filter).clone()}
                    on_filter={on_filter.clone()} date={format::date(data.date)} />
                <UnitTable rows={data.units.clone()} filter={(*filter).clone()}
                    on_filter={on_filter.clone()} />
            </>
        }
    })
}

fn count_of(counts: &StatusCounts, status: PortalStatus) -> u32 {
    match status {
        PortalStatus::NeverContracted => counts.never_contracted,
        PortalStatus::InProgress => counts.in_progress,
        PortalStatus::Active => counts.active,
        PortalStatus::Expiring => counts.expiring,
        PortalStatus::ExpiredCanRenew => counts.expired_can_renew,
        PortalStatus::Lapsed => counts.lapsed,
    }
}

#[derive(Properties, PartialEq)]
struct StatusChartProps {
    counts: StatusCounts,
    filter: UnitFilter,
    on_filter: Callback<UnitFilter>,
    date: String,
}

/// Draws a bar per status. Each bar is also a button that filters the table by its status.
#[function_component]
fn StatusChart(props: &StatusChartProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    let counts = PortalStatus::ALL.map(|status| count_of(&props.counts, status));
    let total: u32 = counts.iter().sum();
    let largest = counts.iter().copied().max().unwrap_or(0).max(1);
    let summary = format!(
        " · {} · {}",
        (texts.dashboard_total)(total as usize),
        (texts.as_of)(&props.date)
    );
    let bars = PortalStatus::ALL
        .into_iter()
        .zip(counts)
        .map(|(status, count)| {
            let onclick = {
                let filter = props.filter.clone();
                let on_filter = props.on_filter.clone();
                Callback::from(move |_: MouseEvent| {
                    let status = (filter.status != Some(status)).then_some(status);
                    on_filter.emit(UnitFilter {
                        status,
                        ..filter.clone()
                    });
                })
            };
            let selected = props.filter.status == Some(status);
            let class = classes!("bar-button", selected.then_some("selected"));
            let fill_class = format!("bar-fill status-{}", status.as_str());
            // Whole per-mille steps, so no float formatting code ships with the app.
            let per_mille = u64::from(count) * 1000 / u64::from(largest);
            let width = format!("width: {}.{}%", per_mille / 10, per_mille % 10);
            html! {
                <li>
                    <button type="button" {class} aria-pressed={selected.to_string()} {onclick}>
                        <span class="bar-label">{ (texts.portal_status_name)(status) }</span>
                        <span class="bar-track" aria-hidden="true">
                            <span class={fill_class} style={width}></span>
                        </span>
                        <span class="bar-count">{ count }</span>
                    </button>
                </li>
            }
        });
    html! {
        <figure class="card chart" aria-labelledby="chart-caption">
            <figcaption id="chart-caption">
                <strong>{ texts.dashboard_chart_title }</strong>
                <span class="muted small">{ summary }</span>
            </figcaption>
            <ul class="bars">{ for bars }</ul>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct UnitTableProps {
    rows: Vec<OfficeUnitRow>,
    filter: UnitFilter,
    on_filter: Callback<UnitFilter>,
}

#[function_component]
fn UnitTable(props: &UnitTableProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    let expiry_text = use_state(String::new);
    let deadline_text = use_state(String::new);
    let expanded = use_state(|| None::<String>);

    if props.rows.is_empty() {
        return html! { <EmptyState message={texts.dashboard_no_units} /> };
    }
    let filter = &props.filter;
    let update = |apply: fn(&mut UnitFilter, String)| {
        let filter = filter.clone();
        let on_filter = props.on_filter.clone();
        Callback::from(move |value: String| {
            let mut next = filter.clone();
            apply(&mut next, value);
            on_filter.emit(next);
        })
    };
    let on_expiry = {
        let expiry_text = expiry_text.clone();
        let update = update(|f, v| f.expiry_within_days = parse_days(&v));
        Callback::from(move |value: String| {
            expiry_text.set(value.clone());
            update.emit(value);
        })
    };
    let on_deadline = {
        let deadline_text = deadline_text.clone();
        let update = update(|f, v| f.deadline_within_days = parse_days(&v));
        Callback::from(move |value: String| {
            deadline_text.set(value.clone());
            update.emit(value);
        })
    };
    let on_status =
        update(|f, v| f.status = v.parse().ok()).reform(|event: Event| select_value(&event));
    let clear = {
        let on_filter = props.on_filter.clone();
        let expiry_text = expiry_text.clone();
        let deadline_text = deadline_text.clone();
        Callback::from(move |_: MouseEvent| {
            expiry_text.set(String::new());
            deadline_text.set(String::new());
            on_filter.emit(UnitFilter::default());
        })
    };

    let matching = filter.apply(&props.rows);
    let status_value = filter.status.map(|s| s.as_str()).unwrap_or("");
    html! {
        <section class="card" aria-labelledby="units-heading">
            <h2 id="units-heading" class="visually-hidden">{ texts.nav_units }</h2>
            <div class="filters" role="search">
                <Field id="unit-search" label={texts.dashboard_search_label} kind="search"
                    value={filter.search.clone()} oninput={update(|f, v| f.search = v)}
                    hint={texts.dashboard_search_hint} autocomplete="off" />
                <div class="field">
                    <label for="status-filter">{ texts.dashboard_status_filter }</label>
                    <select id="status-filter" onchange={on_status}>
                        <option value="" selected={status_value.is_empty()}>
                            { texts.dashboard_all_statuses }
                        </option>
                        { for PortalStatus::ALL.iter().map(|status| {
                            let selected = status_value == status.as_str();
                            html! {
                                <option value={status.as_str()} {selected}>
                                    { (texts.portal_status_name)(*status) }
                                </option>
                            }
                        }) }
                    </select>
                </div>
                <Field id="expiry-filter" label={texts.dashboard_expiry_within} kind="number"
                    value={(*expiry_text).clone()} oninput={on_expiry}
                    hint={texts.dashboard_days_hint} inputmode="numeric" min="0" />
                <Field id="deadline-filter" label={texts.dashboard_deadline_within} kind="number"
                    value={(*deadline_text).clone()} oninput={on_deadline}
                    hint={texts.dashboard_days_hint} inputmode="numeric" min="0" />
            </div>
            <p class="muted small" role="status" aria-live="polite">
                { (texts.dashboard_shown)(matching.len(), props.rows.len()) }
                if filter.is_active() {
                    { " · " }
                    <button type="button" class="button link" onclick={clear}>
                        { texts.dashboard_clear_filters }
                    </button>
                }
            </p>
            if matching.is_empty() {
                <EmptyState message={texts.dashboard_no_match} />
            } else {
                <div class="table-wrap" role="region" aria-labelledby="chart-caption" tabindex="0">
                    <table class="unit-table">
                        <thead>
                            <tr>
                                <th scope="col">{ texts.unit_code }</th>
                                <th scope="col">{ texts.unit_name }</th>
                                <th scope="col">{ texts.portal_status }</th>
                                <th scope="col">{ texts.current_last_day }</th>
                                <th scope="col" class="number">{ texts.days_to_expiry }</th>
                                <th scope="col">{ texts.renewal_deadline }</th>
                                <th scope="col" class="number">{ texts.days_to_deadline }</th>
                                <th scope="col">
                                    <span class="visually-hidden">{ texts.contracts_title }</span>
                                </th>
                            </tr>
                        </thead>
                        <tbody>
                            { for matching.into_iter().map(|row| unit_row(row, &expanded, &app)) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}

fn unit_row(
    row: &OfficeUnitRow,
    expanded: &UseStateHandle<Option<String>>,
    app: &crate::context::AppContext,
) -> Html {
    let texts = app.texts();
    let is_open = expanded.as_deref() == Some(row.code.as_str());
    let toggle = {
        let expanded = expanded.clone();
        let code = row.code.clone();
        Callback::from(move |_: MouseEvent| {
            let next = (expanded.as_deref() != Some(code.as_str())).then(|| code.clone());
            expanded.set(next);
        })
    };
    let days = |days: Option<i64>| {
        days.map(|d| (texts.days)(d))
            .unwrap_or_else(|| "–".to_owned())
    };
    let panel_id = format!("contracts-{}", row.code);
    html! {
        <>
            <tr>
                // data-label names each cell where a phone shows the rows as stacked cards.
                <td class="mono" data-label={texts.unit_code}>{ &row.code }</td>
                <td data-label={texts.unit_name}>
                    <Link to={Route::Unit(row.code.clone())}>{ &row.name }</Link>
                    <span class="muted small block">{ &row.area_name }</span></td>
                <td data-label={texts.portal_status}><PortalStatusBadge status={row.status} /></td>
                <td data-label={texts.current_last_day}>
                    { format::optional_date(row.current_last_day) }</td>
                <td class="number" data-label={texts.days_to_expiry}>
                    { days(row.days_to_expiry) }</td>
                <td data-label={texts.renewal_deadline}>
                    { format::optional_date(row.renewal_deadline) }</td>
                <td class="number" data-label={texts.days_to_deadline}>
                    { days(row.days_to_deadline) }</td>
                <td>
                    <button type="button" class="button link" onclick={toggle}
                        aria-expanded={is_open.to_string()} aria-controls={panel_id.clone()}>
                        { if is_open { texts.hide_contracts } else { texts.show_contracts } }
                    </button>
                </td>
            </tr>
            if is_open {
                <tr class="expanded-row" id={panel_id}>
                    <td colspan="8"><UnitContracts code={row.code.clone()} /></td>
                </tr>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct UnitContractsProps {
    code: String,
}

#[function_component]
fn UnitContracts(props: &UnitContractsProps) -> Html {
    let contracts = use_remote(props.code.clone(), |code: String| async move {
        api::get::<ContractListResponse>(&format!("/units/{}/contracts", api::query_value(&code)))
            .await
    });
    remote_view(&contracts, |list| {
        html! {
            <ContractList code={props.code.clone()} contracts={list.contracts.clone()} />
        }
    })
}
