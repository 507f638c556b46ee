package org.openar.reporting.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The baselines of the aging benchmark. {@link #query}: the plain GROUP BY a DBA would write for today's aging by
 * customer with the default buckets (today's open amounts, no history, no second branch, no names). {@link #load} and
 * {@link #scan}: the same aging over the open items held in memory as columns, the "in-memory columnar cache" option.
 */
final class RawAging {

  static final String SQL = """
      select customer_id, currency,
             sum(case when side = 'D' then open_minor else -open_minor end)
                 filter (where coalesce(due_date, value_date) >= %1$s) as b0,
             sum(case when side = 'D' then open_minor else -open_minor end)
                 filter (where coalesce(due_date, value_date) between %1$s - 30 and %1$s - 1) as b1,
             sum(case when side = 'D' then open_minor else -open_minor end)
                 filter (where coalesce(due_date, value_date) between %1$s - 60 and %1$s - 31) as b2,
             sum(case when side = 'D' then open_minor else -open_minor end)
                 filter (where coalesce(due_date, value_date) between %1$s - 90 and %1$s - 61) as b3,
             sum(case when side = 'D' then open_minor else -open_minor end)
                 filter (where coalesce(due_date, value_date) between %1$s - 180 and %1$s - 91) as b4,
             sum(case when side = 'D' then open_minor else -open_minor end)
                 filter (where coalesce(due_date, value_date) < %1$s - 180) as b5
        from ledger_item
       where status = 'OPEN' and company_id = :company
       group by customer_id, currency""";

  /** One row of the raw result. */
  record Row(UUID customer, String currency, long[] buckets) {}

  /** The open items as columns: customer index, currency index, signed amount, basis date as epoch day. */
  record Columns(int[] customer, byte[] currency, long[] amount, int[] basisDay, int customers, List<String> codes) {}

  private final JdbcClient jdbc;

  RawAging(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The date goes in as a literal, as in the report's SQL, so both are planned knowing it. */
  List<Row> query(CompanyId company, LocalDate today) {
    return jdbc.sql(SQL.formatted("date '" + today + "'")).param("company", company.value()).query((rs, n) -> {
      long[] b = new long[6];
      for (int k = 0; k < 6; k++) {
        b[k] = rs.getLong("b" + k);
      }
      return new Row(rs.getObject("customer_id", UUID.class), rs.getString("currency"), b);
    }).list();
  }

  Columns load(CompanyId company, int expected) {
    int[] customer = new int[expected];
    byte[] currency = new byte[expected];
    long[] amount = new long[expected];
    int[] day = new int[expected];
    Map<UUID, Integer> customers = new HashMap<>();
    List<String> codes = new ArrayList<>();
    int[] n = {0};
    jdbc.sql("select customer_id, currency, side, open_minor, coalesce(due_date, value_date) as basis"
            + " from ledger_item where status = 'OPEN' and company_id = :company")
        .param("company", company.value()).query(rs -> {
          int i = n[0]++;
          customer[i] = customers.computeIfAbsent(rs.getObject(1, UUID.class), k -> customers.size());
          String ccy = rs.getString(2);
          int c = codes.indexOf(ccy);
          if (c < 0) {
            codes.add(ccy);
            c = codes.size() - 1;
          }
          currency[i] = (byte) c;
          amount[i] = "D".equals(rs.getString(3)) ? rs.getLong(4) : -rs.getLong(4);
          day[i] = (int) rs.getObject(5, LocalDate.class).toEpochDay();
        });
    return new Columns(customer, currency, amount, day, customers.size(), codes);
  }

  /** Buckets per customer and currency in one pass over the columns. */
  static long[] scan(Columns c, LocalDate today) {
    int currencies = Math.max(1, c.codes().size());
    long[] sums = new long[c.customers() * currencies * 6];
    int t = (int) today.toEpochDay();
    int[] cust = c.customer();
    byte[] ccy = c.currency();
    long[] amount = c.amount();
    int[] day = c.basisDay();
    for (int i = 0; i < amount.length; i++) {
      int days = t - day[i];
      int b = days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : days <= 180 ? 4 : 5;
      sums[(cust[i] * currencies + ccy[i]) * 6 + b] += amount[i];
    }
    return sums;
  }
}
