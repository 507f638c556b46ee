package org.openar.invoicing.persistence;

import java.time.Instant;
import org.openar.invoicing.CustomerSnapshot;
import org.openar.invoicing.Installment;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.PricedLine;
import org.openar.shared.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import tools.jackson.databind.json.JsonMapper;

/** Writes a draft's header, lines and installments. */
final class InvoiceWriter {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  InvoiceWriter(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(InvoiceId id, InvoiceContent c, Instant now, String actor) {
    header(jdbc.sql("""
            insert into invoicing_invoice (id, company_id, customer_id, customer_code, customer_name, customer_name_en,
                customer_tax_id, status, currency, invoice_date, payment_terms, requested_due_date, due_date,
                next_due_date, prices_include_tax, tax_rounding, schedule, reference, notes, list_minor,
                discount_minor, net_minor, tax_minor, gross_minor, created_at, created_by, updated_at, updated_by)
            values (:id, :company, :customer, :code, :name, :nameEn, :taxId, 'DRAFT', :currency, :invoiceDate, :terms,
                :requestedDue, :due, :nextDue, :inclusive, :rounding, cast(:schedule as jsonb), :reference, :notes,
                :list, :discount, :net, :tax, :gross, :now, :actor, :now, :actor)"""), id, c, now, actor)
        .update();
    children(id, c);
  }

  boolean update(InvoiceId id, long version, InvoiceContent c, Instant now, String actor) {
    int updated = header(jdbc.sql("""
            update invoicing_invoice
               set company_id = :company, customer_id = :customer, customer_code = :code, customer_name = :name,
                   customer_name_en = :nameEn, customer_tax_id = :taxId, currency = :currency,
                   invoice_date = :invoiceDate, payment_terms = :terms, requested_due_date = :requestedDue,
                   due_date = :due, next_due_date = :nextDue, prices_include_tax = :inclusive,
                   tax_rounding = :rounding, schedule = cast(:schedule as jsonb), reference = :reference,
                   notes = :notes, list_minor = :list, discount_minor = :discount, net_minor = :net, tax_minor = :tax,
                   gross_minor = :gross, updated_at = :now, updated_by = :actor, version = version + 1
             where id = :id and version = :version and status = 'DRAFT'"""), id, c, now, actor)
        .param("version", version).update();
    if (updated == 0) {
      return false;
    }
    jdbc.sql("delete from invoicing_invoice_line where invoice_id = :id").param("id", id.value()).update();
    jdbc.sql("delete from invoicing_installment where invoice_id = :id").param("id", id.value()).update();
    children(id, c);
    return true;
  }

  private StatementSpec header(StatementSpec s, InvoiceId id, InvoiceContent c, Instant now, String actor) {
    return s.param("id", id.value()).param("company", c.companyId().value())
        .param("customer", c.customerId().value()).param("code", c.customer().code())
        .param("name", name(c.customer())).param("nameEn", c.customer().nameEn())
        .param("taxId", c.customer().taxId()).param("currency", c.currency().code())
        .param("invoiceDate", c.invoiceDate()).param("terms", c.paymentTerms())
        .param("requestedDue", c.requestedDueDate()).param("due", c.dueDate())
        .param("nextDue", c.installments().get(0).dueDate()).param("inclusive", c.pricesIncludeTax())
        .param("rounding", c.taxRounding().name())
        .param("schedule", c.schedule() == null ? null : json.writeValueAsString(c.schedule()))
        .param("reference", c.reference()).param("notes", c.notes()).param("list", c.totals().list().minor())
        .param("discount", c.totals().discount().minor()).param("net", c.totals().net().minor())
        .param("tax", c.totals().tax().minor()).param("gross", c.totals().gross().minor())
        .param("now", Sql.utc(now)).param("actor", actor);
  }

  private void children(InvoiceId id, InvoiceContent c) {
    for (PricedLine l : c.lines()) {
      jdbc.sql("""
              insert into invoicing_invoice_line (invoice_id, line_no, description, unit, quantity, unit_price,
                  discount_percent, tax_rate, list_minor, discount_minor, net_minor, tax_minor, gross_minor)
              values (:id, :no, :description, :unit, :quantity, :price, :discount, :rate, :list, :disc, :net, :tax,
                  :gross)""")
          .param("id", id.value()).param("no", l.lineNo()).param("description", l.description())
          .param("unit", l.unit()).param("quantity", l.quantity()).param("price", l.unitPrice())
          .param("discount", l.discountPercent()).param("rate", l.taxRate()).param("list", l.listAmount().minor())
          .param("disc", l.discountAmount().minor()).param("net", l.netAmount().minor())
          .param("tax", l.taxAmount().minor()).param("gross", l.grossAmount().minor()).update();
    }
    for (Installment i : c.installments()) {
      jdbc.sql("""
              insert into invoicing_installment (invoice_id, installment_no, percent, due_date, amount_minor)
              values (:id, :no, :percent, :due, :amount)""")
          .param("id", id.value()).param("no", i.installmentNo()).param("percent", i.percent())
          .param("due", i.dueDate()).param("amount", i.amount().minor()).update();
    }
  }

  /** The snapshot's main name: the Chinese one, else the English one (the column is required). */
  static String name(CustomerSnapshot c) {
    return c.name() != null && !c.name().isBlank() ? c.name() : c.nameEn();
  }
}
