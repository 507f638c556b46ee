package org.openar.invoicing.persistence;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.customers.CustomerId;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.InvoiceSearch;
import org.openar.invoicing.InvoiceSummary;
import org.openar.invoicing.PaymentStatus;
import org.openar.shared.db.Sql;
import org.openar.shared.money.Money;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.paging.Totals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invoice list: filtered, sorted and paged in SQL. */
@Repository
public class InvoiceSearchRepository {

  private static final Map<String, String> SORT_COLUMNS = Map.of(
      "number", "i.number", "invoiceDate", "i.invoice_date", "dueDate", "i.due_date",
      "nextDueDate", "i.next_due_date", "customerCode", "i.customer_code", "customerName", "i.customer_name",
      "grossAmount", "i.gross_minor", "openAmount", "i.open_minor", "status", "i.status",
      "createdAt", "i.created_at");

  /** Sort columns that may be null: only these need "nulls last", which on the others would stop the index use. */
  private static final Set<String> NULLABLE = Set.of("i.number", "i.next_due_date", "i.open_minor");

  private final JdbcClient jdbc;

  public InvoiceSearchRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A filter in SQL terms: {@code customers} the customers to keep (a sales rep's, or those of the rep filtered on),
   * null for all; amounts already checked against the currency.
   */
  public record Filter(InvoiceSearch search, Set<CustomerId> customers, Money minAmount, Money maxAmount,
      LocalDate today) {}

  public List<InvoiceSummary> search(Filter f, PageQuery page) {
    Map<String, Object> params = new HashMap<>();
    String where = where(f, params);
    String order = order(page);
    // the installment count (a subquery per row) only for the rows of the page, not for every row OFFSET skips
    return jdbc.sql("select " + InvoiceRows.SUMMARY_COLUMNS + " from (select i.* from " + source(f, where) + order
            + " limit :limit offset :offset) i" + order)
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query((rs, n) -> InvoiceRows.summary(rs, f.today())).list();
  }

  private static String order(PageQuery page) {
    String column = SORT_COLUMNS.getOrDefault(page.sortField(), "i.invoice_date");
    String direction = (page.descending() ? " desc" : " asc") + (NULLABLE.contains(column) ? " nulls last" : "");
    return " order by " + column + direction + ", i.id" + (page.descending() ? " desc" : "");
  }

  /**
   * The rows to page through. A bounded overdue window (31-60 days) matches invoices whose dates lie far behind the
   * newest: read newest first, the index scan would step over every more recent invoice before the first match, so
   * the window is read through its own index (open invoices by next due date) and then sorted.
   */
  private static String source(Filter f, String where) {
    boolean window = f.search().maxDaysOverdue() != null;
    return window ? "(select * from invoicing_invoice i where " + where + " offset 0) i"
        : "invoicing_invoice i where " + where;
  }

  /**
   * One page and its total. A bounded overdue window reads all its rows anyway (see {@link #source}), so its exact
   * total comes with the page from the same scan ({@code count(*) over ()}); other filters use {@link #total}.
   */
  public Page<InvoiceSummary> page(Filter f, PageQuery page) {
    if (f.search().maxDaysOverdue() == null) {
      List<InvoiceSummary> items = search(f, page);
      return Page.of(items, total(f, page, items.size()), page);
    }
    Map<String, Object> params = new HashMap<>();
    String where = where(f, params);
    String order = order(page);
    long[] total = {-1};
    List<InvoiceSummary> items = jdbc.sql("select " + InvoiceRows.SUMMARY_COLUMNS + ", i.full_count from (select i.*,"
            + " count(*) over () as full_count from " + source(f, where) + order + " limit :limit offset :offset) i"
            + order)
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query((rs, n) -> {
          total[0] = rs.getLong("full_count");
          return InvoiceRows.summary(rs, f.today());
        }).list();
    return items.isEmpty() ? Page.of(items, total(f, page, 0), page) : Page.of(items, total[0], page);
  }

  /** The list's total: exact up to {@link Totals#EXACT_UP_TO} rows past the page, else estimated. */
  public Totals.Total total(Filter f, PageQuery page, int rowsOnPage) {
    Map<String, Object> params = new HashMap<>();
    return Totals.of(jdbc, source(f, where(f, params)), params, page, rowsOnPage);
  }

  /** Streams the matching rows in list order to {@code row}, at most {@code limit}. */
  public int forEach(Filter f, PageQuery order, int limit, java.util.function.Consumer<InvoiceSummary> row) {
    List<InvoiceSummary> page;
    int done = 0;
    int size = Math.min(PageQuery.MAX_SIZE, limit);
    do {
      page = search(f, new PageQuery(done / size, size, order.sortField(), order.descending()));
      for (InvoiceSummary s : page) {
        if (done++ >= limit) {
          return limit;
        }
        row.accept(s);
      }
    } while (page.size() == size && done < limit);
    return done;
  }

  private static String where(Filter f, Map<String, Object> p) {
    InvoiceSearch q = f.search();
    List<String> c = new ArrayList<>();
    c.add("true");
    add(c, p, q.companyId() == null ? null : q.companyId().value(), "i.company_id = :company", "company");
    add(c, p, q.customerId() == null ? null : q.customerId().value(), "i.customer_id = :customer", "customer");
    if (f.customers() != null) {
      c.add(f.customers().isEmpty() ? "false" : "i.customer_id in (:visible)");
      p.put("visible", f.customers().stream().map(CustomerId::value).toList());
    }
    if (!q.ids().isEmpty()) {
      add(c, p, q.ids().stream().map(InvoiceId::value).toList(), "i.id in (:ids)", "ids");
    }
    if (!q.statuses().isEmpty()) {
      add(c, p, q.statuses().stream().map(Enum::name).toList(), "i.status in (:statuses)", "statuses");
    }
    paymentStatuses(q.paymentStatuses(), c);
    add(c, p, q.currency() == null ? null : q.currency().code(), "i.currency = :currency", "currency");
    add(c, p, q.invoiceFrom(), "i.invoice_date >= :invoiceFrom", "invoiceFrom");
    add(c, p, q.invoiceTo(), "i.invoice_date <= :invoiceTo", "invoiceTo");
    add(c, p, q.dueFrom(), "i.due_date >= :dueFrom", "dueFrom");
    add(c, p, q.dueTo(), "i.due_date <= :dueTo", "dueTo");
    if (q.dueTo() != null) {
      c.add("i.invoice_date <= :dueTo"); // implied (due_date >= invoice_date); lets the newest-first scan start there
    }
    overdue(q, f.today(), c, p);
    add(c, p, f.minAmount() == null ? null : f.minAmount().minor(), "i.gross_minor >= :minMinor", "minMinor");
    add(c, p, f.maxAmount() == null ? null : f.maxAmount().minor(), "i.gross_minor <= :maxMinor", "maxMinor");
    if (q.text() != null && !q.text().isBlank()) {
      add(c, p, Sql.contains(q.text().toLowerCase(Locale.ROOT)), "i.search_text like :text escape '\\'", "text");
    }
    return String.join(" and ", c);
  }

  /** Days overdue = days since the earliest open installment fell due, 0 while none is overdue. */
  private static void overdue(InvoiceSearch q, LocalDate today, List<String> c, Map<String, Object> p) {
    if (q.minDaysOverdue() == null && q.maxDaysOverdue() == null) {
      return;
    }
    c.add("i.open_minor > 0");
    if (q.minDaysOverdue() != null && q.minDaysOverdue() > 0) {
      add(c, p, today.minusDays(q.minDaysOverdue()), "i.next_due_date <= :overdueFrom", "overdueFrom");
      // implied (next_due_date >= invoice_date, a check constraint): the newest-first scan starts there instead of
      // reading past every invoice too recent to be that overdue
      c.add("i.invoice_date <= :overdueFrom");
    }
    if (q.maxDaysOverdue() != null) {
      add(c, p, today.minusDays(q.maxDaysOverdue()), "i.next_due_date >= :overdueTo", "overdueTo");
    }
  }

  private static void paymentStatuses(Set<PaymentStatus> statuses, List<String> c) {
    if (statuses.isEmpty()) {
      return;
    }
    List<String> any = new ArrayList<>();
    for (PaymentStatus s : statuses) {
      any.add(switch (s) {
        case OPEN -> "i.open_minor = i.gross_minor";
        case PARTIALLY_SETTLED -> "(i.open_minor > 0 and i.open_minor < i.gross_minor)";
        case SETTLED -> "i.open_minor = 0";
      });
    }
    c.add("(" + String.join(" or ", any) + ")");
  }

  private static void add(List<String> clauses, Map<String, Object> params, Object value, String clause,
      String name) {
    if (value != null) {
      clauses.add(clause);
      params.put(name, value);
    }
  }
}
