-- Late-fee and interest terms: one row per company (customer_id null) and per customer with its own terms.
create table collections_charge_terms (
    id                      uuid primary key,
    company_id              uuid          not null,
    customer_id             uuid,
    late_fee_fixed_minor    bigint check (late_fee_fixed_minor >= 0),
    late_fee_percent        numeric(7, 4) check (late_fee_percent between 0 and 100),
    fee_cap_minor           bigint check (fee_cap_minor >= 0),
    annual_interest_percent numeric(7, 4) check (annual_interest_percent between 0 and 100),
    interest_cap_percent    numeric(7, 4) check (interest_cap_percent between 0 and 100),
    grace_days              int           not null check (grace_days between 0 and 365),
    min_charge_minor        bigint check (min_charge_minor >= 0),
    currency                char(3),
    version                 bigint        not null default 0,
    updated_by              text          not null,
    updated_at              timestamptz   not null
);
create unique index collections_charge_terms_company on collections_charge_terms (company_id) where customer_id is null;
create unique index collections_charge_terms_customer on collections_charge_terms (customer_id)
    where customer_id is not null;

create table collections_charge (
    id              uuid primary key,
    kind            text        not null check (kind in ('LATE_FEE', 'INTEREST')),
    customer_id     uuid        not null,
    company_id      uuid        not null,
    invoice_item_id uuid        not null,
    invoice_number  text        not null,
    charge_item_id  uuid        not null,
    charge_number   text        not null,
    amount_minor    bigint      not null check (amount_minor > 0),
    currency        char(3)     not null,
    period_from     date,
    period_to       date,
    status          text        not null check (status in ('POSTED', 'WAIVER_REQUESTED', 'WAIVED')),
    approval_id     text,
    waiver_reason   text,
    run_id          uuid,
    created_at      timestamptz not null,
    waived_at       timestamptz
);
create unique index collections_charge_one_fee on collections_charge (invoice_item_id) where kind = 'LATE_FEE';
create unique index collections_charge_interest_period on collections_charge (invoice_item_id, period_to)
    where kind = 'INTEREST';
create index collections_charge_customer on collections_charge (customer_id, created_at);
