-- Weeks whose sales-rep digests went out completely (each message is idempotent in the outbox as well).
create table collections_digest_week (
    week       text primary key,
    messages   int         not null,
    created_at timestamptz not null
);
