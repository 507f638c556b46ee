-- Lines and installments may be inserted only into a draft. That check ran once per inserted row (a status look-up
-- each); for inserts it now runs once per statement over the new rows, so a bulk issue of a thousand invoices with
-- their lines and installments pays for two joins, not thousands of look-ups. Updates and deletes keep their row
-- triggers (they compare the old and new row). Same refusals, same error code.
drop trigger invoicing_invoice_line_immutable on invoicing_invoice_line;
create trigger invoicing_invoice_line_immutable before update or delete on invoicing_invoice_line
    for each row execute function invoicing_guard_line();

create function invoicing_guard_line_insert() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_lines l join invoicing_invoice i on i.id = l.invoice_id where i.status <> 'DRAFT') then
        raise exception 'the lines of an issued invoice cannot be changed' using errcode = 'P0001';
    end if;
    return null;
end $$;
create trigger invoicing_invoice_line_insert_draft_only after insert on invoicing_invoice_line
    referencing new table as new_lines for each statement execute function invoicing_guard_line_insert();

drop trigger invoicing_installment_immutable on invoicing_installment;
create trigger invoicing_installment_immutable before update or delete on invoicing_installment
    for each row execute function invoicing_guard_installment();

create function invoicing_guard_installment_insert() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_installments s join invoicing_invoice i on i.id = s.invoice_id
                where i.status <> 'DRAFT') then
        raise exception 'the installments of an issued invoice cannot be changed' using errcode = 'P0001';
    end if;
    return null;
end $$;
create trigger invoicing_installment_insert_draft_only after insert on invoicing_installment
    referencing new table as new_installments for each statement execute function invoicing_guard_installment_insert();
