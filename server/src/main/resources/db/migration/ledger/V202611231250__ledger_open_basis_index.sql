-- The aging drill-down as of today (no allocation effective later) lists the OPEN items of a bucket, a range of basis
-- dates (a debit's due date, a credit's value date), most days past first, then by document number and id. This index
-- returns them by basis date; PostgreSQL then sorts only the items of the same date (an incremental sort), so the first
-- page of a bucket of the whole company reads a few hundred entries instead of sorting every item of the bucket
-- (303,000 of 1M invoices in `openar bench lists`: docs/benchmarks.md, "List pages").
-- Partial and on the date alone: 3 MB for the bench's 450,000 open items (25 MB with document number and id for the
-- full order, which would give the same plan for page 1), and less work per imported row (every import is OPEN items).
create index ledger_item_open_basis on ledger_item ((coalesce(due_date, value_date))) where status = 'OPEN';
