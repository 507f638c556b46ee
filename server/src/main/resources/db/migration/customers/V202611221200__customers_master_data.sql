-- The full customer master: country and region, addresses, contacts, bank accounts and payer-name aliases, plus the
-- indexes behind text search and the cash-application lookups (account number and alias within a company).
create extension if not exists pg_trgm;

alter table customers_customer
    add column country     char(2) not null default 'CN',
    add column region      text,
    -- what the free-text search matches (besides aliases); trigram-indexed so '%term%' does not scan the table
    add column search_text text generated always as (
        lower(code || ' ' || coalesce(name_zh, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(tax_id, ''))
    ) stored,
    -- lets children carry the company (for per-company uniqueness) with a foreign key that keeps it consistent
    add constraint customers_customer_id_company unique (id, company_id);

create index customers_customer_search on customers_customer using gin (search_text gin_trgm_ops);
create index customers_customer_tags on customers_customer using gin (tags);
create index customers_customer_company_status on customers_customer (company_id, status, tier);
create index customers_customer_region on customers_customer (company_id, region) where region is not null;

create table customers_address (
    id          uuid primary key,
    customer_id uuid        not null references customers_customer (id),
    type        text        not null check (type in ('BILLING', 'SHIPPING', 'REGISTERED')),
    country     char(2)     not null,
    province    text,
    city        text,
    district    text,
    line        text        not null,
    postcode    text,
    version     bigint      not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index customers_address_customer on customers_address (customer_id);
-- one registered and one billing address per customer; any number of shipping addresses
create unique index customers_address_single_type on customers_address (customer_id, type) where type <> 'SHIPPING';

create table customers_contact (
    id          uuid primary key,
    customer_id uuid        not null references customers_customer (id),
    name        text        not null,
    email       text,
    phone       text,
    language    text        not null check (language in ('zh-CN', 'en')),
    role        text        not null check (role in ('BILLING', 'ACCOUNTS_PAYABLE', 'FINANCE_MANAGER', 'CEO',
                                                     'PURCHASING', 'LEGAL', 'OTHER')),
    is_primary  boolean     not null default false,
    version     bigint      not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    check (email is not null or phone is not null)
);
create index customers_contact_customer on customers_contact (customer_id);
create unique index customers_contact_one_primary on customers_contact (customer_id) where is_primary;

create table customers_bank_account (
    id             uuid primary key,
    customer_id    uuid        not null,
    company_id     uuid        not null,
    account_number text        not null,
    number_key     text        not null,
    iban           boolean     not null,
    bank_name      text,
    holder_name    text,
    bic            text,
    currency       char(3),
    version        bigint      not null default 0,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    foreign key (customer_id, company_id) references customers_customer (id, company_id)
);
-- within a company an account number names one customer, so a receipt from it is attributed without ambiguity
create unique index customers_bank_account_key on customers_bank_account (company_id, number_key);
create index customers_bank_account_customer on customers_bank_account (customer_id);

create table customers_payer_alias (
    id          uuid primary key,
    customer_id uuid        not null,
    company_id  uuid        not null,
    name        text        not null,
    name_key    text        not null,
    source      text        not null check (source in ('MANUAL', 'LEARNED', 'IMPORT')),
    created_at  timestamptz not null,
    foreign key (customer_id, company_id) references customers_customer (id, company_id)
);
create unique index customers_payer_alias_key on customers_payer_alias (customer_id, name_key);
create index customers_payer_alias_company on customers_payer_alias (company_id, name_key);
create index customers_payer_alias_search on customers_payer_alias using gin (name_key gin_trgm_ops);
