-- Dunning strategies as versioned data. The head row carries what selects customers (company, tier, segment,
-- priority, active) and the current version; every save adds an immutable version row, and runs record the version
-- they acted on. company_id null: a default for every company without a matching strategy of its own.
create table collections_strategy (
    id              uuid primary key,
    company_id      uuid,
    code            text        not null,
    name            text        not null,
    tier            char(1) check (tier in ('A', 'B', 'C')),
    segment         text,
    priority        int         not null,
    active          boolean     not null default true,
    current_version int         not null check (current_version > 0),
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create unique index collections_strategy_code
    on collections_strategy (coalesce(company_id, '00000000-0000-0000-0000-000000000000'::uuid), code);

create table collections_strategy_version (
    strategy_id uuid        not null references collections_strategy (id),
    version     int         not null check (version > 0),
    name        text        not null,
    description text,
    tier        char(1),
    segment     text,
    priority    int         not null,
    steps       jsonb       not null,
    comment     text,
    created_by  text        not null,
    created_at  timestamptz not null,
    primary key (strategy_id, version)
);

-- Per-customer settings: overrides, time zone, dunning block, next planned action.
create table collections_profile (
    customer_id      uuid primary key,
    company_id       uuid        not null,
    strategy_id      uuid references collections_strategy (id),
    collector_id     uuid,
    time_zone        text,
    block_reason     text,
    blocked_until    date,
    blocked_by       text,
    blocked_at       timestamptz,
    next_action_date date,
    version          bigint      not null default 0,
    updated_by       text        not null,
    updated_at       timestamptz not null,
    check ((block_reason is null) = (blocked_at is null))
);
create index collections_profile_collector on collections_profile (collector_id) where collector_id is not null;

create table collections_opt_out (
    contact_id  uuid        not null,
    channel     text        not null check (channel in ('EMAIL', 'SMS', 'LETTER', 'PHONE')),
    customer_id uuid        not null,
    reason      text        not null,
    created_by  text        not null,
    created_at  timestamptz not null,
    primary key (contact_id, channel)
);
create index collections_opt_out_customer on collections_opt_out (customer_id);

-- Contact rules per company; companies without a row use the configured defaults.
create table collections_compliance (
    company_id   uuid primary key,
    max_contacts int         not null check (max_contacts between 1 and 100),
    window_days  int         not null check (window_days between 1 and 365),
    quiet_start  time        not null,
    quiet_end    time        not null,
    holidays     date[]      not null default '{}',
    version      bigint      not null default 0,
    updated_by   text        not null,
    updated_at   timestamptz not null
);

create table collections_assignment_rule (
    id           uuid primary key,
    company_id   uuid,
    tier         char(1) check (tier in ('A', 'B', 'C')),
    region       text,
    sales_rep_id uuid,
    collector_id uuid        not null,
    priority     int         not null,
    created_by   text        not null,
    created_at   timestamptz not null
);
