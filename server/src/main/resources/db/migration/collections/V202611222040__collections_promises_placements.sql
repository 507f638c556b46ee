create table collections_promise (
    id            uuid primary key,
    customer_id   uuid        not null,
    company_id    uuid        not null,
    amount_minor  bigint      not null check (amount_minor > 0),
    currency      char(3)     not null,
    promised_date date        not null,
    grace_days    int         not null check (grace_days between 0 and 60),
    channel       text        not null,
    promised_by   text,
    note          text,
    status        text        not null check (status in ('OPEN', 'KEPT', 'BROKEN', 'CANCELLED')),
    paid_minor    bigint      not null default 0,
    created_by    text        not null,
    created_at    timestamptz not null,
    resolved_on   date,
    resolved_at   timestamptz,
    check ((status = 'OPEN') = (resolved_at is null))
);
create index collections_promise_customer on collections_promise (customer_id, created_at);
create index collections_promise_open on collections_promise (promised_date) where status = 'OPEN';

-- The items a promise covers, with their open amount when it was made; "active" while the promise is open, so an item
-- is under at most one open promise.
create table collections_promise_item (
    promise_id  uuid    not null references collections_promise (id),
    item_id     uuid    not null,
    open_minor  bigint  not null,
    active      boolean not null,
    primary key (promise_id, item_id)
);
create unique index collections_promise_item_active on collections_promise_item (item_id) where active;

create table collections_agency (
    id                 uuid primary key,
    name               text          not null,
    kind               text          not null check (kind in ('AGENCY', 'LEGAL')),
    commission_percent numeric(5, 2) not null check (commission_percent between 0 and 100),
    email              text,
    phone              text,
    active             boolean       not null,
    created_by         text          not null,
    created_at         timestamptz   not null
);

create table collections_placement (
    id                 uuid primary key,
    customer_id        uuid          not null,
    company_id         uuid          not null,
    agency_id          uuid          not null references collections_agency (id),
    kind               text          not null check (kind in ('AGENCY', 'LEGAL')),
    placed_on          date          not null,
    commission_percent numeric(5, 2) not null check (commission_percent between 0 and 100),
    status             text          not null check (status in ('ACTIVE', 'RECALLED', 'CLOSED')),
    note               text,
    placed_by          text          not null,
    created_at         timestamptz   not null,
    closed_on          date,
    close_reason       text
);
create index collections_placement_customer on collections_placement (customer_id);

create table collections_placement_item (
    placement_id    uuid    not null references collections_placement (id),
    item_id         uuid    not null,
    document_number text    not null,
    amount_minor    bigint  not null,
    currency        char(3) not null,
    active          boolean not null,
    primary key (placement_id, item_id)
);
create unique index collections_placement_item_active on collections_placement_item (item_id) where active;

-- Payments allocated to placed items (learnt from ledger events) and the commission owed on them; an undone allocation
-- adds a negative row.
create table collections_recovery (
    id               uuid primary key,
    placement_id     uuid        not null references collections_placement (id),
    item_id          uuid        not null,
    allocation_id    uuid        not null unique,
    amount_minor     bigint      not null,
    currency         char(3)     not null,
    commission_minor bigint      not null,
    received_on      date        not null,
    created_at       timestamptz not null
);
create index collections_recovery_placement on collections_recovery (placement_id);
