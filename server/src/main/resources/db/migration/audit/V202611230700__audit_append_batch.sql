-- Appends a batch of audit rows in one call, chaining each row's hash to the previous one exactly as one insert per
-- row does (the hash formula is AuditService.HASH_SQL; verification recomputes it from the stored columns, so any
-- difference would show as a changed row). The caller holds the chain head's row lock and updates the head with the
-- returned last hash.
create function audit_append_batch(p_seq bigint, p_prev text, p_at timestamptz, p_actor_id uuid, p_actor_name text,
    p_types text[], p_ids text[], p_actions text[], p_befores text[], p_afters text[]) returns text
language plpgsql as $$
declare
    prev text := p_prev;
    r record;
    s bigint;
begin
    for r in select u.t, u.id, u.act, cast(u.b as jsonb) as b, cast(u.a as jsonb) as a, u.n
               from unnest(p_types, p_ids, p_actions, p_befores, p_afters) with ordinality as u(t, id, act, b, a, n)
              order by u.n loop
        s := p_seq + r.n - 1;
        insert into audit_log (seq, occurred_at, actor_id, actor_name, entity_type, entity_id, action, before, after,
                               prev_hash, hash)
        values (s, p_at, p_actor_id, p_actor_name, r.t, r.id, r.act, r.b, r.a, prev,
                encode(sha256(convert_to(concat_ws('|', s::text,
                    ((extract(epoch from p_at) * 1000000)::bigint)::text, p_actor_name, r.t, r.id, r.act,
                    coalesce(r.b::text, ''), coalesce(r.a::text, ''), prev), 'UTF8')), 'hex'))
        returning hash into prev;
    end loop;
    return prev;
end $$;
