-- Open items and their allocations. Amounts are bigint minor units of the item's currency. Debits (D) carry a due
-- date, credits (C) a value date; an item counts from its document date (debits) or value date (credits).
-- Nothing is ever deleted: an unallocation is a new allocation row with the negative amount of the row it undoes, a
-- reversal is a REVERSAL counter-entry allocated against the reversed item.
create table ledger_item (
    id               uuid        primary key,
    company_id       uuid        not null,
    customer_id      uuid        not null,
    original_minor   bigint      not null,
    open_minor       bigint      not null,
    created_at       timestamptz not null,
    document_date    date        not null,
    due_date         date,
    value_date       date,
    installment_no   smallint,
    side             char(1)     not null,
    currency         char(3)     not null,
    type             text        not null,
    status           text        not null,
    document_number  text        not null,
    payment_terms    text,
    reference        text,
    description      text,
    external_ref     text,
    reverses_item_id uuid        references ledger_item (id),
    batch_id         uuid,
    created_by       text        not null,
    constraint ledger_item_type check (type in
        ('INVOICE', 'FEE', 'INTEREST', 'CREDIT_NOTE', 'PAYMENT', 'ADVANCE', 'DISCOUNT', 'WRITE_OFF', 'REVERSAL')),
    constraint ledger_item_side_of_type check (
        (type in ('INVOICE', 'FEE', 'INTEREST') and side = 'D')
        or (type in ('CREDIT_NOTE', 'PAYMENT', 'ADVANCE', 'DISCOUNT', 'WRITE_OFF') and side = 'C')
        or (type = 'REVERSAL' and side in ('D', 'C'))),
    constraint ledger_item_currency check (currency ~ '^[A-Z]{3}$'),
    constraint ledger_item_amount_positive check (original_minor > 0),
    constraint ledger_item_open_within_original check (open_minor between 0 and original_minor),
    constraint ledger_item_status check (status in ('OPEN', 'CLEARED', 'REVERSED')),
    constraint ledger_item_status_matches_open check ((status = 'OPEN') = (open_minor > 0)),
    constraint ledger_item_dates check (case side
        when 'D' then due_date is not null and value_date is null and due_date >= document_date
        else value_date is not null and due_date is null end),
    constraint ledger_item_number check (length(document_number) between 1 and 64),
    constraint ledger_item_installment check (installment_no between 1 and 999),
    constraint ledger_item_reversal_link check ((type = 'REVERSAL') = (reverses_item_id is not null))
);

-- A document number is used once per company, type and installment; system entries carry the number of the
-- document they belong to. Every index slows bulk imports (COPY), so there are only these: the document key (which
-- also serves company filters), a customer's items by date (statements, lists) and its open items by due date
-- (balances, aging, collections worklists).
create unique index ledger_item_document on ledger_item (company_id, type, document_number, installment_no)
    nulls not distinct where type not in ('DISCOUNT', 'WRITE_OFF', 'REVERSAL');
create index ledger_item_customer on ledger_item (customer_id, document_date);
create index ledger_item_open on ledger_item (customer_id, due_date) where status = 'OPEN';
create index ledger_item_reverses on ledger_item (reverses_item_id) where reverses_item_id is not null;

create table ledger_allocation (
    id             uuid        primary key,
    seq            bigint      generated always as identity,
    credit_item_id uuid        not null references ledger_item (id),
    debit_item_id  uuid        not null references ledger_item (id),
    amount_minor   bigint      not null,
    effective_date date        not null,
    created_at     timestamptz not null,
    currency       char(3)     not null,
    undoes_id      uuid        references ledger_allocation (id),
    linked_to_id   uuid        references ledger_allocation (id),
    note           text,
    created_by     text        not null,
    constraint ledger_allocation_sign check (amount_minor <> 0 and (undoes_id is null) = (amount_minor > 0)),
    constraint ledger_allocation_two_items check (credit_item_id <> debit_item_id)
);
create unique index ledger_allocation_undone_once on ledger_allocation (undoes_id) where undoes_id is not null;
create index ledger_allocation_credit on ledger_allocation (credit_item_id, effective_date);
create index ledger_allocation_debit on ledger_allocation (debit_item_id, effective_date);
create index ledger_allocation_linked on ledger_allocation (linked_to_id) where linked_to_id is not null;
