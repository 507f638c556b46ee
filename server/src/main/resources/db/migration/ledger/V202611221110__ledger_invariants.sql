-- The ledger's invariants, enforced by the database as well as by the domain, so that no code path (a bug, a manual
-- fix, another module's SQL) can leave the ledger inconsistent. Violations raise check_violation (23514).

-- Items and allocations are facts: never deleted; allocations never changed.
create function ledger_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% on % is not allowed: the ledger is append-only', tg_op, tg_table_name
        using errcode = '23514';
end $$;
create trigger ledger_item_no_delete before delete on ledger_item
    for each row execute function ledger_refuse_change();
create trigger ledger_item_no_truncate before truncate on ledger_item
    for each statement execute function ledger_refuse_change();
create trigger ledger_allocation_no_change before update or delete on ledger_allocation
    for each row execute function ledger_refuse_change();
create trigger ledger_allocation_no_truncate before truncate on ledger_allocation
    for each statement execute function ledger_refuse_change();

-- Only the open amount and the status of an item move, and a reversed item is final.
create function ledger_item_guard() returns trigger language plpgsql as $$
declare
    probe ledger_item := new;
begin
    probe.open_minor := old.open_minor;
    probe.status := old.status;
    if probe is distinct from old then
        raise exception 'only the open amount and status of ledger item % may change', old.id using errcode = '23514';
    end if;
    if old.status = 'REVERSED' and new is distinct from old then
        raise exception 'ledger item % is reversed; it cannot change any more', old.id using errcode = '23514';
    end if;
    return new;
end $$;
create trigger ledger_item_guard before update on ledger_item
    for each row execute function ledger_item_guard();

-- A new item is open for its whole amount (allocations reduce it afterwards). One check per statement, so COPY of a
-- million rows pays for one scan of the new rows, not a million trigger calls.
create function ledger_item_inserted() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_items where open_minor <> original_minor or status <> 'OPEN') then
        raise exception 'a new ledger item must be open for its whole amount' using errcode = '23514';
    end if;
    return null;
end $$;
create trigger ledger_item_inserted after insert on ledger_item
    referencing new table as new_items for each statement execute function ledger_item_inserted();

-- An allocation joins a credit and a debit of one customer, company and currency, from a date on which both exist,
-- and never touches a reversed item; an unallocation mirrors exactly the allocation it undoes.
create function ledger_allocation_guard() returns trigger language plpgsql as $$
declare
    c ledger_item;
    d ledger_item;
    u ledger_allocation;
begin
    select * into c from ledger_item where id = new.credit_item_id;
    select * into d from ledger_item where id = new.debit_item_id;
    if c.side <> 'C' or d.side <> 'D' then
        raise exception 'allocation %: the credit must be a credit item and the debit a debit item', new.id
            using errcode = '23514';
    end if;
    if c.customer_id <> d.customer_id or c.company_id <> d.company_id then
        raise exception 'allocation %: both items must belong to one customer', new.id using errcode = '23514';
    end if;
    if c.currency <> new.currency or d.currency <> new.currency then
        raise exception 'allocation %: currency % differs from the items'' (%, %)', new.id, new.currency,
            c.currency, d.currency using errcode = '23514';
    end if;
    if new.effective_date < c.value_date or new.effective_date < d.document_date then
        raise exception 'allocation %: effective before both items exist', new.id using errcode = '23514';
    end if;
    if new.undoes_id is null then
        if c.status = 'REVERSED' or d.status = 'REVERSED' then
            raise exception 'allocation %: a reversed item takes no allocation', new.id using errcode = '23514';
        end if;
    else
        select * into u from ledger_allocation where id = new.undoes_id;
        if u.undoes_id is not null or u.credit_item_id <> new.credit_item_id or u.debit_item_id <> new.debit_item_id
                or u.amount_minor <> -new.amount_minor or new.effective_date < u.effective_date then
            raise exception 'unallocation % does not mirror allocation %', new.id, new.undoes_id
                using errcode = '23514';
        end if;
    end if;
    return new;
end $$;
create trigger ledger_allocation_guard before insert on ledger_allocation
    for each row execute function ledger_allocation_guard();

-- At commit, for every item touched: open = original − Σ allocation rows, and the open amount replayed on each
-- effective date stays within [0, original] (so every past state, e.g. aging as of any date, is a valid ledger).
create function ledger_assert_balanced(item uuid) returns void language plpgsql as $$
declare
    i ledger_item;
    applied bigint;
    bad_date date;
begin
    select * into i from ledger_item where id = item;
    with rows as (
        select effective_date, amount_minor from ledger_allocation where credit_item_id = item
        union all
        select effective_date, amount_minor from ledger_allocation where debit_item_id = item),
    per_day as (select effective_date, sum(amount_minor) as delta from rows group by effective_date),
    running as (select effective_date, sum(delta) over (order by effective_date) as applied from per_day)
    select coalesce((select sum(delta) from per_day), 0),
           (select min(effective_date) from running
             where i.original_minor - running.applied < 0 or running.applied < 0)
      into applied, bad_date;
    if i.open_minor <> i.original_minor - applied then
        raise exception 'ledger item %: open amount % is not original % less applied %', item, i.open_minor,
            i.original_minor, applied using errcode = '23514';
    end if;
    if bad_date is not null then
        raise exception 'ledger item %: open amount leaves [0, original] on %', item, bad_date
            using errcode = '23514';
    end if;
end $$;

create function ledger_balanced_after_change() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'ledger_allocation' then
        perform ledger_assert_balanced(new.credit_item_id);
        perform ledger_assert_balanced(new.debit_item_id);
    else
        perform ledger_assert_balanced(new.id);
    end if;
    return null;
end $$;
create constraint trigger ledger_allocation_balanced after insert on ledger_allocation
    deferrable initially deferred for each row execute function ledger_balanced_after_change();
create constraint trigger ledger_item_balanced after update on ledger_item
    deferrable initially deferred for each row execute function ledger_balanced_after_change();
