-- The item lists (receipts newest first, a ledger list by date) read their first page from this index instead of
-- sorting all matching items (measured with `openar bench lists`: docs/benchmarks.md, "List pages").
create index ledger_item_document_date on ledger_item (document_date, id);
