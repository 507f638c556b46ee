package org.openar.invoicing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Credit notes and their lines; written once, never changed. */
@Repository
public class CreditNoteRepository {

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate named;

  public CreditNoteRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  /** {@link #insert} for many credit notes: headers as one batch, lines as another. */
  @SuppressWarnings("unchecked")
  public void insertAll(List<CreditNoteView> notes) {
    if (notes.isEmpty()) {
      return;
    }
    List<Map<String, Object>> headers = new ArrayList<>(notes.size());
    List<Map<String, Object>> lines = new ArrayList<>();
    for (CreditNoteView n : notes) {
      headers.add(headerParams(n));
      n.lines().forEach(l -> lines.add(lineParams(n, l)));
    }
    named.batchUpdate(INSERT_HEADER, headers.toArray(new Map[0]));
    if (!lines.isEmpty()) {
      named.batchUpdate(INSERT_LINE, lines.toArray(new Map[0]));
    }
  }

  public void insert(CreditNoteView n) {
    jdbc.sql(INSERT_HEADER).params(headerParams(n)).update();
    for (CreditNoteLine l : n.lines()) {
      jdbc.sql(INSERT_LINE).params(lineParams(n, l)).update();
    }
  }

  private static final String INSERT_HEADER = """
      insert into invoicing_credit_note (id, company_id, customer_id, invoice_id, invoice_number, customer_code,
          customer_name, customer_name_en, customer_tax_id, number, currency, credit_date, mode, reason,
          net_minor, tax_minor, gross_minor, applied_minor, ledger_item_id, created_at, created_by)
      values (:id, :company, :customer, :invoice, :invoiceNumber, :code, :name, :nameEn, :taxId, :number,
          :currency, :date, :mode, :reason, :net, :tax, :gross, :applied, :item, :now, :actor)""";
  private static final String INSERT_LINE = """
      insert into invoicing_credit_note_line (credit_note_id, line_no, invoice_line_no, description, unit,
          quantity, unit_price, tax_rate, net_minor, tax_minor, gross_minor)
      values (:id, :no, :invoiceLine, :description, :unit, :quantity, :price, :rate, :net, :tax, :gross)""";

  private static Map<String, Object> headerParams(CreditNoteView n) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", n.id().value());
    p.put("company", n.companyId().value());
    p.put("customer", n.customerId().value());
    p.put("invoice", n.invoiceId().value());
    p.put("invoiceNumber", n.invoiceNumber());
    p.put("code", n.customer().code());
    p.put("name", InvoiceWriter.name(n.customer()));
    p.put("nameEn", n.customer().nameEn());
    p.put("taxId", n.customer().taxId());
    p.put("number", n.number());
    p.put("currency", n.currency().code());
    p.put("date", n.creditDate());
    p.put("mode", n.mode().name());
    p.put("reason", n.reason());
    p.put("net", n.totals().net().minor());
    p.put("tax", n.totals().tax().minor());
    p.put("gross", n.totals().gross().minor());
    p.put("applied", n.appliedAmount().minor());
    p.put("item", n.ledgerItemId().value());
    p.put("now", Sql.utc(n.createdAt()));
    p.put("actor", n.createdBy());
    return p;
  }

  private static Map<String, Object> lineParams(CreditNoteView n, CreditNoteLine l) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", n.id().value());
    p.put("no", l.lineNo());
    p.put("invoiceLine", l.invoiceLineNo());
    p.put("description", l.description());
    p.put("unit", l.unit());
    p.put("quantity", l.quantity());
    p.put("price", l.unitPrice());
    p.put("rate", l.taxRate());
    p.put("net", l.netAmount().minor());
    p.put("tax", l.taxAmount().minor());
    p.put("gross", l.grossAmount().minor());
    return p;
  }

  /** The credit notes of these invoices, each invoice's oldest first. */
  public Map<InvoiceId, List<CreditNoteView>> ofInvoices(java.util.Collection<InvoiceId> invoices) {
    Map<InvoiceId, List<CreditNoteView>> out = new HashMap<>();
    if (invoices.isEmpty()) {
      return out;
    }
    List<CreditNoteView> headers = jdbc.sql("select * from invoicing_credit_note where invoice_id = any(:ids)"
            + " order by created_at, number")
        .param("ids", invoices.stream().map(InvoiceId::value).toArray(UUID[]::new))
        .query(CreditNoteRepository::header).list();
    headers.forEach(h -> out.computeIfAbsent(h.invoiceId(), k -> new ArrayList<>()).add(withLines(h)));
    return out;
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
