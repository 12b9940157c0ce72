//! The contract ready to print: two identical copies in Vietnamese, one for each party, laid out
//! by the print stylesheet. The page's own buttons follow the chosen language.

use hopdong_api_types::{ContractDetailResponse, ContractResponse, UnitDetailsView, UnitResponse};
use hopdong_domain::money::format_amount;
use hopdong_domain::{ContractKind, Lang, Tier};
use yew::prelude::*;

use crate::api;
use crate::browser;
use crate::components::{remote_view, Link, Notice, NoticeKind};
use crate::context::use_app;
use crate::format;
use crate::hooks::{use_remote, use_title, Remote};
use crate::route::Route;

/// The Centre's name as printed on contracts.
// NOTE: the API has no record of the Centre's own address, tax code, account and
// representative, so the Centre's block prints its name and lines to fill in by hand.
const CENTRE_NAME: &str = "Trung tâm Thông tin và Chương trình Giáo dục";

#[derive(Properties, PartialEq)]
pub struct PrintPageProps {
    pub code: String,
    pub id: i64,
}

#[function_component]
pub fn PrintPage(props: &PrintPageProps) -> Html {
    let app = use_app();
    let texts = app.texts();
    let code = api::query_value(&props.code);
    let detail = use_remote(
        (code.clone(), props.id),
        |(code, id): (String, i64)| async move {
            api::get::<ContractDetailResponse>(&format!("/units/{code}/contracts/{id}")).await
        },
    );
    let unit = use_remote(code, |code: String| async move {
        api::get::<UnitResponse>(&format!("/units/{code}")).await
    });
    use_title(format!("{} · {}", texts.contract_print, texts.app_name));
    let unit_name = match &unit.value {
        Remote::Ready(unit) => Some(unit.name.clone()),
        _ => None,
    };
    let print = Callback::from(|_: MouseEvent| browser::print());

    html! {
        <section class="page print-page">
            <div class="no-print">
                <p class="breadcrumb">
                    <Link to={Route::Contract(props.code.clone(), props.id)}>
                        { format!("← {}", texts.print_back) }
                    </Link>
                </p>
                <h1>{ texts.contract_print }</h1>
                <p class="muted">{ texts.print_hint }</p>
            </div>
            { remote_view(&detail, |detail| {
                let contract = &detail.contract;
                match (&contract.number, &contract.details_snapshot, &unit_name) {
                    (Some(number), Some(details), Some(name)) => html! {
                        <>
                            <p class="no-print">
                                <button type="button" class="button" onclick={print.clone()}>
                                    { texts.print_button }
                                </button>
                            </p>
                            <div lang="vi">
                                { for [1, 2].into_iter().map(|copy| {
                                    contract_copy(contract, number, details, name, copy)
                                }) }
                            </div>
                        </>
                    },
                    (Some(_), Some(_), None) => html! { <crate::components::Loading /> },
                    _ => html! {
                        <Notice kind={NoticeKind::Info} message={texts.print_not_ready} />
                    },
                }
            }) }
        </section>
    }
}

/// Formats đồng as the contract prints them: `4.800.000 đồng`.
fn dong(amount: i64) -> String {
    format!("{} đồng", format_amount(amount, Lang::Vi))
}

fn or_blank(value: &Option<String>) -> String {
    value.clone().unwrap_or_else(|| "………………………………".to_owned())
}

fn contract_copy(
    contract: &ContractResponse,
    number: &str,
    details: &UnitDetailsView,
    unit_name: &str,
    copy: u8,
) -> Html {
    let (subject, price_basis) = match (contract.kind, contract.tier) {
        (ContractKind::Creation, Tier::Urban) => ("tạo lập", "đơn giá tạo lập khu vực nội thành"),
        (ContractKind::Creation, Tier::Rural) => ("tạo lập", "đơn giá tạo lập khu vực ngoại thành"),
        (ContractKind::Maintenance, _) => ("duy trì", "đơn giá duy trì"),
    };
    let tax = match contract.tax.vat_percent {
        Some(rate) => format!(
            "Giá trên đã bao gồm thuế GTGT {rate}%: giá trước thuế {}, thuế GTGT {}.",
            dong(contract.tax.pre_tax),
            dong(contract.tax.tax)
        ),
        None => "Dịch vụ không chịu thuế GTGT.".to_owned(),
    };
    let holder = if copy == 1 {
        "Bên A giữ"
    } else {
        "Bên B giữ"
    };
    let account = format!(
        "{} tại {}",
        or_blank(&details.account_number),
        or_blank(&details.account_bank)
    );
    let representative = format!(
        "{}, chức vụ: {}",
        or_blank(&details.representative),
        or_blank(&details.representative_title)
    );
    let website = details
        .website
        .as_ref()
        .map(|site| format!(" tại địa chỉ {site}"))
        .unwrap_or_default();
    html! {
        <article class="contract-copy" aria-label={format!("Bản số {copy}")}>
            <p class="copy-label">{ format!("Bản số {copy} – {holder}") }</p>
            <header class="contract-head">
                <p class="nation">{ "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }</p>
                <p class="motto">{ "Độc lập – Tự do – Hạnh phúc" }</p>
                <h2>{ "HỢP ĐỒNG" }</h2>
                <p class="contract-subject">
                    { format!("Về việc {subject} cổng thông tin điện tử") }
                </p>
                <p>{ format!("Số: {number}") }</p>
            </header>
            <section>
                <h3>{ "Bên A (bên sử dụng dịch vụ): " }{ unit_name }</h3>
                <dl class="party">
                    <dt>{ "Mã đơn vị" }</dt><dd>{ &contract.unit_code }</dd>
                    <dt>{ "Địa chỉ" }</dt><dd>{ or_blank(&details.address) }</dd>
                    <dt>{ "Điện thoại" }</dt><dd>{ or_blank(&details.phone) }</dd>
                    <dt>{ "Mã số thuế" }</dt><dd>{ or_blank(&details.tax_code) }</dd>
                    <dt>{ "Tài khoản số" }</dt>
                    <dd>{ account }</dd>
                    <dt>{ "Email nhận hóa đơn" }</dt><dd>{ or_blank(&details.invoice_email) }</dd>
                    <dt>{ "Đại diện" }</dt>
                    <dd>{ representative }</dd>
                </dl>
                <h3>{ "Bên B (bên cung cấp dịch vụ): " }{ CENTRE_NAME }</h3>
                <dl class="party">
                    <dt>{ "Địa chỉ" }</dt><dd>{ "………………………………" }</dd>
                    <dt>{ "Mã số thuế" }</dt><dd>{ "………………………………" }</dd>
                    <dt>{ "Đại diện" }</dt><dd>{ "………………………………" }</dd>
                </dl>
            </section>
            <section class="articles">
                <p><strong>{ "Điều 1. Nội dung. " }</strong>
                    { format!("Bên B thực hiện việc {subject} cổng thông tin điện tử cho Bên A") }
                    { website }
                    { "." }</p>
                <p><strong>{ "Điều 2. Thời hạn. " }</strong>
                    { format!("{} tháng, từ ngày {} đến hết ngày {}.", contract.months,
                        format::date(contract.start), format::date(contract.end)) }</p>
                <p><strong>{ "Điều 3. Giá trị hợp đồng và thanh toán. " }</strong>
                    { format!("Theo {price_basis}: {}/tháng × {} tháng = {}.",
                        dong(contract.monthly_fee), contract.months, dong(contract.total)) }</p>
                <p>{ format!("Bằng chữ: {}.", contract.total_in_words) }</p>
                <p>{ tax }{ " Bên A thanh toán một lần cho cả thời hạn hợp đồng. Hóa đơn điện tử \
                    được gửi đến địa chỉ email nhận hóa đơn của Bên A." }</p>
                <p><strong>{ "Điều 4. Hiệu lực. " }</strong>
                    { "Hợp đồng được lập thành 02 bản có giá trị như nhau, mỗi bên giữ 01 bản, \
                       và có hiệu lực khi hai bên cùng ký." }</p>
            </section>
            <footer class="signatures">
                <div>
                    <p><strong>{ "ĐẠI DIỆN BÊN A" }</strong></p>
                    <p class="muted">{ "(Ký, ghi rõ họ tên và đóng dấu)" }</p>
                    <p class="signature-name">{ or_blank(&details.representative) }</p>
                </div>
                <div>
                    <p><strong>{ "ĐẠI DIỆN BÊN B" }</strong></p>
                    <p class="muted">{ "(Ký, ghi rõ họ tên và đóng dấu)" }</p>
                </div>
            </footer>
        </article>
    }
}
