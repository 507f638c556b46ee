package org.openar.ledger.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openar.ledger.AgingGrouping;
import org.openar.ledger.AgingQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The aging summary in one statement: today's open amounts of the items open now, plus the allocation rows effective
 * after the report date added back to the items they touched, both bucketed by the items' basis dates and summed per
 * group. Additive, so nothing per item has to be materialised; see {@link AgingItemRepository} for the items.
 */
@Repository
public class AgingRepository {

  /** One group in one currency, in minor units; {@code buckets} signed (credits negative). */
  public record GroupRow(UUID key, String currency, long[] buckets, long openDebit, long openCredit, long overdue) {}

  private final JdbcClient jdbc;

  public AgingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<GroupRow> summary(AgingQuery q, UUID[] customers, AgingGrouping grouping) {
    Map<String, Object> params = new HashMap<>();
    params.put("d", q.asOf());
    String filters = AgingSql.filters(q, customers, params);
    int n = q.buckets().size();
    String current = branch(q, grouping, "i.open_minor", "ledger_item i where i.status = 'OPEN'", filters, params);
    String later = branch(q, grouping, "x.amount_minor",
        "(" + AgingSql.LATER_ROWS + ") x join ledger_item i on i.id = x.item_id where true", filters, params);
    StringBuilder sql = new StringBuilder("select g, currency");
    for (int k = 0; k < n; k++) {
      sql.append(", sum(b").append(k).append(") as b").append(k);
    }
    sql.append(", sum(debit) as debit, sum(credit) as credit, sum(overdue) as overdue from (")
        .append(current).append("\nunion all\n").append(later)
        .append(") t group by g, currency having sum(debit) <> 0 or sum(credit) <> 0");
    return jdbc.sql(sql.toString()).params(params).query((rs, i) -> row(rs, n)).list();
  }

  /** One side of the sum, grouped: {@code amount} is what the row contributes to its item's open amount. */
  private static String branch(AgingQuery q, AgingGrouping grouping, String amount, String from, String filters,
      Map<String, Object> params) {
    String signed = "case when i.side = 'D' then " + amount + " else -" + amount + " end";
    String basis = AgingSql.basisDate(q.basis());
    StringBuilder sql = new StringBuilder("select ").append(groupKey(grouping)).append(" as g, i.currency");
    for (int k = 0; k < q.buckets().size(); k++) {
      sql.append(", coalesce(sum(").append(signed).append(") filter (where ")
          .append(AgingSql.inBucket(basis, q, k, params)).append("), 0) as b").append(k);
    }
    sql.append(", coalesce(sum(").append(amount).append(") filter (where i.side = 'D'), 0) as debit")
        .append(", coalesce(sum(").append(amount).append(") filter (where i.side = 'C'), 0) as credit")
        .append(", coalesce(sum(").append(amount).append(") filter (where i.side = 'D' and i.due_date < :d), 0)")
        .append(" as overdue from ").append(from).append(" and ").append(AgingSql.LEDGER_DATE).append(" <= :d")
        .append(filters).append(" group by 1, 2");
    return sql.toString();
  }

  private static String groupKey(AgingGrouping grouping) {
    return switch (grouping) {
      case CUSTOMER -> "i.customer_id";
      case COMPANY -> "i.company_id";
      case CURRENCY -> "null::uuid";
    };
  }

  private static GroupRow row(ResultSet rs, int n) throws SQLException {
    long[] buckets = new long[n];
    for (int k = 0; k < n; k++) {
      buckets[k] = rs.getLong("b" + k);
    }
    return new GroupRow(rs.getObject("g", UUID.class), rs.getString("currency"), buckets, rs.getLong("debit"),
        rs.getLong("credit"), rs.getLong("overdue"));
  }
}
