-- Append-only, hash-chained audit log. seq is gap-free (assigned under the head row lock), so a gap means a deleted row.
create table audit_log (
    seq         bigint primary key,
    occurred_at timestamptz not null,
    actor_id    uuid        not null,
    actor_name  text        not null,
    entity_type text        not null,
    entity_id   text        not null,
    action      text        not null,
    before      jsonb,
    after       jsonb,
    prev_hash   text        not null,
    hash        text        not null
);
create index audit_log_entity on audit_log (entity_type, entity_id);
create index audit_log_time on audit_log (occurred_at);

create table audit_chain_head (
    id        int primary key check (id = 1),
    last_seq  bigint not null,
    last_hash text   not null
);
insert into audit_chain_head values (1, 0, '');

-- The application never updates or deletes audit rows; the triggers make that a hard rule for its database role too.
-- (A superuser can still disable them; that is what verification is for.)
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only (% refused)', tg_op;
end $$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
