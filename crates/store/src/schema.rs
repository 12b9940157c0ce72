//! Diesel table definitions, one schema for both backends; the SQL lives in `migrations/`.

diesel::table! {
    areas (code) {
        code -> Text,
        name -> Text,
        area_type -> Text,
        tier -> Text,
    }
}

diesel::table! {
    offices (id) {
        id -> BigInt,
        name -> Text,
        area_code -> Nullable<Text>,
        email -> Nullable<Text>,
    }
}

diesel::table! {
    units (code) {
        code -> Text,
        name -> Text,
        area_code -> Text,
        office_id -> Nullable<BigInt>,
        address -> Nullable<Text>,
        phone -> Nullable<Text>,
        invoice_email -> Nullable<Text>,
        tax_code -> Nullable<Text>,
        representative -> Nullable<Text>,
        representative_title -> Nullable<Text>,
        account_number -> Nullable<Text>,
        account_bank -> Nullable<Text>,
        website -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    tariffs (id) {
        id -> BigInt,
        effective_from -> Date,
        creation_urban -> BigInt,
        creation_rural -> BigInt,
        maintenance -> BigInt,
        vat_percent -> Nullable<Integer>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    users (id) {
        id -> BigInt,
        username -> Text,
        password_hash -> Text,
        role -> Text,
        unit_code -> Nullable<Text>,
        office_id -> Nullable<BigInt>,
        disabled -> Bool,
        created_at -> Timestamp,
        password_changed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> BigInt,
        user_id -> BigInt,
        token_hash -> Text,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    contracts (id) {
        id -> BigInt,
        unit_code -> Text,
        kind -> Text,
        state -> Text,
        start_date -> Date,
        last_day -> Date,
        tier -> Text,
        monthly_fee -> BigInt,
        months -> Integer,
        total -> BigInt,
        vat_percent -> Nullable<Integer>,
        number_year -> Nullable<Integer>,
        number_seq -> Nullable<Integer>,
        details_snapshot -> Nullable<Text>,
        imported -> Bool,
        cancel_reason -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    contract_events (id) {
        id -> BigInt,
        contract_id -> BigInt,
        from_state -> Nullable<Text>,
        to_state -> Text,
        actor_user_id -> Nullable<BigInt>,
        actor_role -> Text,
        note -> Nullable<Text>,
        at -> Timestamp,
    }
}

diesel::table! {
    payments (id) {
        id -> BigInt,
        contract_id -> BigInt,
        amount -> BigInt,
        paid_on -> Date,
        method -> Text,
        reference -> Nullable<Text>,
        recorded_by -> Nullable<BigInt>,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    number_sequences (series, year) {
        series -> Text,
        year -> Integer,
        last_value -> Integer,
    }
}

diesel::joinable!(offices -> areas (area_code));
diesel::joinable!(units -> areas (area_code));
diesel::joinable!(units -> offices (office_id));
diesel::joinable!(users -> units (unit_code));
diesel::joinable!(users -> offices (office_id));
diesel::joinable!(refresh_tokens -> users (user_id));
diesel::joinable!(contracts -> units (unit_code));
diesel::joinable!(contract_events -> contracts (contract_id));
diesel::joinable!(payments -> contracts (contract_id));

diesel::allow_tables_to_appear_in_same_query!(
    areas,
    offices,
    units,
    tariffs,
    users,
    refresh_tokens,
    contracts,
    contract_events,
    payments,
    number_sequences,
);
