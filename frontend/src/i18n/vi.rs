//! Vietnamese texts, the app's default language.

use hopdong_api_types::PaymentStatus;
use hopdong_domain::{ContractKind, ContractState, PortalStatus, Role, Tier};

use super::Texts;
use crate::model::PaymentMethod;
use crate::validate;

pub static TEXTS: Texts = Texts {
    app_name: "Hợp đồng cổng thông tin điện tử",
    skip_to_content: "Bỏ qua, đến nội dung chính",
    switch_language: "English",
    switch_language_label: "Switch to English",
    nav_label: "Điều hướng chính",
    nav_lookup: "Tra cứu đơn vị",
    nav_my_unit: "Đơn vị của tôi",
    nav_dashboard: "Bảng theo dõi",
    nav_queues: "Hồ sơ cần xử lý",
    nav_units: "Đơn vị",
    nav_accounts: "Tài khoản",
    sign_in: "Đăng nhập",
    sign_out: "Đăng xuất",
    signed_in_as: |name| format!("Đang đăng nhập: {name}"),
    loading: "Đang tải…",
    retry: "Thử lại",
    save: "Lưu",
    saving: "Đang lưu…",
    required_mark: "bắt buộc",
    date_hint: "Ngày/tháng/năm, ví dụ 05/09/2026",
    not_found_title: "Không tìm thấy trang",
    not_found_body: "Đường dẫn này không tồn tại. Bạn có thể quay về trang đầu để tra cứu đơn vị.",
    go_home: "Về trang đầu",
    session_ended: "Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại để tiếp tục.",
    signed_out_elsewhere: "Bạn đã đăng xuất ở một thẻ khác.",
    no_access: "Tài khoản của bạn không dùng được trang này.",
    error_title: "Có lỗi xảy ra",
    error_with_code: |code| format!("Mã lỗi: {code}"),

    lookup_title: "Tra cứu đơn vị",
    lookup_intro: "Nhập mã đơn vị để xem tên, quận/huyện, đơn vị quản lý và tình trạng \
                   hợp đồng cổng thông tin điện tử của trường. Không cần đăng nhập.",
    lookup_code_label: "Mã đơn vị",
    lookup_code_hint: "8 chữ số, ví dụ 79760118",
    lookup_submit: "Tra cứu",
    lookup_searching: "Đang tra cứu…",
    lookup_not_found: |code| {
        format!(
            "Không có đơn vị nào mang mã {code}. Kiểm tra lại mã trong văn bản của Sở, \
             hoặc liên hệ Trung tâm nếu đơn vị mới thành lập."
        )
    },
    lookup_sign_in_hint: "Đơn vị đăng nhập để hoàn thiện thông tin và làm hợp đồng.",
    unit_code_format: |code| {
        format!("Mã “{code}” không đúng dạng: mã đơn vị gồm đúng 8 chữ số, ví dụ 79760118.")
    },
    unit_code_empty: "Nhập mã đơn vị gồm 8 chữ số.",

    sign_in_title: "Đăng nhập",
    sign_in_intro: "Đơn vị đăng nhập bằng mã đơn vị; Phòng Giáo dục và Đào tạo và Trung tâm \
                    dùng tài khoản được cấp.",
    username: "Tên đăng nhập",
    password: "Mật khẩu",
    signing_in: "Đang đăng nhập…",
    username_required: "Nhập tên đăng nhập.",
    password_required: "Nhập mật khẩu.",

    unit_code: "Mã đơn vị",
    unit_name: "Tên đơn vị",
    area: "Quận/huyện",
    managing_office: "Đơn vị quản lý",
    managed_by_department: "Sở Giáo dục và Đào tạo",
    portal_status: "Tình trạng cổng thông tin",
    current_last_day: "Hợp đồng hiện tại hết hạn",
    renewal_deadline: "Hạn cuối để gia hạn",
    as_of: |day| format!("tính đến ngày {day}"),

    details_title: "Thông tin đơn vị",
    details_intro: "Các thông tin này được in trên hợp đồng và hóa đơn điện tử. \
                    Mỗi ô được kiểm tra ngay khi bạn nhập.",
    details_saved: "Đã lưu thông tin đơn vị.",
    details_missing: |fields| format!("Cần điền trước khi gửi hợp đồng: {fields}."),
    details_complete: "Thông tin đã đủ để gửi hợp đồng.",
    details_read_only: "Bạn chỉ xem được thông tin này; đơn vị hoặc Trung tâm mới sửa được.",
    details_fix_errors: "Một số ô chưa hợp lệ. Sửa các ô được đánh dấu rồi lưu lại.",
    field_label,
    field_hint,

    quote_title: "Báo giá hợp đồng tiếp theo",
    quote_kind: "Loại hợp đồng",
    quote_period: "Thời hạn",
    quote_monthly_fee: "Đơn giá mỗi tháng",
    quote_months: "Số tháng",
    quote_total: "Tổng cộng",
    quote_total_in_words: "Bằng chữ",
    quote_start_label: "Ngày bắt đầu mong muốn",
    quote_start_hint: |from, to| {
        format!("Ngày/tháng/năm, từ {from} đến {to}. Để trống để bắt đầu từ hôm nay.")
    },
    quote_tariff_from: |day| format!("Theo biểu giá áp dụng từ ngày {day}; giá đã gồm hóa đơn."),
    period: |from, to| format!("từ {from} đến {to}"),
    open_contract: "Làm hợp đồng theo báo giá này",
    opening_contract: "Đang tạo hợp đồng…",
    open_contract_exists: "Đơn vị đang có một hợp đồng chưa ký xong.",
    go_to_contract: "Mở hợp đồng",
    go_to_unit: "Xem trang đơn vị",

    contracts_title: "Các hợp đồng",
    contracts_empty: "Đơn vị chưa có hợp đồng nào.",
    contracts_empty_unit: "Đơn vị chưa có hợp đồng nào. Xem báo giá ở trên rồi bấm \
                           “Làm hợp đồng theo báo giá này” để bắt đầu.",
    contract_title: |number| format!("Hợp đồng số {number}"),
    contract_draft_title: "Hợp đồng (bản nháp, chưa có số)",
    contract_cancelled_title: "Hợp đồng đã hủy (chưa có số)",
    contract_number: "Số hợp đồng",
    contract_state: "Trạng thái",
    contract_kind: "Loại",
    contract_tax_split: "Trong đó",
    contract_pre_tax: "Giá trước thuế",
    contract_tax: |rate| match rate {
        Some(rate) => format!("Thuế GTGT {rate}%"),
        None => "Không chịu thuế GTGT".to_owned(),
    },
    contract_payment: "Thanh toán",
    contract_paid: "Đã thu",
    contract_outstanding: "Còn phải thu",
    contract_invoice: "Hóa đơn điện tử",
    contract_invoice_pending: "Hóa đơn được lập sau khi hợp đồng được ký.",
    contract_invoice_due: |email| format!("Hóa đơn điện tử được gửi đến {email}."),
    contract_history: "Lịch sử",
    contract_cancel_reason: "Lý do hủy",
    contract_view: "Xem",
    print_back: "Quay lại hợp đồng",
    unit_out_of_scope: "Đơn vị này không thuộc phạm vi tài khoản của bạn, hoặc không tồn tại. Bạn vẫn có thể xem thông tin công khai của đơn vị.",
    unit_public_lookup: "Tra cứu công khai đơn vị này",
    contract_print: "Bản in hợp đồng",
    submit_contract: "Gửi hợp đồng",
    submit_hint: "Sau khi gửi, hợp đồng có số và thông tin đơn vị được chốt để in hai bản, \
                  ký, đóng dấu và gửi về Trung tâm.",
    submit_blocked: "Chưa gửi được: hãy điền đủ thông tin đơn vị trước.",
    receive_contract: "Đã nhận hai bản có chữ ký",
    sign_contract: "Ký hợp đồng",
    cancel_contract: "Hủy hợp đồng",
    cancel_reason_label: "Lý do hủy (được lưu trong lịch sử hợp đồng)",
    cancel_confirm: "Xác nhận hủy",
    action_done: |state| match state {
        ContractState::Submitted => "Đã gửi hợp đồng.",
        ContractState::Received => "Đã ghi nhận Trung tâm nhận hợp đồng.",
        ContractState::Signed => "Đã ký hợp đồng.",
        ContractState::Cancelled => "Đã hủy hợp đồng.",
        ContractState::Draft => "Đã lưu.",
    },
    payments_title: "Các lần thanh toán",
    payments_empty: "Chưa ghi nhận khoản thanh toán nào.",
    record_payment: "Ghi nhận thanh toán",
    payment_amount: "Số tiền (đồng)",
    payment_paid_on: "Ngày nhận tiền",
    payment_method_label: "Hình thức",
    payment_reference: "Số chứng từ (không bắt buộc)",
    payment_recorded: "Đã ghi nhận thanh toán.",
    event_line: |from, to, role| {
        let actor = role_name(role);
        match from {
            None => format!("{actor} tạo hợp đồng ({})", contract_state_name(to)),
            Some(from) => format!(
                "{actor}: {} → {}",
                contract_state_name(from),
                contract_state_name(to)
            ),
        }
    },

    print_button: "In hợp đồng",
    print_hint: "Bản in gồm hai bản giống nhau. In trên khổ A4, ký, đóng dấu cả hai bản \
                 rồi gửi về Trung tâm.",
    print_not_ready: "Hợp đồng chỉ in được sau khi đã gửi và có số.",

    dashboard_title: "Bảng theo dõi đơn vị",
    dashboard_office_label: "Phòng Giáo dục và Đào tạo",
    dashboard_chart_title: "Số đơn vị theo tình trạng",
    dashboard_total: |count| format!("Tổng số: {count} đơn vị"),
    dashboard_search_label: "Tìm theo tên hoặc mã",
    dashboard_search_hint: "Có dấu hay không dấu đều được, ví dụ: le quy don",
    dashboard_status_filter: "Tình trạng",
    dashboard_all_statuses: "Tất cả",
    dashboard_expiry_within: "Hết hạn trong vòng (ngày)",
    dashboard_deadline_within: "Hạn gia hạn trong vòng (ngày)",
    dashboard_days_hint: "Để trống nếu không lọc",
    dashboard_shown: |shown, total| format!("Đang hiện {shown} trên {total} đơn vị"),
    dashboard_no_match: "Không có đơn vị nào khớp bộ lọc. Thử bỏ bớt điều kiện hoặc xóa bộ lọc.",
    dashboard_clear_filters: "Xóa bộ lọc",
    dashboard_no_units: "Phòng chưa quản lý đơn vị nào. Trung tâm thêm đơn vị ở trang Đơn vị.",
    days_to_expiry: "Còn (ngày) đến hết hạn",
    days_to_deadline: "Còn (ngày) đến hạn gia hạn",
    show_contracts: "Xem hợp đồng",
    hide_contracts: "Ẩn hợp đồng",
    days: |count| format!("{count} ngày"),

    queues_title: "Hồ sơ cần xử lý",
    queue_submitted: "Đơn vị đã gửi",
    queue_received: "Đã nhận, chờ ký",
    queue_unpaid: "Đã ký, chưa thu đủ",
    queue_empty: |state| match state {
        ContractState::Submitted => "Không có hợp đồng nào đang chờ nhận bản ký.",
        ContractState::Received => "Không có hợp đồng nào đang chờ Trung tâm ký.",
        ContractState::Signed => "Mọi hợp đồng đã ký đều đã thu đủ tiền.",
        _ => "Không có hợp đồng nào.",
    },
    queue_updated: "Cập nhật",

    units_title: "Quản lý đơn vị",
    units_search_label: "Tìm đơn vị theo tên hoặc mã",
    units_empty: "Không tìm thấy đơn vị nào. Thử từ khóa khác, có dấu hay không dấu đều được.",
    units_register_title: "Thêm đơn vị mới",
    units_registered: |code| format!("Đã thêm đơn vị {code}."),
    choose: "— Chọn —",
    office_field: "Đơn vị quản lý",

    accounts_title: "Quản lý tài khoản",
    accounts_empty: "Chưa có tài khoản nào.",
    accounts_create_title: "Cấp tài khoản mới",
    account_role: "Vai trò",
    account_scope: "Phạm vi",
    account_status: "Trạng thái",
    account_active: "Đang hoạt động",
    account_disabled: "Đã khóa",
    account_disable: "Khóa",
    account_enable: "Mở khóa",
    account_reset: "Cấp lại mật khẩu",
    account_password_for: |username| format!("Mật khẩu của {username}:"),
    account_password_once: "Mật khẩu chỉ hiện một lần: hãy gửi cho người dùng và đề nghị họ \
                            đổi mật khẩu sau khi đăng nhập.",
    account_unit_code: "Mã đơn vị (với tài khoản đơn vị)",
    account_office: "Phòng GD&ĐT (với tài khoản phòng)",

    portal_status_name: |status| match status {
        PortalStatus::NeverContracted => "Chưa từng ký hợp đồng",
        PortalStatus::InProgress => "Đang làm hợp đồng",
        PortalStatus::Active => "Đang hiệu lực",
        PortalStatus::Expiring => "Sắp hết hạn",
        PortalStatus::ExpiredCanRenew => "Đã hết hạn, còn gia hạn được",
        PortalStatus::Lapsed => "Quá hạn gia hạn, phải tạo lập lại",
    },
    contract_state_name,
    contract_kind_name: |kind| match kind {
        ContractKind::Creation => "Tạo lập",
        ContractKind::Maintenance => "Duy trì",
    },
    tier_name: |tier| match tier {
        Tier::Urban => "Nội thành",
        Tier::Rural => "Ngoại thành",
    },
    role_name,
    payment_status_name: |status| match status {
        PaymentStatus::NotDue => "Chưa đến lúc thanh toán",
        PaymentStatus::Unpaid => "Chưa thanh toán",
        PaymentStatus::PartlyPaid => "Đã thanh toán một phần",
        PaymentStatus::Paid => "Đã thanh toán đủ",
    },
    payment_method_name: |method| match method {
        PaymentMethod::Transfer => "Chuyển khoản ngân hàng",
        PaymentMethod::Treasury => "Chuyển khoản qua Kho bạc",
        PaymentMethod::Cash => "Tiền mặt",
    },
    error_message,
    field_error_message,
};

fn contract_state_name(state: ContractState) -> &'static str {
    match state {
        ContractState::Draft => "Bản nháp",
        ContractState::Submitted => "Đơn vị đã gửi",
        ContractState::Received => "Trung tâm đã nhận",
        ContractState::Signed => "Đã ký",
        ContractState::Cancelled => "Đã hủy",
    }
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Unit => "Đơn vị",
        Role::District => "Phòng Giáo dục và Đào tạo",
        Role::Centre => "Trung tâm",
    }
}

fn field_label(field: &str) -> &'static str {
    match field {
        "address" => "Địa chỉ",
        "phone" => "Số điện thoại",
        "invoice_email" => "Email nhận hóa đơn điện tử",
        "tax_code" => "Mã số thuế",
        "representative" => "Người đại diện",
        "representative_title" => "Chức vụ người đại diện",
        "account_number" => "Số tài khoản",
        "account_bank" => "Nơi mở tài khoản (Kho bạc hoặc ngân hàng)",
        "website" => "Địa chỉ cổng thông tin điện tử",
        "code" => "Mã đơn vị",
        "name" => "Tên đơn vị",
        "area_code" => "Quận/huyện",
        "office_id" => "Đơn vị quản lý",
        "username" => "Tên đăng nhập",
        "role" => "Vai trò",
        "unit_code" => "Mã đơn vị",
        "amount" => "Số tiền",
        "paid_on" => "Ngày nhận tiền",
        "method" => "Hình thức thanh toán",
        "reference" => "Số chứng từ",
        "reason" => "Lý do",
        "start" => "Ngày bắt đầu",
        _ => "Thông tin",
    }
}

fn field_hint(field: &str) -> &'static str {
    match field {
        "address" => "Như trên con dấu, ví dụ: 3 Nguyễn Bỉnh Khiêm, Phường Bến Nghé, Quận 1",
        "phone" => "8 đến 15 chữ số, ví dụ: 028 3829 1234",
        "invoice_email" => "Hóa đơn điện tử được gửi đến địa chỉ này",
        "tax_code" => "10 chữ số, hoặc 13 chữ số dạng 0123456789-001 với đơn vị phụ thuộc",
        "representative" => "Họ và tên người ký hợp đồng",
        "representative_title" => "Ví dụ: Hiệu trưởng",
        "account_number" => "6 đến 30 chữ số",
        "account_bank" => "Ví dụ: Kho bạc Nhà nước Quận 1",
        "website" => "Không bắt buộc, ví dụ: https://thptbuithixuan.hcm.edu.vn",
        _ => "",
    }
}

fn error_message(code: &str) -> Option<&'static str> {
    let message = match code {
        "invalid_credentials" => {
            "Tên đăng nhập hoặc mật khẩu không đúng. Kiểm tra lại, chú ý chữ hoa và chữ thường."
        }
        "account_disabled" => "Tài khoản này đã bị khóa. Liên hệ Trung tâm để được mở lại.",
        "token_invalid" | "refresh_token_invalid" | "session_expired" | "sign_in_required" => {
            "Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại."
        }
        "version_conflict" => {
            "Thông tin vừa được người khác thay đổi sau khi bạn mở trang. Bấm “Thử lại” để \
             tải bản mới nhất, rồi nhập lại thay đổi của bạn."
        }
        "contract_already_open" => {
            "Đơn vị đang có một hợp đồng chưa ký xong. Hoàn tất hoặc hủy hợp đồng đó trước khi \
             làm hợp đồng mới."
        }
        "details_incomplete" => {
            "Cần điền đủ thông tin đơn vị trước khi gửi hợp đồng, vì các thông tin này được in \
             trên hợp đồng và hóa đơn."
        }
        "transition_not_allowed" => {
            "Hợp đồng không còn ở trạng thái cho phép thao tác này. Tải lại trang để xem trạng \
             thái hiện tại."
        }
        "contract_not_signed" => "Chỉ ghi nhận thanh toán cho hợp đồng đã ký.",
        "contract_changed" => "Hợp đồng vừa đổi trạng thái. Tải lại trang rồi thử lại.",
        "contract_overlaps" => "Thời hạn hợp đồng trùng với một hợp đồng đã ký của đơn vị.",
        "no_tariff" => "Chưa có biểu giá áp dụng cho ngày bắt đầu này. Liên hệ Trung tâm.",
        "unit_code_invalid" => {
            "Mã đơn vị không hợp lệ: mã gồm 8 chữ số và bắt đầu bằng mã tỉnh, ví dụ 79760118."
        }
        "not_found" => {
            "Không tìm thấy dữ liệu yêu cầu. Có thể đường dẫn đã sai hoặc tài khoản của bạn \
             không được xem."
        }
        "forbidden" => "Tài khoản của bạn không có quyền thực hiện thao tác này.",
        "network" => "Không kết nối được với máy chủ. Kiểm tra kết nối mạng rồi thử lại.",
        "internal_error" => {
            "Máy chủ gặp lỗi khi xử lý yêu cầu. Thử lại sau ít phút; nếu vẫn lỗi, báo cho \
             Trung tâm."
        }
        "service_unavailable" => "Hệ thống tạm thời không phục vụ được. Thử lại sau ít phút.",
        "validation_failed" => "Một số thông tin chưa hợp lệ. Xem thông báo bên cạnh từng ô.",
        "username_taken" => "Tên đăng nhập này đã có người dùng. Chọn tên khác.",
        "unit_exists" => "Mã đơn vị này đã được đăng ký.",
        "cannot_disable_self" => "Bạn không thể tự khóa tài khoản của mình.",
        "duplicate" => "Dữ liệu này đã có trong hệ thống.",
        "response_invalid" => {
            "Máy chủ trả về dữ liệu mà ứng dụng không đọc được. Tải lại trang; nếu vẫn lỗi, \
             báo cho Trung tâm."
        }
        _ => return None,
    };
    Some(message)
}

fn field_error_message(field: &str, code: &str) -> Option<String> {
    let message = match code {
        "required" if field == "reason" => "Ghi lý do hủy; lý do được lưu trong lịch sử hợp đồng.",
        "required" if validate::REQUIRED_FOR_CONTRACT.contains(&field) => {
            "Cần điền ô này: thông tin được in trên hợp đồng hoặc hóa đơn."
        }
        "required" => "Cần điền ô này.",
        "too_long" => {
            let max = validate::max_chars(field).unwrap_or(100);
            return Some(format!("Quá dài: tối đa {max} ký tự."));
        }
        "control_character" => "Không được chứa ký tự điều khiển như tab hay xuống dòng.",
        "phone_invalid" => "Số điện thoại không hợp lệ: dùng 8 đến 15 chữ số, ví dụ 028 3829 1234.",
        "email_invalid" => "Email không hợp lệ: viết theo dạng ketoan@truong.edu.vn.",
        "tax_code_invalid" => "Mã số thuế không hợp lệ: kiểm tra lại từng chữ số.",
        "tax_code_character" => {
            "Mã số thuế chỉ gồm chữ số, có thể ngăn cách bằng dấu chấm, gạch ngang hoặc khoảng \
             trắng."
        }
        "tax_code_length" => {
            "Mã số thuế phải có 10 chữ số, hoặc 13 chữ số dạng 0123456789-001 với đơn vị phụ \
             thuộc."
        }
        "tax_code_check_digit" => {
            "Mã số thuế không hợp lệ: chữ số thứ 10 không khớp với 9 chữ số đầu, có thể bạn đã \
             gõ nhầm một chữ số."
        }
        "tax_code_branch" => "Ba số cuối của đơn vị phụ thuộc phải từ 001 đến 999.",
        "account_number_invalid" => {
            "Số tài khoản gồm 6 đến 30 chữ số, có thể ngăn cách bằng khoảng trắng hoặc gạch ngang."
        }
        "website_invalid" => {
            "Địa chỉ phải bắt đầu bằng http:// hoặc https://, ví dụ \
             https://thptbuithixuan.hcm.edu.vn."
        }
        "unit_code_invalid" => "Mã đơn vị gồm 8 chữ số và bắt đầu bằng mã tỉnh, ví dụ 79760118.",
        "not_positive" => "Số tiền phải lớn hơn 0.",
        "amount_invalid" => "Nhập số tiền bằng chữ số, ví dụ 4.800.000.",
        "in_future" => "Ngày nhận tiền không được sau hôm nay.",
        "exceeds_balance" => "Số tiền lớn hơn số còn phải thu của hợp đồng.",
        "start_out_of_range" => "Ngày bắt đầu phải từ hôm nay đến tối đa 90 ngày sau.",
        "date_invalid" => "Ngày không hợp lệ: viết theo dạng ngày/tháng/năm, ví dụ 05/09/2026.",
        "username_invalid" => {
            "Tên đăng nhập gồm 3 đến 64 ký tự: chữ cái không dấu, chữ số, dấu chấm, gạch ngang \
             hoặc gạch dưới."
        }
        "username_taken" => "Tên đăng nhập này đã có người dùng.",
        "not_found" => "Không tìm thấy mục đã chọn.",
        "invalid" | "out_of_range" => "Giá trị không hợp lệ.",
        _ => return None,
    };
    Some(message.to_owned())
}
