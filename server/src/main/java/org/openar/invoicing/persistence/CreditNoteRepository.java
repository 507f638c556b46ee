package org.openar.invoicing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.invoicing.CreditMode;
import org.openar.invoicing.CreditNoteId;
import org.openar.invoicing.CreditNoteLine;
import org.openar.invoicing.CreditNoteView;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.Totals;
import org.openar.invoicing.domain.Crediting;
import org.openar.ledger.ItemId;
import org.openar.shared.db.Sql;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Credit notes and their lines; written once, never changed. */
@Repository
public class CreditNoteRepository {

  private final JdbcClient jdbc;

  public CreditNoteRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(CreditNoteView n) {
    jdbc.sql("""
            insert into invoicing_credit_note (id, company_id, customer_id, invoice_id, invoice_number, customer_code,
                customer_name, customer_name_en, customer_tax_id, number, currency, credit_date, mode, reason,
                net_minor, tax_minor, gross_minor, applied_minor, ledger_item_id, created_at, created_by)
            values (:id, :company, :customer, :invoice, :invoiceNumber, :code, :name, :nameEn, :taxId, :number,
                :currency, :date, :mode, :reason, :net, :tax, :gross, :applied, :item, :now, :actor)""")
        .param("id", n.id().value()).param("company", n.companyId().value())
        .param("customer", n.customerId().value()).param("invoice", n.invoiceId().value())
        .param("invoiceNumber", n.invoiceNumber()).param("code", n.customer().code())
        .param("name", InvoiceWriter.name(n.customer())).param("nameEn", n.customer().nameEn())
        .param("taxId", n.customer().taxId()).param("number", n.number()).param("currency", n.currency().code())
        .param("date", n.creditDate()).param("mode", n.mode().name()).param("reason", n.reason())
        .param("net", n.totals().net().minor()).param("tax", n.totals().tax().minor())
        .param("gross", n.totals().gross().minor()).param("applied", n.appliedAmount().minor())
        .param("item", n.ledgerItemId().value()).param("now", Sql.utc(n.createdAt())).param("actor", n.createdBy())
        .update();
    for (CreditNoteLine l : n.lines()) {
      jdbc.sql("""
              insert into invoicing_credit_note_line (credit_note_id, line_no, invoice_line_no, description, unit,
                  quantity, unit_price, tax_rate, net_minor, tax_minor, gross_minor)
              values (:id, :no, :invoiceLine, :description, :unit, :quantity, :price, :rate, :net, :tax, :gross)""")
          .param("id", n.id().value()).param("no", l.lineNo()).param("invoiceLine", l.invoiceLineNo())
          .param("description", l.description()).param("unit", l.unit()).param("quantity", l.quantity())
          .param("price", l.unitPrice()).param("rate", l.taxRate()).param("net", l.netAmount().minor())
          .param("tax", l.taxAmount().minor()).param("gross", l.grossAmount().minor()).update();
    }
  }

  public Optional<CreditNoteView> find(CreditNoteId id) {
    return jdbc.sql("select * from invoicing_credit_note where id = :id").param("id", id.value())
        .query(CreditNoteRepository::header).optional().map(this::withLines);
  }

  /** The credit notes of an invoice, oldest first. */
  public List<CreditNoteView> ofInvoice(InvoiceId invoice) {
    return jdbc.sql("select * from invoicing_credit_note where invoice_id = :id order by created_at, number")
        .param("id", invoice.value()).query(CreditNoteRepository::header).list().stream().map(this::withLines)
        .toList();
  }

  private static CreditNoteView header(ResultSet rs, int n) throws SQLException {
    CurrencyCode c = CurrencyCode.of(rs.getString("currency"));
    Money net = Sql.money(rs, "net_minor", c);
    Totals totals = new Totals(net, Money.zero(c), net, Sql.money(rs, "tax_minor", c), Sql.money(rs, "gross_minor", c));
    return new CreditNoteView(new CreditNoteId(Sql.uuid(rs, "id")), rs.getString("number"),
        new InvoiceId(Sql.uuid(rs, "invoice_id")), rs.getString("invoice_number"),
        new CompanyId(Sql.uuid(rs, "company_id")), new CustomerId(Sql.uuid(rs, "customer_id")),
        InvoiceRows.customer(rs), c, Sql.date(rs, "credit_date"), CreditMode.valueOf(rs.getString("mode")),
        rs.getString("reason"), List.of(), totals, List.of(), Sql.money(rs, "applied_minor", c),
        new ItemId(Sql.uuid(rs, "ledger_item_id")), Sql.instant(rs, "created_at"), rs.getString("created_by"));
  }

  private CreditNoteView withLines(CreditNoteView h) {
    UUID id = h.id().value();
    CurrencyCode c = h.currency();
    List<CreditNoteLine> lines = jdbc.sql(
            "select * from invoicing_credit_note_line where credit_note_id = :id order by line_no")
        .param("id", id).query((rs, n) -> new CreditNoteLine(rs.getInt("line_no"), Sql.integer(rs, "invoice_line_no"),
            rs.getString("description"), rs.getString("unit"), Sql.plain(rs.getBigDecimal("quantity")),
            price(rs.getBigDecimal("unit_price"), c), Sql.plain(rs.getBigDecimal("tax_rate")),
            Sql.money(rs, "net_minor", c), Sql.money(rs, "tax_minor", c), Sql.money(rs, "gross_minor", c)))
        .list();
    return new CreditNoteView(h.id(), h.number(), h.invoiceId(), h.invoiceNumber(), h.companyId(), h.customerId(),
        h.customer(), c, h.creditDate(), h.mode(), h.reason(), lines, h.totals(), Crediting.groups(lines, c),
        h.appliedAmount(), h.ledgerItemId(), h.createdAt(), h.createdBy());
  }

  private static java.math.BigDecimal price(java.math.BigDecimal p, CurrencyCode c) {
    return p == null ? null : p.setScale(c.minorDigits(), java.math.RoundingMode.UNNECESSARY);
  }
}
