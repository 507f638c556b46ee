package org.openar.collections.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openar.collections.DecisionItem;
import org.openar.collections.DecisionOutcome;
import org.openar.collections.DecisionReason;
import org.openar.collections.DecisionView;
import org.openar.collections.DunningRuns.DecisionQuery;
import org.openar.collections.RunId;
import org.openar.collections.StepChannel;
import org.openar.collections.StrategyId;
import org.openar.collections.TaskId;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;
import org.openar.shared.paging.PageQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Every decision of every run, written in batches (a run may decide for 100,000 customers). */
@Repository
public class DecisionRepository {

  private static final Map<String, String> SORT = Map.of("createdAt", "d.created_at", "customerCode",
      "d.customer_code", "level", "d.level", "outcome", "d.outcome");
  private static final String INSERT = """
      insert into collections_decision (id, run_id, as_of, customer_id, customer_code, customer_name, channel, level,
          step_name, strategy_id, strategy_version, outcome, reason, detail, items, contact_id, recipient, language,
          template_key, not_before, message_key, message_id, task_id, created_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  /** An item as stored in a decision's JSON. */
  record StoredItem(UUID itemId, String documentNumber, LocalDate dueDate, long daysOverdue, Money open, int level,
      String excluded) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final JsonMapper json;

  public DecisionRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
    this.jdbc = jdbc;
    this.template = template;
    this.json = json;
  }

  public void insert(List<DecisionView> decisions) {
    if (decisions.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>(decisions.size());
    for (DecisionView d : decisions) {
      rows.add(new Object[] {d.id(), d.runId().value(), d.asOf(), d.customerId().value(), d.customerCode(),
          d.customerName(), d.channel() == null ? null : d.channel().name(), d.level(), d.stepName(),
          d.strategyId() == null ? null : d.strategyId().value(), d.strategyVersion(), d.outcome().name(),
          d.reason().name(), json.writeValueAsString(d.detail()), json.writeValueAsString(stored(d.items())),
          d.contactId(), d.recipient(), d.language(), d.templateKey(),
          new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, Sql.utc(d.notBefore())), d.messageKey(),
          d.messageId(), d.taskId() == null ? null : d.taskId().value(),
          new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, Sql.utc(d.createdAt()))});
    }
    template.batchUpdate(INSERT, rows);
  }

  public Optional<DecisionView> find(UUID id) {
    return jdbc.sql("select d.*, r.dry_run from collections_decision d join collections_run r on r.id = d.run_id"
            + " where d.id = :id").param("id", id).query(this::map).optional();
  }

  public List<DecisionView> search(DecisionQuery q, List<CustomerId> visible, PageQuery page) {
    String order = page.sortField() == null ? "d.created_at desc, d.customer_code"
        : SORT.get(page.sortField()) + (page.descending() ? " desc" : " asc");
    return jdbc.sql("select d.*, r.dry_run from collections_decision d join collections_run r on r.id = d.run_id"
            + " where " + FILTER + " order by " + order + ", d.id limit :limit offset :offset")
        .params(params(q, visible)).param("limit", page.size()).param("offset", page.offset())
        .query(this::map).list();
  }

  public long count(DecisionQuery q, List<CustomerId> visible) {
    return jdbc.sql("select count(*) from collections_decision d where " + FILTER).params(params(q, visible))
        .query(Long.class).single();
  }

  private static final String FILTER = """
      (cast(:run as uuid) is null or d.run_id = :run)
      and (cast(:customer as uuid) is null or d.customer_id = :customer)
      and (cast(:outcome as text) is null or d.outcome = :outcome)
      and (cast(:reason as text) is null or d.reason = :reason)
      and (cast(:channel as text) is null or d.channel = :channel)
      and (not :restricted or d.customer_id = any(:visible))""";

  private static Map<String, Object> params(DecisionQuery q, List<CustomerId> visible) {
    Map<String, Object> p = new HashMap<>();
    p.put("run", q.runId() == null ? null : q.runId().value());
    p.put("customer", q.customerId() == null ? null : q.customerId().value());
    p.put("outcome", q.outcome() == null ? null : q.outcome().name());
    p.put("reason", q.reason() == null ? null : q.reason().name());
    p.put("channel", q.channel() == null ? null : q.channel().name());
    p.put("restricted", visible != null);
    p.put("visible", visible == null ? new UUID[0] : Sql.ids(visible, CustomerId::value));
    return p;
  }

  private static List<StoredItem> stored(List<DecisionItem> items) {
    return items.stream().map(i -> new StoredItem(i.itemId().value(), i.documentNumber(), i.dueDate(),
        i.daysOverdue(), i.open(), i.level(), i.excluded())).toList();
  }

  private DecisionView map(ResultSet rs, int n) throws SQLException {
    Map<String, Object> detail = json.readValue(rs.getString("detail"), new TypeReference<Map<String, Object>>() {});
    List<StoredItem> stored = json.readValue(rs.getString("items"), new TypeReference<List<StoredItem>>() {});
    List<DecisionItem> items = stored.stream().map(s -> new DecisionItem(new ItemId(s.itemId()), s.documentNumber(),
        s.dueDate(), s.daysOverdue(), s.open(), s.level(), s.excluded())).toList();
    String channel = rs.getString("channel");
    UUID strategy = Sql.uuid(rs, "strategy_id");
    UUID task = Sql.uuid(rs, "task_id");
    return new DecisionView(Sql.uuid(rs, "id"), new RunId(Sql.uuid(rs, "run_id")), Sql.date(rs, "as_of"),
        rs.getBoolean("dry_run"), new CustomerId(Sql.uuid(rs, "customer_id")), rs.getString("customer_code"),
        rs.getString("customer_name"), channel == null ? null : StepChannel.valueOf(channel),
        Sql.integer(rs, "level"), rs.getString("step_name"), strategy == null ? null : new StrategyId(strategy),
        Sql.integer(rs, "strategy_version"), DecisionOutcome.valueOf(rs.getString("outcome")),
        DecisionReason.valueOf(rs.getString("reason")), detail, items, Sql.uuid(rs, "contact_id"),
        rs.getString("recipient"), rs.getString("language"), rs.getString("template_key"),
        Sql.instant(rs, "not_before"), rs.getString("message_key"), Sql.uuid(rs, "message_id"),
        task == null ? null : new TaskId(task), Sql.instant(rs, "created_at"));
  }
}
