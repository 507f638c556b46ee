package org.openar.ledger.persistence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openar.customers.CompanyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Activity per currency and period in one statement. Every figure is a change on a known date (an item's ledger date,
 * an allocation row's effective date, the day after a debit's due date), so each is summed into the period holding
 * that date: width_bucket over the days after each period end finds it.
 */
@Repository
public class PeriodActivityRepository {

  /** Minor units; see {@link org.openar.ledger.PeriodActivity} for the meaning of each figure. */
  public record Row(String currency, int period, long net, long sales, long cash, long debitPosted,
      long debitSettled, long overdue) {}

  private static final String DEBIT_TYPES = "('INVOICE', 'FEE', 'INTEREST')";

  /**
   * Every dated change in one union, summed per currency and period: items by ledger date (net, sales, cash, debits
   * posted), debits by the day after their due date (becoming overdue), allocation rows on debits by their date
   * (settled) and by the later of their date and the debit's overdue day (overdue reduced). %4$s..%7$s are the period
   * expressions of those dates, %2$s the debit types, %3$s the filters.
   */
  private static final String SQL = """
        select currency, p, sum(net) as net, sum(sales) as sales, sum(cash) as cash, sum(debit) as debit,
               sum(settled) as settled, sum(overdue) as overdue
          from (
            select i.currency, %4$s as p,
                   case when i.side = 'D' then i.original_minor else -i.original_minor end as net,
                   case when i.type in %2$s then i.original_minor
                        when i.type = 'CREDIT_NOTE' then -i.original_minor
                        when i.type = 'REVERSAL' then (select case when r.type in %2$s then -i.original_minor
                            when r.type = 'CREDIT_NOTE' then i.original_minor else 0 end
                            from ledger_item r where r.id = i.reverses_item_id)
                        else 0 end as sales,
                   case when i.type in ('PAYMENT', 'ADVANCE') then i.original_minor
                        when i.type = 'REVERSAL' and i.side = 'D' then (select case when r.type in ('PAYMENT', 'ADVANCE')
                            then -i.original_minor else 0 end from ledger_item r where r.id = i.reverses_item_id)
                        else 0 end as cash,
                   case when i.side = 'D' then i.original_minor else 0 end as debit,
                   0::bigint as settled, 0::bigint as overdue
              from ledger_item i where coalesce(i.value_date, i.document_date) <= :end%3$s
            union all
            select i.currency, %5$s, 0, 0, 0, 0, 0, i.original_minor
              from ledger_item i where i.side = 'D' and i.due_date + 1 <= :end%3$s
            union all
            select i.currency, %6$s, 0, 0, 0, 0, a.amount_minor, 0
              from ledger_allocation a join ledger_item i on i.id = a.debit_item_id
             where a.effective_date <= :end%3$s
            union all
            select i.currency, %7$s, 0, 0, 0, 0, 0,
                   -a.amount_minor
              from ledger_allocation a join ledger_item i on i.id = a.debit_item_id
             where greatest(a.effective_date, i.due_date + 1) <= :end%3$s
          ) t group by currency, p order by currency, p""";

  private final JdbcClient jdbc;

  public PeriodActivityRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Row> activity(CompanyId company, UUID[] customers, List<LocalDate> ends) {
    Map<String, Object> params = new HashMap<>();
    params.put("end", ends.get(ends.size() - 1));
    String filters = "";
    if (company != null) {
      filters += " and i.company_id = :company";
      params.put("company", company.value());
    }
    if (customers != null) {
      filters += " and i.customer_id = any(:customers)";
      params.put("customers", customers);
    }
    String sql = sql(filters, ends);
    return jdbc.sql(sql).params(params).query((rs, n) -> new Row(rs.getString("currency"), rs.getInt("p"),
        rs.getLong("net"), rs.getLong("sales"), rs.getLong("cash"), rs.getLong("debit"), rs.getLong("settled"),
        rs.getLong("overdue"))).list();
  }

  private static String sql(String filters, List<LocalDate> ends) {
    // period k starts the day after end k-1: these are the lower bounds of periods 1..n-1 (literal ISO dates)
    String starts = ends.subList(0, ends.size() - 1).stream().map(d -> "date '" + d.plusDays(1) + "'")
        .collect(Collectors.joining(", ", "array[", "]::date[]"));
    java.util.function.UnaryOperator<String> period = ends.size() == 1 ? e -> "0"
        : e -> "width_bucket(" + e + ", " + starts + ")";
    return SQL.formatted(starts, DEBIT_TYPES, filters,
        period.apply("coalesce(i.value_date, i.document_date)"), period.apply("i.due_date + 1"),
        period.apply("a.effective_date"), period.apply("greatest(a.effective_date, i.due_date + 1)"));
  }
}
