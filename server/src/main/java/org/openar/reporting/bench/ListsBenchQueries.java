package org.openar.reporting.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The calls the list pages make (filters, sorts and pages as the web app sends them) and, for each, the bare SQL of
 * the same page as the baseline: the same table, condition, order and limit, without the total count, the mapping,
 * the JSON and HTTP.
 */
final class ListsBenchQueries {

  /** A list call: its API path (under /api/v1) and the bare SQL of the same page. */
  record Query(String name, String path, String sql) {
    void baseline(JdbcClient jdbc) {
      jdbc.sql(sql).query((rs, n) -> {
        int columns = rs.getMetaData().getColumnCount();
        for (int c = 1; c <= columns; c++) {
          rs.getObject(c);
        }
        return n;
      }).list();
    }
  }

  private static final String INV = "select * from invoicing_invoice i where ";
  private static final String NEWEST = " order by i.invoice_date desc, i.id desc limit 50";

  private final String company;
  private final String customer;
  private final String rep;
  private final LocalDate today;

  ListsBenchQueries(JdbcClient jdbc, ListsBenchData.Book book, LocalDate today) {
    this.company = book.company().toString();
    this.customer = jdbc.sql("select id from customers_customer where company_id = :c and code = :code")
        .param("c", book.company()).param("code", ListsBenchData.code(42)).query(UUID.class).single().toString();
    this.rep = book.reps().get(3 % book.reps().size()).toString();
    this.today = today;
  }

  List<Query> all() {
    String overdue31 = today.minusDays(31).toString();
    String overdue60 = today.minusDays(60).toString();
    String dueFrom = today.minusDays(60).toString();
    String dueTo = today.minusDays(30).toString();
    return List.of(
        new Query("invoices: default (newest)", "/invoices?page=0&size=50&sort=-invoiceDate", INV + "true" + NEWEST),
        new Query("invoices: by due date", "/invoices?page=0&size=50&sort=dueDate",
            INV + "true order by i.due_date, i.id limit 50"),
        new Query("invoices: by amount desc", "/invoices?page=0&size=50&sort=-grossAmount",
            INV + "true order by i.gross_minor desc, i.id desc limit 50"),
        new Query("invoices: status DRAFT", "/invoices?status=DRAFT&page=0&size=50&sort=-invoiceDate",
            INV + "i.status = 'DRAFT'" + NEWEST),
        new Query("invoices: part-paid", "/invoices?paymentStatus=PARTIALLY_SETTLED&page=0&size=50&sort=-invoiceDate",
            INV + "i.open_minor > 0 and i.open_minor < i.gross_minor" + NEWEST),
        new Query("invoices: customer", "/invoices?customerId=" + customer + "&page=0&size=50&sort=-invoiceDate",
            INV + "i.customer_id = '" + customer + "'" + NEWEST),
        new Query("invoices: sales rep", "/invoices?salesRepId=" + rep + "&page=0&size=50&sort=-invoiceDate",
            INV + "i.customer_id in (select id from customers_customer where sales_rep_id = '" + rep + "')" + NEWEST),
        new Query("invoices: overdue 31-60 days",
            "/invoices?minDaysOverdue=31&maxDaysOverdue=60&page=0&size=50&sort=-invoiceDate",
            INV + "i.open_minor > 0 and i.next_due_date <= '" + overdue31 + "' and i.next_due_date >= '" + overdue60
                + "'" + NEWEST),
        new Query("invoices: overdue > 90 days", "/invoices?minDaysOverdue=91&page=0&size=50&sort=-invoiceDate",
            INV + "i.open_minor > 0 and i.next_due_date <= '" + today.minusDays(91) + "'" + NEWEST),
        new Query("invoices: amount 100-200 CNY",
            "/invoices?currency=CNY&minAmount=100&maxAmount=200&page=0&size=50&sort=-invoiceDate",
            INV + "i.currency = 'CNY' and i.gross_minor between 10000 and 20000" + NEWEST),
        new Query("invoices: due range (30 days)",
            "/invoices?dueFrom=" + dueFrom + "&dueTo=" + dueTo + "&page=0&size=50&sort=-invoiceDate",
            INV + "i.due_date between '" + dueFrom + "' and '" + dueTo + "'" + NEWEST),
        new Query("invoices: text (customer code)", "/invoices?q=L00042&page=0&size=50&sort=-invoiceDate",
            INV + "i.search_text like '%l00042%'" + NEWEST),
        new Query("invoices: deep page 200", "/invoices?page=200&size=50&sort=-invoiceDate",
            INV + "true order by i.invoice_date desc, i.id desc limit 50 offset 10000"),
        new Query("customers: default", "/customers?page=0&size=50",
            "select * from customers_customer c order by c.code, c.id limit 50"),
        new Query("customers: search", "/customers?q=" + enc("客户1234") + "&page=0&size=50",
            "select * from customers_customer c where c.search_text like '%客户1234%' order by c.code limit 50"),
        new Query("receipts: unapplied", "/ledger/items?type=PAYMENT&type=ADVANCE&status=OPEN&page=0&size=50"
            + "&sort=-documentDate", "select * from ledger_item i where i.type in ('PAYMENT', 'ADVANCE')"
            + " and i.status = 'OPEN' order by i.document_date desc, i.id desc limit 50"),
        new Query("receipts: all", "/ledger/items?type=PAYMENT&type=ADVANCE&page=0&size=50&sort=-documentDate",
            "select * from ledger_item i where i.type in ('PAYMENT', 'ADVANCE')"
            + " order by i.document_date desc, i.id desc limit 50"),
        new Query("credit notes: default", "/credit-notes?page=0&size=50&sort=-creditDate",
            "select * from invoicing_credit_note n order by n.credit_date desc, n.id desc limit 50"),
        new Query("aging items: customer", "/reports/aging/items?companyId=" + company + "&group=" + customer
            + "&page=0&size=50", "select * from ledger_item i where i.customer_id = '" + customer + "'"
            + " and i.status = 'OPEN' order by i.due_date, i.id limit 50"),
        new Query("aging items: bucket > 180 days", "/reports/aging/items?companyId=" + company
            + "&bucket=5&page=0&size=50", "select * from ledger_item i where i.company_id = '" + company + "'"
            + " and i.status = 'OPEN' and i.side = 'D' and i.due_date < '" + today.minusDays(180) + "'"
            + " order by i.due_date, i.id limit 50"),
        new Query("audit log: default", "/audit?page=0&size=50",
            "select * from audit_log order by seq desc limit 50"),
        new Query("audit log: actor + type", "/audit?entityType=invoicing.invoice&actor=clerk.li&page=0&size=50",
            "select * from audit_log where entity_type = 'invoicing.invoice' and actor_name = 'clerk.li'"
            + " order by seq desc limit 50"));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
