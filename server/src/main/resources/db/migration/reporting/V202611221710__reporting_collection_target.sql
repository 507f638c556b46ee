-- Monthly collections targets per company, in the company's base currency; the dashboard compares the cash received
-- in the month with it. One row per company and month (the first day of the month); no row means no target.
create table reporting_collection_target (
    company_id   uuid        not null,
    month        date        not null,
    amount_minor bigint      not null,
    currency     char(3)     not null,
    updated_at   timestamptz not null,
    updated_by   text        not null,
    primary key (company_id, month),
    constraint reporting_collection_target_first_day check (extract(day from month) = 1),
    constraint reporting_collection_target_positive check (amount_minor > 0),
    constraint reporting_collection_target_currency check (currency ~ '^[A-Z]{3}$')
);
