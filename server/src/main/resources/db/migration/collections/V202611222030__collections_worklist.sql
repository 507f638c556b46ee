create table collections_task (
    id           uuid primary key,
    customer_id  uuid        not null,
    company_id   uuid        not null,
    kind         text        not null check (kind in ('CALL', 'FIND_CONTACT', 'ESCALATION_REVIEW', 'PROMISE_FOLLOW_UP',
                                                      'DELIVERY_FAILED', 'FOLLOW_UP')),
    assignee_id  uuid,
    due_date     date        not null,
    status       text        not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
    level        int,
    run_id       uuid,
    detail       jsonb       not null default '{}',
    note         text,
    created_by   text        not null,
    created_at   timestamptz not null,
    completed_by text,
    completed_at timestamptz,
    check ((status = 'OPEN') = (completed_at is null))
);
-- one open task per customer and kind: a repeated run refreshes it instead of piling up duplicates
create unique index collections_task_one_open on collections_task (customer_id, kind) where status = 'OPEN';
create index collections_task_assignee on collections_task (assignee_id, due_date) where status = 'OPEN';

create table collections_activity (
    id               uuid primary key,
    customer_id      uuid        not null,
    kind             text        not null check (kind in ('CALL', 'NOTE', 'EMAIL', 'VISIT')),
    outcome          text,
    contact_id       uuid,
    note             text,
    occurred_at      timestamptz not null,
    next_action_date date,
    task_id          uuid references collections_task (id),
    message_id       uuid,
    created_by       text        not null,
    created_at       timestamptz not null
);
create index collections_activity_customer on collections_activity (customer_id, occurred_at);
