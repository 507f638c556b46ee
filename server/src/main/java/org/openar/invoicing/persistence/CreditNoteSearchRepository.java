package org.openar.invoicing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.invoicing.CreditMode;
import org.openar.invoicing.CreditNoteId;
import org.openar.invoicing.CreditNoteSearch;
import org.openar.invoicing.CreditNoteSummary;
import org.openar.invoicing.InvoiceId;
import org.openar.shared.db.Sql;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.paging.Totals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The credit-note list: filtered, sorted and paged in SQL. */
@Repository
public class CreditNoteSearchRepository {

  private static final Map<String, String> SORT_COLUMNS = Map.of(
      "number", "n.number", "creditDate", "n.credit_date", "invoiceNumber", "n.invoice_number",
      "customerCode", "n.customer_code", "customerName", "n.customer_name", "grossAmount", "n.gross_minor",
      "createdAt", "n.created_at");

  private final JdbcClient jdbc;

  public CreditNoteSearchRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** {@code customers}: the customers to keep, null for all; amounts already checked against the currency. */
  public record Filter(CreditNoteSearch search, Set<CustomerId> customers, Money minAmount, Money maxAmount) {}

  public List<CreditNoteSummary> search(Filter f, PageQuery page) {
    Map<String, Object> params = new HashMap<>();
    String where = where(f, params);
    String column = SORT_COLUMNS.getOrDefault(page.sortField(), "n.credit_date");
    String direction = page.descending() ? " desc" : " asc"; // no sort column is nullable
    return jdbc.sql("select * from invoicing_credit_note n where " + where + " order by " + column + direction
            + ", n.id" + (page.descending() ? " desc" : "") + " limit :limit offset :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query(CreditNoteSearchRepository::summary).list();
  }

  /** The list's total: exact up to {@link Totals#EXACT_UP_TO} rows past the page, else estimated. */
  public Totals.Total total(Filter f, PageQuery page, int rowsOnPage) {
    Map<String, Object> params = new HashMap<>();
    return Totals.of(jdbc, "invoicing_credit_note n where " + where(f, params), params, page, rowsOnPage);
  }

  public int forEach(Filter f, PageQuery order, int limit, java.util.function.Consumer<CreditNoteSummary> row) {
    int done = 0;
    int size = Math.min(PageQuery.MAX_SIZE, limit);
    List<CreditNoteSummary> page;
    do {
      page = search(f, new PageQuery(done / size, size, order.sortField(), order.descending()));
      for (CreditNoteSummary s : page) {
        if (done++ >= limit) {
          return limit;
        }
        row.accept(s);
      }
    } while (page.size() == size && done < limit);
    return done;
  }

  private static CreditNoteSummary summary(ResultSet rs, int n) throws SQLException {
    CurrencyCode c = CurrencyCode.of(rs.getString("currency"));
    return new CreditNoteSummary(new CreditNoteId(Sql.uuid(rs, "id")), rs.getString("number"),
        new InvoiceId(Sql.uuid(rs, "invoice_id")), rs.getString("invoice_number"),
        new CompanyId(Sql.uuid(rs, "company_id")), new CustomerId(Sql.uuid(rs, "customer_id")),
        InvoiceRows.customer(rs), Sql.date(rs, "credit_date"), CreditMode.valueOf(rs.getString("mode")),
        rs.getString("reason"), Sql.money(rs, "gross_minor", c), Sql.money(rs, "tax_minor", c),
        Sql.money(rs, "applied_minor", c), Sql.instant(rs, "created_at"));
  }

  private static String where(Filter f, Map<String, Object> p) {
    CreditNoteSearch q = f.search();
    List<String> c = new ArrayList<>();
    c.add("true");
    add(c, p, q.companyId() == null ? null : q.companyId().value(), "n.company_id = :company", "company");
    add(c, p, q.customerId() == null ? null : q.customerId().value(), "n.customer_id = :customer", "customer");
    add(c, p, q.invoiceId() == null ? null : q.invoiceId().value(), "n.invoice_id = :invoice", "invoice");
    if (f.customers() != null) {
      c.add(f.customers().isEmpty() ? "false" : "n.customer_id in (:visible)");
      p.put("visible", f.customers().stream().map(CustomerId::value).toList());
    }
    if (!q.ids().isEmpty()) {
      add(c, p, q.ids().stream().map(CreditNoteId::value).toList(), "n.id in (:ids)", "ids");
    }
    add(c, p, q.currency() == null ? null : q.currency().code(), "n.currency = :currency", "currency");
    add(c, p, q.from(), "n.credit_date >= :from", "from");
    add(c, p, q.to(), "n.credit_date <= :to", "to");
    add(c, p, f.minAmount() == null ? null : f.minAmount().minor(), "n.gross_minor >= :minMinor", "minMinor");
    add(c, p, f.maxAmount() == null ? null : f.maxAmount().minor(), "n.gross_minor <= :maxMinor", "maxMinor");
    if (q.text() != null && !q.text().isBlank()) {
      add(c, p, Sql.contains(q.text().toLowerCase(Locale.ROOT)), "n.search_text like :text escape '\\'", "text");
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
}
