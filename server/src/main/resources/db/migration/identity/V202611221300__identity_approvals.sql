-- Maker-checker approvals. The four-eyes rule is a constraint, not only application code: no row can ever say that
-- the requester decided its own request. Decided and cancelled rows are frozen by a trigger; nothing is deleted.
create table identity_approval (
    id                uuid primary key,
    type              text        not null,
    subject_type      text        not null,
    subject_id        text        not null,
    summary           text        not null,
    amount_minor      bigint,
    currency          char(3),
    payload           jsonb       not null check (jsonb_typeof(payload) = 'object'),
    status            text        not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED')),
    decider_roles     text[]      not null check (cardinality(decider_roles) > 0),
    requested_by      uuid        not null,
    requested_by_name text        not null,
    requested_at      timestamptz not null,
    decided_by        uuid,
    decided_by_name   text,
    decided_at        timestamptz,
    decision_comment  text,
    cancelled_at      timestamptz,
    cancel_reason     text,
    constraint identity_approval_amount
        check ((amount_minor is null) = (currency is null) and (amount_minor is null or amount_minor > 0)),
    constraint identity_approval_four_eyes check (decided_by is null or decided_by <> requested_by),
    constraint identity_approval_decided
        check ((status in ('APPROVED', 'REJECTED'))
               = (decided_by is not null and decided_by_name is not null and decided_at is not null)),
    constraint identity_approval_cancelled check ((status = 'CANCELLED') = (cancelled_at is not null)),
    constraint identity_approval_reject_reason
        check (status <> 'REJECTED' or length(btrim(coalesce(decision_comment, ''))) > 0)
);

-- one open request per action and subject: a second write-off of the same invoice waits for the first
create unique index identity_approval_one_pending on identity_approval (type, subject_type, subject_id)
    where status = 'PENDING';
create index identity_approval_pending on identity_approval (requested_at) where status = 'PENDING';
create index identity_approval_requester on identity_approval (requested_by, requested_at);
create index identity_approval_subject on identity_approval (subject_type, subject_id);
create index identity_approval_time on identity_approval (requested_at);

create function identity_approval_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'identity_approval rows are never deleted';
    end if;
    if old.status <> 'PENDING' then
        raise exception 'approval % is % and can no longer change', old.id, old.status;
    end if;
    if (new.id, new.type, new.subject_type, new.subject_id, new.summary, new.amount_minor, new.currency, new.payload,
        new.decider_roles, new.requested_by, new.requested_by_name, new.requested_at)
       is distinct from
       (old.id, old.type, old.subject_type, old.subject_id, old.summary, old.amount_minor, old.currency, old.payload,
        old.decider_roles, old.requested_by, old.requested_by_name, old.requested_at) then
        raise exception 'the request of approval % cannot be changed', old.id;
    end if;
    return new;
end $$;
create trigger identity_approval_guard before update or delete on identity_approval
    for each row execute function identity_approval_guard();
