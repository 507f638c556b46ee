package org.openar.collections.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openar.collections.DecisionOutcome;
import org.openar.collections.RunId;
import org.openar.collections.RunKind;
import org.openar.collections.RunStatus;
import org.openar.collections.RunView;
import org.openar.customers.CompanyId;
import org.openar.shared.db.Sql;
import org.openar.shared.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dunning runs: their rows and the decision counts shown with them. */
@Repository
public class RunRepository {

  private final JdbcClient jdbc;

  public RunRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record NewRun(RunId id, LocalDate asOf, RunKind kind, boolean dryRun, CompanyId companyId,
      List<UUID> customerIds, String startedBy, String node, Instant startedAt) {}

  /** Inserts a RUNNING run; false when it is the date's scheduled run and that exists already. */
  public boolean insert(NewRun r) {
    return jdbc.sql("""
            insert into collections_run (id, as_of, kind, dry_run, company_id, customer_ids, status, started_by,
                node, started_at)
            values (:id, :asOf, :kind, :dry, :company, :customers, 'RUNNING', :by, :node, :at)
            on conflict (as_of) where kind = 'SCHEDULED' and not dry_run do nothing""")
        .param("id", r.id().value()).param("asOf", r.asOf()).param("kind", r.kind().name())
        .param("dry", r.dryRun()).param("company", r.companyId() == null ? null : r.companyId().value())
        .param("customers", r.customerIds().toArray(UUID[]::new)).param("by", r.startedBy())
        .param("node", r.node()).param("at", Sql.utc(r.startedAt()))
        .update() == 1;
  }

  /** The date's scheduled (non-dry) run, if one was started. */
  public Optional<RunView> scheduled(LocalDate asOf) {
    return jdbc.sql("select * from collections_run where as_of = :asOf and kind = 'SCHEDULED' and not dry_run")
        .param("asOf", asOf).query(this::map).optional().map(this::withCounts);
  }

  /** Takes over an interrupted run (its process died) to finish it. */
  public void resume(RunId id, String node, String note) {
    jdbc.sql("""
            update collections_run set status = 'RUNNING', node = :node, finished_at = null, error = null,
                notes = array_append(notes, :note)
            where id = :id""")
        .param("id", id.value()).param("node", node).param("note", note).update();
  }

  /** Runs still RUNNING although nobody holds the run lock: their process died. */
  public int markInterrupted(Instant now) {
    return jdbc.sql("""
            update collections_run set status = 'INTERRUPTED', finished_at = :now
            where status = 'RUNNING' and not dry_run""")
        .param("now", Sql.utc(now)).update();
  }

  public void finish(RunId id, RunStatus status, int customers, String error, Instant now) {
    jdbc.sql("""
            update collections_run set status = :status, customers = :customers, error = :error, finished_at = :now
            where id = :id""")
        .param("id", id.value()).param("status", status.name()).param("customers", customers).param("error", error)
        .param("now", Sql.utc(now)).update();
  }

  public Optional<RunView> find(RunId id) {
    return jdbc.sql("select * from collections_run where id = :id").param("id", id.value()).query(this::map)
        .optional().map(this::withCounts);
  }

  public List<RunView> history(Boolean dryRun, PageQuery page) {
    return jdbc.sql("""
            select * from collections_run where cast(:dry as boolean) is null or dry_run = :dry
            order by started_at desc, id limit :limit offset :offset""")
        .param("dry", dryRun).param("limit", page.size()).param("offset", page.offset())
        .query(this::map).list().stream().map(this::withCounts).toList();
  }

  public long count(Boolean dryRun) {
    return jdbc.sql("select count(*) from collections_run where cast(:dry as boolean) is null or dry_run = :dry")
        .param("dry", dryRun).query(Long.class).single();
  }

  private RunView withCounts(RunView r) {
    Map<DecisionOutcome, Integer> counts = new EnumMap<>(DecisionOutcome.class);
    jdbc.sql("select outcome, count(*) as n from collections_decision where run_id = :id group by outcome")
        .param("id", r.id().value())
        .query((rs, n) -> Map.entry(DecisionOutcome.valueOf(rs.getString("outcome")), rs.getInt("n")))
        .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
    return new RunView(r.id(), r.asOf(), r.kind(), r.dryRun(), r.companyId(), r.customerFilter(), r.status(),
        r.startedBy(), r.node(), r.startedAt(), r.finishedAt(), r.customers(), counts, r.error(), r.notes());
  }

  private RunView map(ResultSet rs, int n) throws SQLException {
    UUID company = Sql.uuid(rs, "company_id");
    Object[] customers = (Object[]) rs.getArray("customer_ids").getArray();
    Object[] notes = (Object[]) rs.getArray("notes").getArray();
    return new RunView(new RunId(Sql.uuid(rs, "id")), Sql.date(rs, "as_of"), RunKind.valueOf(rs.getString("kind")),
        rs.getBoolean("dry_run"), company == null ? null : new CompanyId(company), customers.length,
        RunStatus.valueOf(rs.getString("status")), rs.getString("started_by"), rs.getString("node"),
        Sql.instant(rs, "started_at"), Sql.instant(rs, "finished_at"), rs.getInt("customers"), Map.of(),
        rs.getString("error"), new ArrayList<>(Arrays.stream(notes).map(Object::toString).toList()));
  }
}
