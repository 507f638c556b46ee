-- Reports reconstruct a past date by adding the allocation rows effective after it back to today's open amounts; for
-- a recent date those rows are few, and this index finds them without reading the whole allocation history.
create index ledger_allocation_effective on ledger_allocation (effective_date);
