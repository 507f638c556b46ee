-- Invoice documents (drafts and issued invoices), their lines and installments, credit notes, and the gap-free number
-- sequences. Amounts are bigint minor units of the document's currency. Issued documents are immutable: triggers
-- below refuse any change of their content and any delete, so cancelling an invoice is only possible by credit notes.
create extension if not exists pg_trgm;

-- One row per company, kind and year; issuing locks the row until commit, so numbers are consecutive and a rolled-back
-- issue gives its number back.
create table invoicing_number_sequence (
    company_id uuid   not null,
    kind       text   not null check (kind in ('INVOICE', 'CREDIT_NOTE')),
    year       int    not null check (year between 1900 and 2999),
    last_value bigint not null check (last_value >= 0),
    primary key (company_id, kind, year)
);

create table invoicing_invoice (
    id                 uuid primary key,
    company_id         uuid        not null,
    customer_id        uuid        not null,
    customer_code      text        not null,
    customer_name      text        not null,
    customer_name_en   text,
    customer_tax_id    text,
    status             text        not null check (status in ('DRAFT', 'ISSUED', 'CANCELLED')),
    number             text,
    currency           char(3)     not null check (currency ~ '^[A-Z]{3}$'),
    invoice_date       date        not null,
    payment_terms      text        not null,
    requested_due_date date,
    due_date           date        not null,
    next_due_date      date,
    prices_include_tax boolean     not null,
    tax_rounding       text        not null check (tax_rounding in ('CN_VAT_HALF_UP', 'HALF_EVEN')),
    schedule           jsonb,
    reference          text,
    notes              text,
    list_minor         bigint      not null,
    discount_minor     bigint      not null,
    net_minor          bigint      not null,
    tax_minor          bigint      not null,
    gross_minor        bigint      not null check (gross_minor > 0),
    open_minor         bigint,
    credited_minor     bigint      not null default 0,
    version            bigint      not null default 0,
    created_at         timestamptz not null,
    created_by         text        not null,
    updated_at         timestamptz not null,
    updated_by         text        not null,
    issued_at          timestamptz,
    issued_by          text,
    search_text        text generated always as (lower(coalesce(number, '') || ' ' || coalesce(reference, '') || ' '
                           || customer_code || ' ' || customer_name || ' ' || coalesce(customer_name_en, ''))) stored,
    constraint invoicing_invoice_number_when_issued check ((status = 'DRAFT') = (number is null)),
    constraint invoicing_invoice_issued_stamp check ((status = 'DRAFT') = (issued_at is null)),
    constraint invoicing_invoice_open_when_issued check ((status = 'DRAFT') = (open_minor is null)),
    constraint invoicing_invoice_due check (due_date >= invoice_date),
    constraint invoicing_invoice_totals check (net_minor + tax_minor = gross_minor
                                               and list_minor - discount_minor = case when prices_include_tax
                                                   then gross_minor else net_minor end),
    constraint invoicing_invoice_open_within check (open_minor between 0 and gross_minor),
    -- credit notes never credit more than the invoice; fully credited is cancelled
    constraint invoicing_invoice_credited check (credited_minor between 0 and gross_minor
                                                 and (status = 'CANCELLED') = (credited_minor = gross_minor))
);
create unique index invoicing_invoice_number on invoicing_invoice (company_id, number) where number is not null;
create index invoicing_invoice_date on invoicing_invoice (invoice_date desc, id desc);
create index invoicing_invoice_customer on invoicing_invoice (customer_id, invoice_date desc);
create index invoicing_invoice_due on invoicing_invoice (due_date);
create index invoicing_invoice_overdue on invoicing_invoice (next_due_date) where open_minor > 0;
create index invoicing_invoice_status on invoicing_invoice (status, invoice_date desc) where status <> 'ISSUED';
create index invoicing_invoice_search on invoicing_invoice using gin (search_text gin_trgm_ops);

create table invoicing_invoice_line (
    invoice_id       uuid          not null references invoicing_invoice (id) on delete cascade,
    line_no          int           not null check (line_no >= 1),
    description      text          not null,
    unit             text,
    quantity         numeric(18, 4) not null check (quantity > 0),
    unit_price       numeric(24, 6) not null check (unit_price >= 0),
    discount_percent numeric(7, 4) not null check (discount_percent between 0 and 100),
    tax_rate         numeric(7, 4) not null check (tax_rate between 0 and 100),
    list_minor       bigint        not null,
    discount_minor   bigint        not null,
    net_minor        bigint        not null,
    tax_minor        bigint        not null,
    gross_minor      bigint        not null,
    primary key (invoice_id, line_no),
    constraint invoicing_invoice_line_amounts check (net_minor + tax_minor = gross_minor and tax_minor >= 0
                                                     and net_minor >= 0 and discount_minor >= 0)
);

create table invoicing_installment (
    invoice_id     uuid          not null references invoicing_invoice (id) on delete cascade,
    installment_no int           not null check (installment_no between 1 and 999),
    percent        numeric(7, 4) check (percent > 0 and percent <= 100),
    due_date       date          not null,
    amount_minor   bigint        not null check (amount_minor > 0),
    ledger_item_id uuid unique,
    open_minor     bigint,
    primary key (invoice_id, installment_no),
    constraint invoicing_installment_open check ((ledger_item_id is null) = (open_minor is null)
                                                 and open_minor between 0 and amount_minor)
);

create table invoicing_credit_note (
    id               uuid primary key,
    company_id       uuid        not null,
    customer_id      uuid        not null,
    invoice_id       uuid        not null references invoicing_invoice (id),
    invoice_number   text        not null,
    customer_code    text        not null,
    customer_name    text        not null,
    customer_name_en text,
    customer_tax_id  text,
    number           text        not null,
    currency         char(3)     not null,
    credit_date      date        not null,
    mode             text        not null check (mode in ('FULL', 'LINES', 'AMOUNT')),
    reason           text        not null check (length(reason) between 1 and 500),
    net_minor        bigint      not null,
    tax_minor        bigint      not null,
    gross_minor      bigint      not null check (gross_minor > 0),
    applied_minor    bigint      not null check (applied_minor between 0 and gross_minor),
    ledger_item_id   uuid        not null unique,
    created_at       timestamptz not null,
    created_by       text        not null,
    search_text      text generated always as (lower(number || ' ' || invoice_number || ' ' || reason || ' '
                         || customer_code || ' ' || customer_name || ' ' || coalesce(customer_name_en, ''))) stored,
    constraint invoicing_credit_note_totals check (net_minor + tax_minor = gross_minor)
);
create unique index invoicing_credit_note_number on invoicing_credit_note (company_id, number);
create index invoicing_credit_note_invoice on invoicing_credit_note (invoice_id);
create index invoicing_credit_note_date on invoicing_credit_note (credit_date desc, id desc);
create index invoicing_credit_note_customer on invoicing_credit_note (customer_id, credit_date desc);
create index invoicing_credit_note_search on invoicing_credit_note using gin (search_text gin_trgm_ops);

create table invoicing_credit_note_line (
    credit_note_id  uuid          not null references invoicing_credit_note (id),
    line_no         int           not null check (line_no >= 1),
    invoice_line_no int,
    description     text,
    unit            text,
    quantity        numeric(18, 4) check (quantity > 0),
    unit_price      numeric(24, 6),
    tax_rate        numeric(7, 4) not null,
    net_minor       bigint        not null check (net_minor >= 0),
    tax_minor       bigint        not null check (tax_minor >= 0),
    gross_minor     bigint        not null,
    primary key (credit_note_id, line_no),
    constraint invoicing_credit_note_line_amounts check (net_minor + tax_minor = gross_minor)
);

-- Issued documents are immutable. An issued invoice may only change its projection of the ledger (open amounts,
-- next due date), its credited amount and its status to CANCELLED; nothing of it is ever deleted.
create function invoicing_guard_invoice() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' then
            raise exception 'invoice % is issued and cannot be deleted', old.number using errcode = 'P0001';
        end if;
        return old;
    end if;
    if old.status <> 'DRAFT' and (
           new.number is distinct from old.number or new.company_id <> old.company_id
        or new.customer_id <> old.customer_id or new.currency <> old.currency
        or new.invoice_date <> old.invoice_date or new.due_date <> old.due_date
        or new.gross_minor <> old.gross_minor or new.net_minor <> old.net_minor or new.tax_minor <> old.tax_minor
        or new.customer_name <> old.customer_name or new.customer_tax_id is distinct from old.customer_tax_id
        or new.status = 'DRAFT' or new.credited_minor < old.credited_minor) then
        raise exception 'invoice % is issued and cannot be changed', old.number using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger invoicing_invoice_immutable before update or delete on invoicing_invoice
    for each row execute function invoicing_guard_invoice();

create function invoicing_status_of(invoice uuid) returns text language sql stable as $$
    select status from invoicing_invoice where id = invoice
$$;

create function invoicing_guard_line() returns trigger language plpgsql as $$
begin
    if coalesce(invoicing_status_of(case when tg_op = 'DELETE' then old.invoice_id else new.invoice_id end),
                'DRAFT') <> 'DRAFT' then
        raise exception 'the lines of an issued invoice cannot be changed' using errcode = 'P0001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger invoicing_invoice_line_immutable before insert or update or delete on invoicing_invoice_line
    for each row execute function invoicing_guard_line();

-- installments of an issued invoice keep their amounts and dates; issuing links each to its ledger item once, and the
-- ledger's open amount is mirrored in open_minor
create function invoicing_guard_installment() returns trigger language plpgsql as $$
declare
    invoice uuid := case when tg_op = 'DELETE' then old.invoice_id else new.invoice_id end;
begin
    if coalesce(invoicing_status_of(invoice), 'DRAFT') = 'DRAFT' then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if tg_op <> 'UPDATE' or new.amount_minor <> old.amount_minor or new.due_date <> old.due_date
       or new.percent is distinct from old.percent
       or (old.ledger_item_id is not null and new.ledger_item_id is distinct from old.ledger_item_id) then
        raise exception 'the installments of an issued invoice cannot be changed' using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger invoicing_installment_immutable before insert or update or delete on invoicing_installment
    for each row execute function invoicing_guard_installment();

create function invoicing_guard_credit_note() returns trigger language plpgsql as $$
begin
    raise exception 'credit notes are never changed nor deleted' using errcode = 'P0001';
end $$;
create trigger invoicing_credit_note_immutable before update or delete on invoicing_credit_note
    for each row execute function invoicing_guard_credit_note();
create trigger invoicing_credit_note_line_immutable before update or delete on invoicing_credit_note_line
    for each row execute function invoicing_guard_credit_note();
