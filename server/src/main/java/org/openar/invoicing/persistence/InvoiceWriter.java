package org.openar.invoicing.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openar.invoicing.CustomerSnapshot;
import org.openar.invoicing.Installment;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.PricedLine;
import org.openar.shared.db.Sql;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Writes a draft's header, lines and installments. */
final class InvoiceWriter {

  static final String INSERT_HEADER = """
            insert into invoicing_invoice (id, company_id, customer_id, customer_code, customer_name, customer_name_en,
                customer_tax_id, status, currency, invoice_date, payment_terms, requested_due_date, due_date,
                next_due_date, prices_include_tax, tax_rounding, schedule, reference, notes, list_minor,
                discount_minor, net_minor, tax_minor, gross_minor, created_at, created_by, updated_at, updated_by)
            values (:id, :company, :customer, :code, :name, :nameEn, :taxId, 'DRAFT', :currency, :invoiceDate, :terms,
                :requestedDue, :due, :nextDue, :inclusive, :rounding, cast(:schedule as jsonb), :reference, :notes,
                :list, :discount, :net, :tax, :gross, :now, :actor, :now, :actor)""";
  private static final String INSERT_LINE = """
      insert into invoicing_invoice_line (invoice_id, line_no, description, unit, quantity, unit_price,
          discount_percent, tax_rate, list_minor, discount_minor, net_minor, tax_minor, gross_minor)
      values (:id, :no, :description, :unit, :quantity, :price, :discount, :rate, :list, :disc, :net, :tax,
          :gross)""";
  private static final String INSERT_INSTALLMENT = """
      insert into invoicing_installment (invoice_id, installment_no, percent, due_date, amount_minor)
      values (:id, :no, :percent, :due, :amount)""";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate named;
  private final JsonMapper json;

  InvoiceWriter(JdbcClient jdbc, NamedParameterJdbcTemplate named, JsonMapper json) {
    this.jdbc = jdbc;
    this.named = named;
    this.json = json;
  }

  void insert(InvoiceId id, InvoiceContent c, Instant now, String actor) {
    jdbc.sql(INSERT_HEADER).params(headerParams(id, c, now, actor)).update();
    children(id, c);
  }

  /** {@link #insert} for many drafts: headers, lines and installments each as one batch (multi-row inserts). */
  void insertAll(Map<InvoiceId, InvoiceContent> drafts, Instant now, String actor) {
    List<Map<String, Object>> headers = new ArrayList<>(drafts.size());
    List<Map<String, Object>> lines = new ArrayList<>();
    List<Map<String, Object>> installments = new ArrayList<>();
    drafts.forEach((id, c) -> {
      headers.add(headerParams(id, c, now, actor));
      c.lines().forEach(l -> lines.add(lineParams(id, l)));
      c.installments().forEach(i -> installments.add(installmentParams(id, i)));
    });
    batch(INSERT_HEADER, headers);
    batch(INSERT_LINE, lines);
    batch(INSERT_INSTALLMENT, installments);
  }

  @SuppressWarnings("unchecked")
  private void batch(String sql, List<Map<String, Object>> rows) {
    if (!rows.isEmpty()) {
      named.batchUpdate(sql, rows.toArray(Map[]::new));
    }
  }

  boolean update(InvoiceId id, long version, InvoiceContent c, Instant now, String actor) {
    int updated = jdbc.sql("""
            update invoicing_invoice
               set company_id = :company, customer_id = :customer, customer_code = :code, customer_name = :name,
                   customer_name_en = :nameEn, customer_tax_id = :taxId, currency = :currency,
                   invoice_date = :invoiceDate, payment_terms = :terms, requested_due_date = :requestedDue,
                   due_date = :due, next_due_date = :nextDue, prices_include_tax = :inclusive,
                   tax_rounding = :rounding, schedule = cast(:schedule as jsonb), reference = :reference,
                   notes = :notes, list_minor = :list, discount_minor = :discount, net_minor = :net, tax_minor = :tax,
                   gross_minor = :gross, updated_at = :now, updated_by = :actor, version = version + 1
             where id = :id and version = :version and status = 'DRAFT'""")
        .params(headerParams(id, c, now, actor)).param("version", version).update();
    if (updated == 0) {
      return false;
    }
    jdbc.sql("delete from invoicing_invoice_line where invoice_id = :id").param("id", id.value()).update();
    jdbc.sql("delete from invoicing_installment where invoice_id = :id").param("id", id.value()).update();
    children(id, c);
    return true;
  }

  private Map<String, Object> headerParams(InvoiceId id, InvoiceContent c, Instant now, String actor) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", id.value());
    p.put("company", c.companyId().value());
    p.put("customer", c.customerId().value());
    p.put("code", c.customer().code());
    p.put("name", name(c.customer()));
    p.put("nameEn", c.customer().nameEn());
    p.put("taxId", c.customer().taxId());
    p.put("currency", c.currency().code());
    p.put("invoiceDate", c.invoiceDate());
    p.put("terms", c.paymentTerms());
    p.put("requestedDue", c.requestedDueDate());
    p.put("due", c.dueDate());
    p.put("nextDue", c.installments().get(0).dueDate());
    p.put("inclusive", c.pricesIncludeTax());
    p.put("rounding", c.taxRounding().name());
    p.put("schedule", c.schedule() == null ? null : json.writeValueAsString(c.schedule()));
    p.put("reference", c.reference());
    p.put("notes", c.notes());
    p.put("list", c.totals().list().minor());
    p.put("discount", c.totals().discount().minor());
    p.put("net", c.totals().net().minor());
    p.put("tax", c.totals().tax().minor());
    p.put("gross", c.totals().gross().minor());
    p.put("now", Sql.utc(now));
    p.put("actor", actor);
    return p;
  }

  private static Map<String, Object> lineParams(InvoiceId id, PricedLine l) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", id.value());
    p.put("no", l.lineNo());
    p.put("description", l.description());
    p.put("unit", l.unit());
    p.put("quantity", l.quantity());
    p.put("price", l.unitPrice());
    p.put("discount", l.discountPercent());
    p.put("rate", l.taxRate());
    p.put("list", l.listAmount().minor());
    p.put("disc", l.discountAmount().minor());
    p.put("net", l.netAmount().minor());
    p.put("tax", l.taxAmount().minor());
    p.put("gross", l.grossAmount().minor());
    return p;
  }

  private static Map<String, Object> installmentParams(InvoiceId id, Installment i) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", id.value());
    p.put("no", i.installmentNo());
    p.put("percent", i.percent());
    p.put("due", i.dueDate());
    p.put("amount", i.amount().minor());
    return p;
  }

  private void children(InvoiceId id, InvoiceContent c) {
    for (PricedLine l : c.lines()) {
      jdbc.sql(INSERT_LINE).params(lineParams(id, l)).update();
    }
    for (Installment i : c.installments()) {
      jdbc.sql(INSERT_INSTALLMENT).params(installmentParams(id, i)).update();
    }
  }

  /** The snapshot's main name: the Chinese one, else the English one (the column is required). */
  static String name(CustomerSnapshot c) {
    return c.name() != null && !c.name().isBlank() ? c.name() : c.nameEn();
  }
}
