-- Cash application: the company's own bank accounts (house accounts), imported statements and their lines, and the
-- postings that turned lines into ledger receipts. Amounts are bigint minor units of the row's currency.

-- An account the company receives money on. account_key is the normalised number (spaces and dashes removed, upper
-- case), unique across all companies: a statement names its account, and that decides the company it belongs to.
create table cashapp_house_account (
    id             uuid        primary key,
    company_id     uuid        not null,
    account_number text        not null,
    account_key    text        not null,
    iban           boolean     not null,
    name           text,
    bank_name      text,
    bic            text,
    currency       char(3),
    column_mapping jsonb,
    active         boolean     not null,
    version        bigint      not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    created_by     text        not null,
    constraint cashapp_house_account_key check (length(account_key) between 4 and 64),
    constraint cashapp_house_account_currency check (currency ~ '^[A-Z]{3}$')
);
create unique index cashapp_house_account_key_unique on cashapp_house_account (account_key);
create index cashapp_house_account_company on cashapp_house_account (company_id);

-- One bank statement (a camt Stmt/Ntfctn/Rpt, an MT940 message, a BAI2 account, a CSV file). duplicate_key is the
-- parser's Statement.duplicateKey(): the same statement imported again, in any file or format, is refused by it.
create table cashapp_statement (
    id                uuid        primary key,
    company_id        uuid        not null,
    house_account_id  uuid        not null references cashapp_house_account (id),
    import_id         uuid        not null,
    source            text        not null,
    channel           text        not null,
    format            text        not null,
    message_type      text,
    statement_ref     text,
    account           text        not null,
    currency          char(3),
    from_date         date,
    to_date           date,
    opening_minor     bigint,
    opening_date      date,
    closing_minor     bigint,
    closing_date      date,
    duplicate_key     text        not null,
    line_count        integer     not null,
    credit_count      integer     not null,
    duplicate_entries integer     not null,
    warnings          jsonb       not null,
    imported_at       timestamptz not null,
    imported_by       text        not null,
    constraint cashapp_statement_channel check (channel in ('API', 'CLI', 'FOLDER')),
    constraint cashapp_statement_counts check (credit_count between 0 and line_count
        and duplicate_entries between 0 and line_count)
);
create unique index cashapp_statement_duplicate on cashapp_statement (duplicate_key);
create index cashapp_statement_company on cashapp_statement (company_id, imported_at desc);
create index cashapp_statement_account on cashapp_statement (house_account_id, imported_at desc);

-- One booked movement with the parser's normalised fields. entry_key (StatementLine.entryKey()) is unique: an entry
-- already imported with another statement is kept as a DUPLICATE row pointing at the original, without a key, and is
-- never posted. The queue is NEW (not matched yet), SUGGESTED and UNMATCHED; MATCHED and ON_ACCOUNT lines have an
-- active posting, NON_AR lines a reason in note.
create table cashapp_line (
    id               uuid        primary key,
    statement_id     uuid        not null references cashapp_statement (id),
    company_id       uuid        not null,
    ordinal          integer     not null,
    line_ref         text        not null,
    booking_date     date,
    value_date       date        not null,
    amount_minor     bigint      not null,
    currency         char(3)     not null,
    payer_name       text        not null,
    payer_account    text        not null,
    remittance       text        not null,
    structured_refs  text[]      not null,
    end_to_end_id    text        not null,
    bank_reference   text        not null,
    transaction_code text        not null,
    reversal         boolean     not null,
    booked           boolean     not null,
    entry_key        text,
    duplicate_of     uuid        references cashapp_line (id),
    status           text        not null,
    resolution       text,
    engine_status    text,
    confidence       numeric(5, 4),
    customer_id      uuid,
    customer_name    text,
    match            jsonb,
    matched_at       timestamptz,
    note             text,
    resolved_at      timestamptz,
    resolved_by      text,
    version          bigint      not null,
    constraint cashapp_line_status check (status in
        ('NEW', 'SUGGESTED', 'UNMATCHED', 'MATCHED', 'ON_ACCOUNT', 'NON_AR', 'NOT_RECEIPT', 'DUPLICATE')),
    constraint cashapp_line_resolution check (
        (status in ('MATCHED', 'ON_ACCOUNT', 'NON_AR')) = (resolution is not null)
        and (resolution is null or resolution in ('AUTO', 'MANUAL'))),
    constraint cashapp_line_duplicate check (
        (status = 'DUPLICATE') = (duplicate_of is not null) and (status = 'DUPLICATE') = (entry_key is null)),
    constraint cashapp_line_receipt check (status in ('NOT_RECEIPT', 'DUPLICATE') or amount_minor > 0),
    constraint cashapp_line_non_ar_reason check (status <> 'NON_AR' or note is not null),
    constraint cashapp_line_currency check (currency ~ '^[A-Z]{3}$')
);
create unique index cashapp_line_entry on cashapp_line (entry_key) where entry_key is not null;
create unique index cashapp_line_ordinal on cashapp_line (statement_id, ordinal);
create index cashapp_line_queue on cashapp_line (company_id, value_date) where status in ('NEW', 'SUGGESTED', 'UNMATCHED');
create index cashapp_line_statement_status on cashapp_line (statement_id, status);
create index cashapp_line_duplicate_of on cashapp_line (duplicate_of) where duplicate_of is not null;

-- What a line posted: the receipts (one per customer whose items it paid; the remainder stays on the payer's
-- receipt, on account) and the bank-fee write-offs, by ledger item id. A line has at most one posting that is not
-- reversed: the partial unique index makes a second posting of the same line fail, whoever attempts it.
create table cashapp_posting (
    id              uuid        primary key,
    line_id         uuid        not null references cashapp_line (id),
    company_id      uuid        not null,
    customer_id     uuid        not null,
    kind            text        not null,
    mode            text        not null,
    receipt_ids     uuid[]      not null,
    write_off_ids   uuid[]      not null,
    details         jsonb       not null,
    posted_at       timestamptz not null,
    posted_by       text        not null,
    reversed_at     timestamptz,
    reversed_by     text,
    reversal_reason text,
    constraint cashapp_posting_kind check (kind in ('MATCH', 'ON_ACCOUNT')),
    constraint cashapp_posting_mode check (mode in ('AUTO', 'MANUAL')),
    constraint cashapp_posting_receipts check (cardinality(receipt_ids) >= 1),
    constraint cashapp_posting_reversal check (
        (reversed_at is null) = (reversed_by is null) and (reversed_at is null) = (reversal_reason is null))
);
create unique index cashapp_posting_once on cashapp_posting (line_id) where reversed_at is null;
create index cashapp_posting_line on cashapp_posting (line_id, posted_at);

-- Receipt document numbers (CA-<value date>-<n>): unique per company and type as the ledger requires; gaps are fine.
create sequence cashapp_receipt_seq;
