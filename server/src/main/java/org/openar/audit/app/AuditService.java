package org.openar.audit.app;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.openar.audit.AuditTrail;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.paging.Totals;
import org.openar.shared.security.Actor;
import org.openar.shared.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the hash chain. The hash is computed by PostgreSQL over the canonical {@code jsonb::text} of before/after,
 * so verification sees exactly the bytes that were hashed. Appends are serialised by a row lock on the chain head, which
 * also makes sequence numbers gap-free (a missing number means a deleted row).
 */
@Service
public class AuditService implements AuditTrail {

  /** The formula, shared by append and verify; {@code b}/{@code a} are the jsonb values. */
  static final String HASH_SQL = """
      encode(sha256(convert_to(concat_ws('|', %s::text, %s::text, %s, %s, %s, %s, coalesce(%s::text, ''),
          coalesce(%s::text, ''), %s), 'UTF8')), 'hex')""";

  private static final int BATCH = 2_000;
  /** From this many entries on, {@link #recordAll} serialises them in parallel. */
  private static final int PARALLEL = 64;

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  public AuditService(JdbcClient jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.REQUIRED)
  public void record(String entityType, String entityId, String action, Object before, Object after) {
    Actor actor = CurrentActor.get();
    record Head(long seq, String hash) {}
    Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    long seq = head.seq() + 1;
    // microsecond precision, the precision timestamptz stores, so the hashed value round-trips exactly
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String hash = jdbc.sql("insert into audit_log (seq, occurred_at, actor_id, actor_name, entity_type, entity_id, action,"
            + " before, after, prev_hash, hash) select :seq, :at, :actorId, :actorName, :type, :id, :action, x.b, x.a, :prev, "
            + HASH_SQL.formatted(":seq", "(extract(epoch from cast(:at as timestamptz)) * 1000000)::bigint",
                ":actorName", ":type", ":id", ":action", "x.b", "x.a", ":prev")
            + " from (select cast(:before as jsonb) b, cast(:after as jsonb) a) x returning hash")
        .param("seq", seq)
        .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .param("actorId", actor.userId())
        .param("actorName", actor.username())
        .param("type", entityType)
        .param("id", entityId)
        .param("action", action)
        .param("before", before == null ? null : json.writeValueAsString(before))
        .param("after", after == null ? null : json.writeValueAsString(after))
        .param("prev", head.hash())
        .query(String.class).single();
    jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash where id = 1")
        .param("seq", seq).param("hash", hash).update();
  }

  /**
   * One call of the database function {@code audit_append_batch} per {@value #BATCH} entries: the rows are chained
   * inside PostgreSQL (each hash needs the previous one), without a statement round trip per row.
   */
  @Override
  @Transactional(propagation = Propagation.REQUIRED)
  public void recordAll(List<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Actor actor = CurrentActor.get();
    record Head(long seq, String hash) {}
    Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    long seq = head.seq();
    String hash = head.hash();
    for (int from = 0; from < entries.size(); from += BATCH) {
      List<Entry> chunk = entries.subList(from, Math.min(entries.size(), from + BATCH));
      int n = chunk.size();
      String[] types = new String[n];
      String[] ids = new String[n];
      String[] actions = new String[n];
      String[] befores = new String[n];
      String[] afters = new String[n];
      // the documents are serialised side by side (a bulk call's entries are thousands of invoices and items, and
      // the thread would otherwise do it alone while the database waits); the mapper is thread-safe
      IntStream range = IntStream.range(0, n);
      (n >= PARALLEL ? range.parallel() : range).forEach(i -> {
        Entry e = chunk.get(i);
        types[i] = e.entityType();
        ids[i] = e.entityId();
        actions[i] = e.action();
        befores[i] = e.before() == null ? null : json.writeValueAsString(e.before());
        afters[i] = e.after() == null ? null : json.writeValueAsString(e.after());
      });
      hash = jdbc.sql("select audit_append_batch(:seq, :prev, :at, :actorId, :actorName, :types, :ids, :actions,"
              + " :befores, :afters)")
          .param("seq", seq + 1).param("prev", hash).param("at", at).param("actorId", actor.userId())
          .param("actorName", actor.username()).param("types", types).param("ids", ids).param("actions", actions)
          .param("befores", befores).param("afters", afters)
          .query(String.class).single();
      seq += n;
    }
    jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash where id = 1")
        .param("seq", seq).param("hash", hash).update();
  }

  @Override
  @Transactional(readOnly = true)
  public AuditVerification verify() {
    List<String> problems = new ArrayList<>();
    long[] checked = {0};
    String[] prevHash = {""};
    long[] expectedSeq = {1};
    String recompute = HASH_SQL.formatted("seq", "(extract(epoch from occurred_at) * 1000000)::bigint", "actor_name",
        "entity_type", "entity_id", "action", "before", "after", "prev_hash");
    jdbc.sql("select seq, prev_hash, hash, " + recompute + " as recomputed from audit_log order by seq")
        .query(rs -> {
          long seq = rs.getLong("seq");
          checked[0]++;
          if (seq != expectedSeq[0] && problems.size() < 100) {
            problems.add("rows " + expectedSeq[0] + ".." + (seq - 1) + " are missing (deleted)");
          }
          if (!rs.getString("prev_hash").equals(prevHash[0]) && problems.size() < 100) {
            problems.add("row " + seq + ": previous-hash link is broken");
          }
          if (!rs.getString("hash").equals(rs.getString("recomputed")) && problems.size() < 100) {
            problems.add("row " + seq + ": content was changed after it was written");
          }
          prevHash[0] = rs.getString("hash");
          expectedSeq[0] = seq + 1;
        });
    record Head(long seq, String hash) {}
    Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    if (head.seq() != expectedSeq[0] - 1 || !head.hash().equals(prevHash[0])) {
      problems.add("the chain ends at row " + (expectedSeq[0] - 1) + " but the head records row " + head.seq()
          + ": rows at the end were deleted or the head was altered");
    }
    return new AuditVerification(problems.isEmpty(), checked[0], List.copyOf(problems));
  }

  @Override
  @Transactional(readOnly = true)
  public List<AuditEntryView> search(AuditQuery q) {
    return jdbc.sql("select seq, occurred_at, actor_name, entity_type, entity_id, action, before::text b, after::text a, hash"
            + " from audit_log where " + where() + " order by seq desc limit :size offset :offset")
        .params(params(q))
        .param("size", q.size()).param("offset", (long) q.page() * q.size())
        .query((rs, n) -> new AuditEntryView(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            rs.getString("actor_name"), rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
            rs.getString("b"), rs.getString("a"), rs.getString("hash")))
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public long count(AuditQuery q) {
    return jdbc.sql("select count(*) from audit_log where " + where()).params(params(q)).query(Long.class).single();
  }

  @Override
  @Transactional(readOnly = true)
  public Totals.Total total(AuditQuery q, int rowsOnPage) {
    return Totals.of(jdbc, "audit_log where " + where(), params(q), new PageQuery(q.page(), q.size(), null, false),
        rowsOnPage);
  }

  private static String where() {
    return """
        (cast(:type as text) is null or entity_type = :type) and (cast(:id as text) is null or entity_id = :id)
        and (cast(:actor as text) is null or actor_name = :actor)
        and (cast(:from as timestamptz) is null or occurred_at >= :from) and (cast(:to as timestamptz) is null or occurred_at < :to)""";
  }

  private static java.util.Map<String, Object> params(AuditQuery q) {
    java.util.Map<String, Object> p = new java.util.HashMap<>();
    p.put("type", q.entityType());
    p.put("id", q.entityId());
    p.put("actor", q.actor());
    p.put("from", q.from() == null ? null : OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC));
    p.put("to", q.to() == null ? null : OffsetDateTime.ofInstant(q.to(), ZoneOffset.UTC));
    return p;
  }
}
