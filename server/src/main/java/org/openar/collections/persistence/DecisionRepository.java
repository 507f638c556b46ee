package org.openar.collections.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.openar.shared.db.Sql;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.id.Ids;
import org.openar.shared.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Every decision of every run, written in batches (a run may decide for 100,000 customers). */
@Repository
public class DecisionRepository {

  private static final Map<String, String> SORT = Map.of("createdAt", "d.created_at", "customerCode",
      "d.customer_code", "level", "d.level", "outcome", "d.outcome");

  private static final String COPY_SNAPSHOTS = "copy collections_decision_snapshot (id, items) from stdin";
  private static final String COPY_DECISIONS = """
      copy collections_decision (id, run_id, as_of, customer_id, customer_code, customer_name, channel, level,
          step_name, strategy_id, strategy_version, outcome, reason, detail, snapshot_id, items, contact_id, recipient,
          language, template_key, not_before, message_key, message_id, task_id, created_at) from stdin""";
  private static final String SELECT = """
      select d.*, r.dry_run, s.items as snapshot from collections_decision d
        join collections_run r on r.id = d.run_id
        left join collections_decision_snapshot s on s.id = d.snapshot_id""";

  /**
   * An item as a run saw it, with one-letter names (a run over 100,000 customers stores millions): i item id,
   * n document number, d due date, o days overdue, m open amount in minor units, c currency.
   */
  record SnapItem(UUID i, String n, LocalDate d, long o, long m, String c) {}

  private final JdbcClient jdbc;
  private final DecisionCopy copy;
  private final JsonMapper json;

  public DecisionRepository(JdbcClient jdbc, DecisionCopy copy, JsonMapper json) {
    this.jdbc = jdbc;
    this.copy = copy;
    this.json = json;
  }

  /**
   * Writes decisions with COPY; each customer's items go into one snapshot its decisions point into with
   * [index, level, why excluded] per item.
   */
  public void insert(List<DecisionView> decisions) {
    Map<CustomerId, List<DecisionView>> byCustomer = new LinkedHashMap<>();
    decisions.forEach(d -> byCustomer.computeIfAbsent(d.customerId(), k -> new ArrayList<>()).add(d));
    List<Object[]> snapshots = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>(decisions.size());
    byCustomer.values().forEach(group -> {
      UUID snapshot = Ids.newId();
      Map<ItemId, Integer> index = new LinkedHashMap<>();
      List<SnapItem> items = new ArrayList<>();
      group.forEach(d -> d.items().forEach(i -> index.computeIfAbsent(i.itemId(), k -> {
        items.add(new SnapItem(k.value(), i.documentNumber(), i.dueDate(), i.daysOverdue(), i.open().minor(),
            i.open().currency().code()));
        return items.size() - 1;
      })));
      snapshots.add(new Object[] {snapshot, json.writeValueAsString(items)});
      group.forEach(d -> rows.add(row(d, snapshot, refs(d, index))));
    });
    if (!rows.isEmpty()) {
      copy.write(COPY_SNAPSHOTS, snapshots);
      copy.write(COPY_DECISIONS, rows);
    }
  }

  private String refs(DecisionView d, Map<ItemId, Integer> index) {
    List<List<Object>> refs = new ArrayList<>();
    for (DecisionItem i : d.items()) {
      refs.add(i.excluded() == null ? List.of(index.get(i.itemId()), i.level())
          : List.of(index.get(i.itemId()), i.level(), i.excluded()));
    }
    return json.writeValueAsString(refs);
  }

  private Object[] row(DecisionView d, UUID snapshot, String refs) {
    return new Object[] {d.id(), d.runId(), d.asOf(), d.customerId(), d.customerCode(), d.customerName(),
        d.channel(), d.level(), d.stepName(), d.strategyId(), d.strategyVersion(), d.outcome(), d.reason(),
        json.writeValueAsString(d.detail()), snapshot, refs, d.contactId(), d.recipient(), d.language(),
        d.templateKey(), d.notBefore(), d.messageKey(), d.messageId(), d.taskId(), d.createdAt()};
  }

  public Optional<DecisionView> find(UUID id) {
    return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(this::map).optional();
  }

  public List<DecisionView> search(DecisionQuery q, List<CustomerId> visible, PageQuery page) {
    String order = page.sortField() == null ? "d.created_at desc, d.customer_code"
        : SORT.get(page.sortField()) + (page.descending() ? " desc" : " asc");
    return jdbc.sql(SELECT + " where " + FILTER + " order by " + order + ", d.id limit :limit offset :offset")
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

  private List<DecisionItem> items(String snapshotJson, String refsJson) {
    if (snapshotJson == null) {
      return List.of();
    }
    List<SnapItem> snapshot = json.readValue(snapshotJson, new TypeReference<List<SnapItem>>() {});
    List<List<Object>> refs = json.readValue(refsJson, new TypeReference<List<List<Object>>>() {});
    List<DecisionItem> out = new ArrayList<>(refs.size());
    for (List<Object> ref : refs) {
      SnapItem s = snapshot.get(((Number) ref.get(0)).intValue());
      out.add(new DecisionItem(new ItemId(s.i()), s.n(), s.d(), s.o(), Money.ofMinor(s.m(), CurrencyCode.of(s.c())),
          ((Number) ref.get(1)).intValue(), ref.size() > 2 ? (String) ref.get(2) : null));
    }
    return out;
  }

  private DecisionView map(ResultSet rs, int n) throws SQLException {
    Map<String, Object> detail = json.readValue(rs.getString("detail"), new TypeReference<Map<String, Object>>() {});
    List<DecisionItem> items = items(rs.getString("snapshot"), rs.getString("items"));
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
