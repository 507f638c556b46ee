-- The customer list's default order (code, then id) read from an index rather than sorted (docs/benchmarks.md,
-- "List pages").
create index customers_customer_code_id on customers_customer (code, id);
