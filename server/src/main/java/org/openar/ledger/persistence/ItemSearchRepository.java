package org.openar.ledger.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.ledger.LedgerQueries.ItemQuery;
import org.openar.shared.money.Money;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.paging.Totals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Server-side filtered, sorted, paged item lists, balances and as-of reconstruction in SQL. */
@Repository
public class ItemSearchRepository {

  private static final Map<String, String> SORT_COLUMNS = Map.of(
      "documentDate", "i.document_date", "dueDate", "i.due_date", "documentNumber", "i.document_number",
      "originalAmount", "i.original_minor", "openAmount", "i.open_minor", "createdAt", "i.created_at",
      "type", "i.type", "status", "i.status");

  /** One currency of a customer's balance, in minor units. */
  public record BalanceRow(String currency, long openDebit, long unappliedCredit, long overdue, long debitItems,
      long creditItems) {}

  private final JdbcClient jdbc;

  public ItemSearchRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One page of items. {@code visible} restricts to those customers (a sales rep's); null means no restriction.
   * {@code minAmount}/{@code maxAmount} are already validated against {@code currency}.
   */
  public List<StoredItem> search(ItemQuery q, Money minAmount, Money maxAmount, Set<CustomerId> visible,
      LocalDate today, PageQuery page) {
    Map<String, Object> params = new HashMap<>();
    String where = where(q, minAmount, maxAmount, visible, today, params);
    String column = page.sortField() == null ? "i.document_date"
        : SORT_COLUMNS.getOrDefault(page.sortField(), "i.document_date");
    String direction = (page.descending() ? " desc" : " asc") + (column.equals("i.due_date") ? " nulls last" : "");
    return jdbc.sql("select " + Rows.ITEM_COLUMNS + " from ledger_item i where " + where
            + " order by " + column + direction + ", i.id" + (page.descending() ? " desc" : "")
            + " limit :limit offset :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query(Rows::item).list();
  }

  /** The list's total: exact up to {@link Totals#EXACT_UP_TO} rows past the page, else estimated. */
  public Totals.Total total(ItemQuery q, Money minAmount, Money maxAmount, Set<CustomerId> visible, LocalDate today,
      PageQuery page, int rowsOnPage) {
    Map<String, Object> params = new HashMap<>();
    String where = where(q, minAmount, maxAmount, visible, today, params);
    return Totals.of(jdbc, "ledger_item i where " + where, params, page, rowsOnPage);
  }

  /**
   * Every open debit of a company, streamed row by row (a large book is never held twice in memory), for cash
   * application. {@code visible} as in {@link #search}.
   */
  public void openDebits(CompanyId company, Set<CustomerId> visible, java.util.function.Consumer<StoredItem> each) {
    String restrict = visible == null ? "" : visible.isEmpty() ? " and false" : " and i.customer_id in (:visible)";
    var spec = jdbc.sql("select " + Rows.ITEM_COLUMNS + " from ledger_item i where i.company_id = :company"
            + " and i.status = 'OPEN' and i.side = 'D'" + restrict + " order by i.due_date, i.id")
        .withFetchSize(5_000).param("company", company.value());
    if (visible != null && !visible.isEmpty()) {
      spec = spec.param("visible", visible.stream().map(CustomerId::value).toList());
    }
    spec.query(rs -> {
      each.accept(Rows.item(rs, 0));
    });
  }

  /** Today's balances per currency, from the open items (the partial index on open items serves it). */
  public List<BalanceRow> balances(CustomerId customer, LocalDate today) {
    return jdbc.sql("""
            select currency,
                   coalesce(sum(open_minor) filter (where side = 'D'), 0) as open_debit,
                   coalesce(sum(open_minor) filter (where side = 'C'), 0) as unapplied_credit,
                   coalesce(sum(open_minor) filter (where side = 'D' and due_date < :today), 0) as overdue,
                   count(*) filter (where side = 'D') as debit_items,
                   count(*) filter (where side = 'C') as credit_items
              from ledger_item where customer_id = :c and status = 'OPEN'
             group by currency order by currency""")
        .param("c", customer.value()).param("today", today).query(ItemSearchRepository::balance).list();
  }

  /** Balances per currency on a past date, replayed from the allocation rows effective by then. */
  public List<BalanceRow> balancesAsOf(CustomerId customer, LocalDate asOf) {
    return jdbc.sql("""
            with items as (
                select i.id, i.side, i.currency, i.original_minor, i.due_date
                  from ledger_item i
                 where i.customer_id = :c and coalesce(i.value_date, i.document_date) <= :d),
            opened as (
                select x.*, x.original_minor
                       - coalesce((select sum(a.amount_minor) from ledger_allocation a
                                    where a.credit_item_id = x.id and a.effective_date <= :d), 0)
                       - coalesce((select sum(a.amount_minor) from ledger_allocation a
                                    where a.debit_item_id = x.id and a.effective_date <= :d), 0) as open_minor
                  from items x)
            select currency,
                   coalesce(sum(open_minor) filter (where side = 'D'), 0) as open_debit,
                   coalesce(sum(open_minor) filter (where side = 'C'), 0) as unapplied_credit,
                   coalesce(sum(open_minor) filter (where side = 'D' and due_date < :d), 0) as overdue,
                   count(*) filter (where side = 'D') as debit_items,
                   count(*) filter (where side = 'C') as credit_items
              from opened where open_minor <> 0
             group by currency order by currency""")
        .param("c", customer.value()).param("d", asOf).query(ItemSearchRepository::balance).list();
  }

  /** The open amount of an item on a date: zero before it existed, else original less rows effective by then. */
  public long openAsOf(ItemId id, LocalDate date) {
    return jdbc.sql("""
            select case when coalesce(i.value_date, i.document_date) > :d then 0
                        else i.original_minor
                             - coalesce((select sum(a.amount_minor) from ledger_allocation a
                                          where a.credit_item_id = i.id and a.effective_date <= :d), 0)
                             - coalesce((select sum(a.amount_minor) from ledger_allocation a
                                          where a.debit_item_id = i.id and a.effective_date <= :d), 0) end
              from ledger_item i where i.id = :id""")
        .param("id", id.value()).param("d", date).query(Long.class).single();
  }

  private static String where(ItemQuery q, Money min, Money max, Set<CustomerId> visible, LocalDate today,
      Map<String, Object> p) {
    List<String> c = new ArrayList<>();
    c.add("true");
    add(c, p, q.companyId() == null ? null : q.companyId().value(), "i.company_id = :company", "company");
    add(c, p, q.customerId() == null ? null : q.customerId().value(), "i.customer_id = :customer", "customer");
    if (visible != null) {
      c.add(visible.isEmpty() ? "false" : "i.customer_id in (:visible)");
      p.put("visible", visible.stream().map(CustomerId::value).toList());
    }
    if (q.types() != null && !q.types().isEmpty()) {
      add(c, p, q.types().stream().map(Enum::name).toList(), "i.type in (:types)", "types");
    }
    if (q.statuses() != null && !q.statuses().isEmpty()) {
      add(c, p, q.statuses().stream().map(Enum::name).toList(), "i.status in (:statuses)", "statuses");
    }
    add(c, p, q.currency() == null ? null : q.currency().code(), "i.currency = :currency", "currency");
    add(c, p, q.dueFrom(), "i.due_date >= :dueFrom", "dueFrom");
    add(c, p, q.dueTo(), "i.due_date <= :dueTo", "dueTo");
    if (q.minDaysOverdue() != null) {
      c.add("i.side = 'D' and i.status = 'OPEN' and i.due_date <= :overdueBy");
      p.put("overdueBy", today.minusDays(q.minDaysOverdue()));
    }
    add(c, p, min == null ? null : min.minor(), "i.original_minor >= :minMinor", "minMinor");
    add(c, p, max == null ? null : max.minor(), "i.original_minor <= :maxMinor", "maxMinor");
    if (q.documentNumber() != null && !q.documentNumber().isBlank()) {
      c.add("i.document_number ilike :number escape '\\'");
      p.put("number", "%" + q.documentNumber().trim().replace("\\", "\\\\").replace("%", "\\%")
          .replace("_", "\\_") + "%");
    }
    return String.join(" and ", c);
  }

  private static void add(List<String> clauses, Map<String, Object> params, Object value, String clause,
      String name) {
    if (value != null) {
      clauses.add(clause);
      params.put(name, value);
    }
  }

  private static BalanceRow balance(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new BalanceRow(rs.getString("currency"), rs.getLong("open_debit"), rs.getLong("unapplied_credit"),
        rs.getLong("overdue"), rs.getLong("debit_items"), rs.getLong("credit_items"));
  }
}
