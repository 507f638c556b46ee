-- A dispute flag on one ledger debit; at most one open dispute per item. Item, customer and company are ids of the
-- ledger and customers modules (no cross-module foreign keys); document number and open amount are copied for lists.
create table disputes_dispute (
    id              uuid primary key,
    item_id         uuid        not null,
    customer_id     uuid        not null,
    company_id      uuid        not null,
    document_number text        not null,
    open_minor      bigint      not null check (open_minor >= 0),
    currency        char(3)     not null,
    reason          text        not null check (reason in ('PRICE', 'QUANTITY', 'QUALITY', 'NOT_DELIVERED',
                                    'DUPLICATE_BILLING', 'ALREADY_PAID', 'TAX_INVOICE', 'CONTRACT_TERMS', 'OTHER')),
    note            text        not null,
    status          text        not null check (status in ('OPEN', 'RESOLVED')),
    opened_by       text        not null,
    opened_at       timestamptz not null,
    outcome         text check (outcome in ('CUSTOMER_RIGHT', 'REJECTED', 'SETTLED', 'WITHDRAWN')),
    resolution_note text,
    resolved_by     text,
    resolved_at     timestamptz,
    check ((status = 'RESOLVED') = (outcome is not null and resolved_at is not null and resolved_by is not null))
);
create unique index disputes_dispute_one_open on disputes_dispute (item_id) where status = 'OPEN';
create index disputes_dispute_customer on disputes_dispute (customer_id, opened_at);
create index disputes_dispute_open_customer on disputes_dispute (customer_id) where status = 'OPEN';
