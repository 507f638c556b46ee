-- The invoice list's sorts by due date and by amount read the first page from an index instead of sorting every
-- matching invoice (measured with `openar bench lists` at 1M invoices: docs/benchmarks.md, "List pages"). The id
-- breaks ties, as the list's ORDER BY does; (due_date, id) serves every query the (due_date) index served.
create index invoicing_invoice_due_id on invoicing_invoice (due_date, id);
drop index invoicing_invoice_due;
create index invoicing_invoice_gross on invoicing_invoice (gross_minor, id);
-- Installments never fall due before the invoice date (ScheduleRules); as a rule of the table, the list may add the
-- implied bound invoice_date <= (the overdue filter's date), which starts its newest-first index scan at the first
-- invoice old enough instead of reading past every more recent one.
alter table invoicing_invoice add constraint invoicing_invoice_next_due check (next_due_date >= invoice_date);
