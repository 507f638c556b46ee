-- Dunning runs and every decision they made. One scheduled (non-dry) run per date: a run interrupted by a crash is
-- resumed in its own row. Decision details and items are json, not jsonb: they are written in bulk (a run over the
-- whole book records hundreds of thousands) and only ever read back whole.
create table collections_run (
    id              uuid primary key,
    as_of           date        not null,
    kind            text        not null check (kind in ('SCHEDULED', 'MANUAL')),
    dry_run         boolean     not null,
    company_id      uuid,
    customer_ids    uuid[]      not null default '{}',
    status          text        not null check (status in ('RUNNING', 'COMPLETED', 'FAILED', 'INTERRUPTED')),
    started_by      text        not null,
    node            text        not null,
    started_at      timestamptz not null,
    finished_at     timestamptz,
    customers       int         not null default 0,
    error           text,
    notes           text[]      not null default '{}'
);
create unique index collections_run_scheduled on collections_run (as_of) where kind = 'SCHEDULED' and not dry_run;
create index collections_run_started on collections_run (started_at);

-- The items a run saw for one customer, stored once and shared by that customer's decisions (a run over 100,000
-- customers makes several decisions each; repeating the item list in every one would be most of what it writes).
-- items: [{"i": item id, "n": document number, "d": due date, "o": days overdue, "m": open minor units, "c": currency}]
create table collections_decision_snapshot (
    id    uuid primary key,
    items json not null
);

create table collections_decision (
    id               uuid primary key,
    run_id           uuid        not null references collections_run (id),
    as_of            date        not null,
    customer_id      uuid        not null,
    customer_code    text        not null,
    customer_name    text        not null,
    channel          text,
    level            int,
    step_name        text,
    strategy_id      uuid,
    strategy_version int,
    outcome          text        not null check (outcome in ('SEND', 'DEFER', 'TASK', 'ESCALATE', 'CHARGE', 'SKIP')),
    reason           text        not null,
    detail           json        not null default '{}',
    -- per listed item [index into the snapshot, level, why excluded (absent when listed)]
    snapshot_id      uuid        references collections_decision_snapshot (id),
    items            json        not null default '[]',
    contact_id       uuid,
    recipient        text,
    language         text,
    template_key     text,
    not_before       timestamptz,
    message_key      text,
    message_id       uuid,
    task_id          uuid,
    created_at       timestamptz not null
);
create index collections_decision_run on collections_decision (run_id, customer_code);
create index collections_decision_customer on collections_decision (customer_id, created_at);

-- How far each item got per channel: the step (level), its offset and the strategy version. Under a new version the
-- offset says which steps count as done, so an edit never repeats a step an item passed.
create table collections_item_progress (
    item_id          uuid        not null,
    channel          text        not null,
    customer_id      uuid        not null,
    level            int         not null,
    offset_days      int         not null,
    strategy_id      uuid        not null,
    strategy_version int         not null,
    run_id           uuid        not null,
    as_of            date        not null,
    primary key (item_id, channel)
);
create index collections_item_progress_customer on collections_item_progress (customer_id);

-- Items a broken promise moved to their next step at the next run.
create table collections_item_escalation (
    item_id     uuid primary key,
    customer_id uuid        not null,
    promise_id  uuid,
    created_at  timestamptz not null
);
create index collections_item_escalation_customer on collections_item_escalation (customer_id);

-- Every contact with a customer that counts for the cap and "days since last contact": dunning messages and logged
-- calls and e-mails.
create table collections_contact (
    id           uuid primary key,
    customer_id  uuid        not null,
    channel      text        not null,
    contact_date date        not null,
    source       text        not null check (source in ('DUNNING', 'ACTIVITY')),
    ref_id       uuid,
    created_at   timestamptz not null
);
create index collections_contact_customer on collections_contact (customer_id, contact_date);
