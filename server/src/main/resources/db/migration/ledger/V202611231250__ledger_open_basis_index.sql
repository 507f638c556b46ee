-- The aging drill-down as of today (no allocation effective later) lists OPEN items of a bucket, a range of basis dates
-- (a debit's due date, a credit's value date), most days past first, then by document number and id. This index
-- returns them in that order, so the first page of a bucket of the whole company reads 50 entries instead of sorting
-- every item of the bucket (327,000 of 1M invoices in `openar bench lists`: docs/benchmarks.md, "List pages").
-- Partial: only OPEN items are in it, which keeps its cost on bulk imports to the items still open.
create index ledger_item_open_basis on ledger_item ((coalesce(due_date, value_date)), document_number, id)
    where status = 'OPEN';
