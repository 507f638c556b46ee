create table customers_company (
    id            uuid primary key,
    code          text        not null unique,
    name          text        not null,
    name_en       text,
    base_currency char(3)     not null,
    time_zone     text        not null,
    created_at    timestamptz not null
);

create table customers_customer (
    id                    uuid primary key,
    company_id            uuid        not null references customers_company (id),
    code                  text        not null,
    name_zh               text,
    name_en               text,
    tax_id                text,
    tier                  char(1)     not null default 'B' check (tier in ('A', 'B', 'C')),
    credit_limit_minor    bigint check (credit_limit_minor is null or credit_limit_minor >= 0),
    credit_limit_currency char(3),
    payment_terms         text        not null default 'NET30',
    sales_rep_id          uuid,
    status                text        not null default 'ACTIVE' check (status in ('ACTIVE', 'INACTIVE', 'BLOCKED')),
    tags                  text[]      not null default '{}',
    version               bigint      not null default 0,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    check (coalesce(name_zh, name_en) is not null),
    check ((credit_limit_minor is null) = (credit_limit_currency is null))
);
create unique index customers_customer_code on customers_customer (company_id, code);
create index customers_customer_sales_rep on customers_customer (sales_rep_id) where sales_rep_id is not null;
