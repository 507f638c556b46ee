package org.openar.ledger.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.openar.ledger.AgingBasis;
import org.openar.ledger.AgingGrouping;
import org.openar.ledger.AgingQuery;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The aging summary in one statement: today's open amounts of the items open now, plus the allocation rows effective
 * after the report date added back to the items they touched, both bucketed by the items' basis dates and summed per
 * group, currency and side. Additive, so nothing per item has to be materialised; see {@link AgingItemRepository} for
 * the items. Summing per side keeps every aggregate a plain filtered sum of a column (no sign expression, no separate
 * debit/credit sums: they are the sums of the buckets); the two sides and the two branches are merged here.
 */
@Repository
public class AgingRepository {

  /** One group in one currency, in minor units; {@code buckets} signed (credits negative). */
  public record GroupRow(UUID key, String currency, long[] buckets, long openDebit, long openCredit, long overdue) {}

  private record Key(UUID group, String currency) {}

  private final JdbcClient jdbc;

  public AgingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<GroupRow> summary(AgingQuery q, UUID[] customers, AgingGrouping grouping) {
    Map<String, Object> params = new HashMap<>();
    String filters = AgingSql.filters(q, customers, params);
    int n = q.buckets().size();
    String sql = branch(q, grouping, "i.open_minor", "ledger_item i where i.status = 'OPEN'", filters, params)
        + "\nunion all\n"
        + branch(q, grouping, "x.amount_minor",
            "(" + AgingSql.laterRows(q.asOf()) + ") x join ledger_item i on i.id = x.item_id where true", filters,
            params);
    Map<Key, long[]> merged = new LinkedHashMap<>();
    jdbc.sql(sql).params(params).query((RowCallbackHandler) rs -> add(merged, rs, n, q.basis()));
    List<GroupRow> rows = new ArrayList<>(merged.size());
    merged.forEach((k, s) -> {
      if (s[n] != 0 || s[n + 1] != 0) {
        rows.add(new GroupRow(k.group(), k.currency(), java.util.Arrays.copyOf(s, n), s[n], s[n + 1], s[n + 2]));
      }
    });
    return rows;
  }

  /** Adds one (group, currency, side) row of either branch: into the signed buckets and the side's total. */
  private static void add(Map<Key, long[]> merged, ResultSet rs, int n, AgingBasis basis) throws SQLException {
    long[] s = merged.computeIfAbsent(new Key(rs.getObject(1, UUID.class), rs.getString(2)), k -> new long[n + 3]);
    boolean debit = "D".equals(rs.getString(3));
    long side = 0;
    long pastDue = 0;
    for (int k = 0; k < n; k++) {
      long v = rs.getLong(4 + k);
      s[k] += debit ? v : -v;
      side += v;
      pastDue += k == 0 ? 0 : v;
    }
    if (debit) {
      s[n] += side;
      // by due date, the buckets past the current one are exactly the debits past due
      s[n + 2] += basis == AgingBasis.DUE_DATE ? pastDue : rs.getLong(4 + n);
    } else {
      s[n + 1] += side;
    }
  }

  /** One branch, grouped: {@code amount} is what a row contributes to its item's open amount on the date. */
  private static String branch(AgingQuery q, AgingGrouping grouping, String amount, String from, String filters,
      Map<String, Object> params) {
    String basis = AgingSql.basisDate(q.basis());
    StringBuilder sql = new StringBuilder("select ").append(groupKey(grouping)).append(" as g, i.currency, i.side");
    for (int k = 0; k < q.buckets().size(); k++) {
      sql.append(", sum(").append(amount).append(") filter (where ")
          .append(AgingSql.inBucket(basis, q, k)).append(") as b").append(k);
    }
    if (q.basis() != AgingBasis.DUE_DATE) {
      sql.append(", sum(").append(amount).append(") filter (where i.due_date < ").append(AgingSql.date(q.asOf()))
          .append(") as overdue");
    }
    return sql.append(" from ").append(from).append(" and ").append(AgingSql.existsOn(q.asOf()))
        .append(filters).append(" group by 1, 2, 3").toString();
  }

  private static String groupKey(AgingGrouping grouping) {
    return switch (Objects.requireNonNull(grouping)) {
      case CUSTOMER -> "i.customer_id";
      case COMPANY -> "i.company_id";
      case CURRENCY -> "null::uuid";
    };
  }
}
