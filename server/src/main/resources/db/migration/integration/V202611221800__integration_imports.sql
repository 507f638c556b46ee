-- Imports: one row per import (background, synchronous or CLI) with its progress counters, the rows it rejected (with
-- their original cells, so they can be downloaded, fixed and imported again), staged uploads, saved column mappings,
-- and the attributes imports keep about ledger documents (the source system's disputed flag, extra columns).

create table integration_import_job (
    id                uuid        primary key,
    company_id        uuid        not null,
    type              text        not null,
    status            text        not null,
    file_name         text        not null,
    file_sha256       char(64)    not null,
    file_bytes        bigint      not null,
    format            text        not null,
    encoding          text,
    sheet             text,
    dry_run           boolean     not null,
    mapping           jsonb       not null,
    header            jsonb,
    ignored_columns   jsonb,
    rows_read         bigint      not null default 0,
    rows_accepted     bigint      not null default 0,
    rows_rejected     bigint      not null default 0,
    rows_present      bigint      not null default 0,
    customers_created bigint      not null default 0,
    bytes_read        bigint      not null default 0,
    bytes_total       bigint      not null default 0,
    previous_job_id   uuid,
    upload_id         uuid,
    failure_code      text,
    failure_args      jsonb,
    node              text        not null,
    created_by        text        not null,
    created_at        timestamptz not null,
    started_at        timestamptz,
    finished_at       timestamptz,
    heartbeat_at      timestamptz,
    constraint integration_import_job_type check (type in ('CUSTOMERS', 'OPEN_INVOICES', 'SETTLED_INVOICES', 'PAYMENTS')),
    constraint integration_import_job_status check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    constraint integration_import_job_failure check ((status = 'FAILED') = (failure_code is not null)),
    constraint integration_import_job_counts check (rows_accepted >= 0 and rows_rejected >= 0 and rows_present >= 0)
);
create index integration_import_job_created on integration_import_job (created_at desc);
-- a re-upload is found by the file's hash among finished real imports of the same company and type
create index integration_import_job_hash on integration_import_job (company_id, type, file_sha256)
    where status = 'COMPLETED' and not dry_run;
create index integration_import_job_active on integration_import_job (node) where status in ('QUEUED', 'RUNNING');

create table integration_rejected_row (
    job_id   uuid   not null references integration_import_job (id),
    row_no   bigint not null,
    problems jsonb  not null,
    cells    jsonb  not null,
    primary key (job_id, row_no)
);

create table integration_upload (
    id         uuid        primary key,
    owner      text        not null,
    file_name  text        not null,
    path       text        not null,
    size       bigint      not null,
    sha256     char(64)    not null,
    format     text        not null,
    encoding   text,
    created_at timestamptz not null
);
create index integration_upload_created on integration_upload (created_at);

create table integration_mapping (
    id         uuid        primary key,
    name       text        not null,
    type       text        not null,
    company_id uuid,
    owner      text        not null,
    mapping    jsonb       not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint integration_mapping_name check (length(name) between 1 and 100)
);
create unique index integration_mapping_unique on integration_mapping (owner, type, company_id, lower(name))
    nulls not distinct;

create table integration_document_attribute (
    company_id      uuid        not null,
    item_type       text        not null,
    document_number text        not null,
    disputed        boolean     not null,
    attributes      jsonb       not null,
    job_id          uuid        not null,
    updated_at      timestamptz not null,
    primary key (company_id, item_type, document_number)
);
create index integration_document_disputed on integration_document_attribute (company_id, document_number)
    where disputed;
