-- Idempotency keys of money-moving API calls (see org.openar.shared.idempotency.Idempotency).
create table shared_idempotency_key (
    scope        text        not null,
    idem_key     text        not null,
    request_hash text        not null,
    response     jsonb,
    created_at   timestamptz not null,
    primary key (scope, idem_key)
);
create index shared_idempotency_key_created on shared_idempotency_key (created_at);
