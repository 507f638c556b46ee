package org.openar.invoicing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.invoicing.CustomerSnapshot;
import org.openar.invoicing.Installment;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.InvoiceStatus;
import org.openar.invoicing.InvoiceSummary;
import org.openar.invoicing.PaymentStatus;
import org.openar.invoicing.PricedLine;
import org.openar.invoicing.Totals;
import org.openar.ledger.ItemId;
import org.openar.shared.db.Sql;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** Row mappers of the invoice tables. */
final class InvoiceRows {

  static final String SUMMARY_COLUMNS = """
      i.id, i.company_id, i.customer_id, i.customer_code, i.customer_name, i.customer_name_en, i.customer_tax_id,
      i.status, i.number, i.currency, i.invoice_date, i.due_date, i.next_due_date, i.gross_minor, i.tax_minor,
      i.open_minor, i.credited_minor, i.reference, i.version, i.created_at,
      (select count(*) from invoicing_installment s where s.invoice_id = i.id) as installments""";

  private InvoiceRows() {}

  static CustomerSnapshot customer(ResultSet rs) throws SQLException {
    return new CustomerSnapshot(rs.getString("customer_code"), rs.getString("customer_name"),
        rs.getString("customer_name_en"), rs.getString("customer_tax_id"));
  }

  static InvoiceSummary summary(ResultSet rs, LocalDate today) throws SQLException {
    CurrencyCode currency = CurrencyCode.of(rs.getString("currency"));
    Money gross = Sql.money(rs, "gross_minor", currency);
    Money open = Sql.money(rs, "open_minor", currency);
    LocalDate next = Sql.date(rs, "next_due_date");
    return new InvoiceSummary(new InvoiceId(Sql.uuid(rs, "id")), new CompanyId(Sql.uuid(rs, "company_id")),
        new CustomerId(Sql.uuid(rs, "customer_id")), customer(rs), InvoiceStatus.valueOf(rs.getString("status")),
        rs.getString("number"), Sql.date(rs, "invoice_date"), Sql.date(rs, "due_date"), next, gross,
        Sql.money(rs, "tax_minor", currency), open, Sql.money(rs, "credited_minor", currency),
        paymentStatus(open, gross), daysOverdue(open, next, today), rs.getInt("installments"),
        rs.getString("reference"), rs.getLong("version"), Sql.instant(rs, "created_at"));
  }

  static PaymentStatus paymentStatus(Money open, Money gross) {
    if (open == null) {
      return null;
    }
    return open.isZero() ? PaymentStatus.SETTLED
        : open.equals(gross) ? PaymentStatus.OPEN : PaymentStatus.PARTIALLY_SETTLED;
  }

  /** Days since the earliest open installment fell due; 0 when nothing open is overdue; null for drafts. */
  static Integer daysOverdue(Money open, LocalDate nextDue, LocalDate today) {
    if (open == null) {
      return null;
    }
    if (open.isZero() || nextDue == null || !nextDue.isBefore(today)) {
      return 0;
    }
    return (int) ChronoUnit.DAYS.between(nextDue, today);
  }

  static PricedLine line(ResultSet rs, CurrencyCode c) throws SQLException {
    return new PricedLine(rs.getInt("line_no"), rs.getString("description"), rs.getString("unit"),
        Sql.plain(rs.getBigDecimal("quantity")),
        rs.getBigDecimal("unit_price").setScale(c.minorDigits(), java.math.RoundingMode.UNNECESSARY),
        Sql.plain(rs.getBigDecimal("discount_percent")), Sql.plain(rs.getBigDecimal("tax_rate")),
        Sql.money(rs, "list_minor", c), Sql.money(rs, "discount_minor", c), Sql.money(rs, "net_minor", c),
        Sql.money(rs, "tax_minor", c), Sql.money(rs, "gross_minor", c));
  }

  static Installment installment(ResultSet rs, CurrencyCode c) throws SQLException {
    java.util.UUID item = Sql.uuid(rs, "ledger_item_id");
    return new Installment(rs.getInt("installment_no"), Sql.plain(rs.getBigDecimal("percent")),
        Sql.date(rs, "due_date"), Sql.money(rs, "amount_minor", c), Sql.money(rs, "open_minor", c),
        item == null ? null : new ItemId(item));
  }

  static Totals totals(ResultSet rs, CurrencyCode c) throws SQLException {
    return new Totals(Sql.money(rs, "list_minor", c), Sql.money(rs, "discount_minor", c),
        Sql.money(rs, "net_minor", c), Sql.money(rs, "tax_minor", c), Sql.money(rs, "gross_minor", c));
  }
}
