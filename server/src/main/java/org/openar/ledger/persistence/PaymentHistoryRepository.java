package org.openar.ledger.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A customer's paid invoices: when each was settled (the latest effective date of the allocations still in force on
 * it) and how many days that took from the invoice date and from the due date. Only invoices that cash (a payment or
 * an advance) helped settle count: one cleared by a credit note alone says nothing about paying. Everything is
 * computed in SQL, so a customer with thousands of invoices costs one round trip.
 */
@Repository
public class PaymentHistoryRepository {

  /** The invoices settled between {@code :from} and {@code :to}, with their settlement date. */
  private static final String SETTLED = """
      with settled as (
          select i.id, i.document_number, i.installment_no, i.currency, i.original_minor, i.document_date,
                 i.due_date, s.settled_on
            from ledger_item i
            cross join lateral (
                select max(a.effective_date) as settled_on,
                       coalesce(bool_or(c.type in ('PAYMENT', 'ADVANCE')), false) as by_cash
                  from ledger_allocation a
                  join ledger_item c on c.id = a.credit_item_id
                 where a.debit_item_id = i.id and a.amount_minor > 0
                   and not exists (select 1 from ledger_allocation u where u.undoes_id = a.id)) s
           where i.customer_id = :customer and i.type = 'INVOICE' and i.status = 'CLEARED' and s.by_cash
             and s.settled_on between :from and :to)
      """;

  public record PaidInvoiceRow(UUID itemId, String documentNumber, Integer installmentNo, String currency,
      long amountMinor, LocalDate documentDate, LocalDate dueDate, LocalDate settledOn) {}

  /** Averages in days, rounded to one decimal; {@code month} is yyyy-MM, null for the whole period. */
  public record StatsRow(String month, long invoices, long paidLate, BigDecimal averageDaysToPay,
      BigDecimal averageDaysLate, int maxDaysLate) {}

  private final JdbcClient jdbc;

  public PaymentHistoryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The latest {@code limit} settled invoices, most recently settled first. */
  public List<PaidInvoiceRow> invoices(CustomerId customer, LocalDate from, LocalDate to, int limit) {
    return jdbc.sql(SETTLED + """
            select * from settled order by settled_on desc, document_date desc, id limit :limit""")
        .param("customer", customer.value()).param("from", from).param("to", to).param("limit", limit)
        .query(PaymentHistoryRepository::invoice).list();
  }

  /** One row per month of settlement, oldest first. */
  public List<StatsRow> months(CustomerId customer, LocalDate from, LocalDate to) {
    return jdbc.sql(SETTLED + "select to_char(settled_on, 'YYYY-MM') as month, " + STATS + """
              from settled group by 1 order by 1""")
        .param("customer", customer.value()).param("from", from).param("to", to)
        .query(PaymentHistoryRepository::stats).list();
  }

  public StatsRow total(CustomerId customer, LocalDate from, LocalDate to) {
    return jdbc.sql(SETTLED + "select cast(null as text) as month, " + STATS + " from settled")
        .param("customer", customer.value()).param("from", from).param("to", to)
        .query(PaymentHistoryRepository::stats).single();
  }

  private static final String STATS = """
      count(*) as invoices,
      count(*) filter (where settled_on > due_date) as paid_late,
      round(avg(settled_on - document_date), 1) as avg_to_pay,
      round(avg(settled_on - due_date), 1) as avg_late,
      coalesce(max(settled_on - due_date), 0) as max_late
      """;

  private static PaidInvoiceRow invoice(ResultSet rs, int n) throws SQLException {
    return new PaidInvoiceRow(rs.getObject("id", UUID.class), rs.getString("document_number"),
        rs.getObject("installment_no", Integer.class), rs.getString("currency"), rs.getLong("original_minor"),
        rs.getObject("document_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
        rs.getObject("settled_on", LocalDate.class));
  }

  private static StatsRow stats(ResultSet rs, int n) throws SQLException {
    return new StatsRow(rs.getString("month"), rs.getLong("invoices"), rs.getLong("paid_late"),
        rs.getBigDecimal("avg_to_pay"), rs.getBigDecimal("avg_late"), rs.getInt("max_late"));
  }
}
