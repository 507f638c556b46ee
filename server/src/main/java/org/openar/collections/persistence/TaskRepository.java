package org.openar.collections.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openar.collections.RunId;
import org.openar.collections.TaskId;
import org.openar.collections.TaskKind;
import org.openar.collections.TaskStatus;
import org.openar.collections.TaskView;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.shared.db.Sql;
import org.openar.shared.id.Ids;
import org.openar.shared.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Worklist tasks: at most one open task per customer and kind (the database enforces it). */
@Repository
public class TaskRepository {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public TaskRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public record NewTask(CustomerId customer, CompanyId company, TaskKind kind, UUID assignee, LocalDate due,
      Integer level, RunId run, Map<String, Object> detail, String note, String by, Instant now) {}

  /**
   * Opens the task, or refreshes the open task of that customer and kind (new detail, the earlier due date), so a
   * daily run re-deciding the same thing never piles up duplicates. Returns the task's id.
   */
  public TaskId open(NewTask t) {
    UUID id = jdbc.sql("""
            insert into collections_task as t (id, customer_id, company_id, kind, assignee_id, due_date, status, level,
                run_id, detail, note, created_by, created_at)
            values (:id, :customer, :company, :kind, :assignee, :due, 'OPEN', :level, :run, cast(:detail as jsonb),
                :note, :by, :now)
            on conflict (customer_id, kind) where status = 'OPEN' do update set
                detail = excluded.detail, level = greatest(t.level, excluded.level), run_id = excluded.run_id,
                due_date = least(t.due_date, excluded.due_date),
                assignee_id = coalesce(t.assignee_id, excluded.assignee_id)
            returning id""")
        .param("id", Ids.newId()).param("customer", t.customer().value()).param("company", t.company().value())
        .param("kind", t.kind().name()).param("assignee", t.assignee()).param("due", t.due())
        .param("level", t.level()).param("run", t.run() == null ? null : t.run().value())
        .param("detail", json.writeValueAsString(t.detail() == null ? Map.of() : t.detail()))
        .param("note", t.note()).param("by", t.by()).param("now", Sql.utc(t.now()))
        .query(UUID.class).single();
    return new TaskId(id);
  }

  public boolean complete(TaskId id, TaskStatus status, String note, String by, Instant now) {
    return jdbc.sql("""
            update collections_task set status = :status, completed_by = :by, completed_at = :now,
                note = coalesce(:note, note)
            where id = :id and status = 'OPEN'""")
        .param("id", id.value()).param("status", status.name()).param("note", note).param("by", by)
        .param("now", Sql.utc(now)).update() == 1;
  }

  public void reassignOpen(Collection<CustomerId> customers, UUID collector) {
    jdbc.sql("update collections_task set assignee_id = :collector where status = 'OPEN' and customer_id = any(:ids)")
        .param("collector", collector).param("ids", Sql.ids(customers, CustomerId::value)).update();
  }

  /** Customers with an open task (they belong on a worklist even when nothing is overdue). */
  public List<CustomerId> withOpenTasks() {
    return jdbc.sql("select distinct customer_id from collections_task where status = 'OPEN'")
        .query((rs, n) -> new CustomerId(Sql.uuid(rs, "customer_id"))).list();
  }

  public Optional<TaskView> find(TaskId id) {
    return jdbc.sql("select * from collections_task where id = :id").param("id", id.value()).query(this::map)
        .optional();
  }

  public Map<CustomerId, List<TaskView>> open(Collection<CustomerId> customers) {
    Map<CustomerId, List<TaskView>> out = new HashMap<>();
    jdbc.sql("select * from collections_task where status = 'OPEN' and customer_id = any(:ids) order by due_date")
        .param("ids", Sql.ids(customers, CustomerId::value)).query(this::map).list()
        .forEach(t -> out.computeIfAbsent(t.customerId(), k -> new java.util.ArrayList<>()).add(t));
    return out;
  }

  public List<TaskView> search(UUID assignee, CustomerId customer, TaskStatus status, List<CustomerId> visible,
      PageQuery page) {
    return jdbc.sql("select * from collections_task where " + FILTER
            + " order by due_date, created_at, id limit :limit offset :offset")
        .params(params(assignee, customer, status, visible)).param("limit", page.size())
        .param("offset", page.offset()).query(this::map).list();
  }

  public long count(UUID assignee, CustomerId customer, TaskStatus status, List<CustomerId> visible) {
    return jdbc.sql("select count(*) from collections_task where " + FILTER)
        .params(params(assignee, customer, status, visible)).query(Long.class).single();
  }

  private static final String FILTER = """
      (cast(:assignee as uuid) is null or assignee_id = :assignee)
      and (cast(:customer as uuid) is null or customer_id = :customer)
      and (cast(:status as text) is null or status = :status)
      and (not :restricted or customer_id = any(:visible))""";

  private static Map<String, Object> params(UUID assignee, CustomerId customer, TaskStatus status,
      List<CustomerId> visible) {
    Map<String, Object> p = new HashMap<>();
    p.put("assignee", assignee);
    p.put("customer", customer == null ? null : customer.value());
    p.put("status", status == null ? null : status.name());
    p.put("restricted", visible != null);
    p.put("visible", visible == null ? new UUID[0] : Sql.ids(visible, CustomerId::value));
    return p;
  }

  private TaskView map(ResultSet rs, int n) throws SQLException {
    UUID run = Sql.uuid(rs, "run_id");
    return new TaskView(new TaskId(Sql.uuid(rs, "id")), new CustomerId(Sql.uuid(rs, "customer_id")),
        TaskKind.valueOf(rs.getString("kind")), Sql.uuid(rs, "assignee_id"), Sql.date(rs, "due_date"),
        TaskStatus.valueOf(rs.getString("status")), Sql.integer(rs, "level"), run == null ? null : new RunId(run),
        json.readValue(rs.getString("detail"), new TypeReference<Map<String, Object>>() {}), rs.getString("note"),
        Sql.instant(rs, "created_at"), rs.getString("created_by"), Sql.instant(rs, "completed_at"),
        rs.getString("completed_by"));
  }
}
