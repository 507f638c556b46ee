-- Decisions are written only by dunning runs, with COPY, in the transaction that also writes their snapshot, into a
-- run row that is never deleted. The foreign keys made PostgreSQL look both parents up (FOR KEY SHARE) for every one
-- of the hundreds of thousands of rows a run over the whole book records; the indexes for reading stay.
alter table collections_decision drop constraint if exists collections_decision_run_id_fkey;
alter table collections_decision drop constraint if exists collections_decision_snapshot_id_fkey;
