package org.openar.integration.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openar.customers.CustomerView;
import org.openar.integration.DocumentAttributes;
import org.openar.integration.domain.ParsedRow;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger.PostItem;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;

/**
 * Invoice rows (open and settled) as ledger items: the item to post, the rule that an existing document is "the same"
 * (then the row is already present, not a conflict), the document attributes to keep.
 */
final class InvoiceRows {

  /** Ledger request fields → invoice import fields, for locating the ledger's refusals. */
  static final Map<String, String> LEDGER_FIELDS = Map.ofEntries(Map.entry("documentNumber", "invoiceNumber"),
      Map.entry("documentDate", "invoiceDate"), Map.entry("dueDate", "dueDate"), Map.entry("amount", "amount"),
      Map.entry("paymentTerms", "paymentTerms"), Map.entry("installmentNo", "installmentNo"),
      Map.entry("customerId", "customerCode"), Map.entry("companyId", "customerCode"),
      Map.entry("reference", "reference"), Map.entry("description", "description"),
      Map.entry("externalRef", "externalRef"), Map.entry("currency", "currency"));

  private InvoiceRows() {}

  /** Without a due date or terms in the file, the customer's payment terms give the due date. */
  static PostItem invoice(ParsedRow r, ImportContext ctx, CustomerView customer) {
    LocalDate due = r.date(ctx.field("dueDate"));
    PaymentTerms terms = r.terms(ctx.field("paymentTerms"));
    if (due == null && terms == null) {
      terms = customer.paymentTerms();
    }
    return new PostItem(ItemType.INVOICE, ctx.company.id(), customer.id(), r.text(ctx.field("invoiceNumber")),
        r.integer(ctx.field("installmentNo")), r.money(ctx.field("amount")), r.date(ctx.field("invoiceDate")), due,
        null, terms, r.text(ctx.field("reference")), r.text(ctx.field("description")),
        r.text(ctx.field("externalRef")));
  }

  static String key(ParsedRow r, ImportContext ctx) {
    Integer installment = r.integer(ctx.field("installmentNo"));
    return r.text(ctx.field("invoiceNumber")) + (installment == null ? "" : "#" + installment);
  }

  /** The existing item posted for the same document (number and installment), if any. */
  static ItemView existing(List<ItemView> found, PostItem p) {
    for (ItemView v : found) {
      if (v.documentNumber().equals(p.documentNumber().strip())
          && Objects.equals(v.installmentNo(), p.installmentNo())) {
        return v;
      }
    }
    return null;
  }

  /** The fields in which the stored document differs from the row; empty when it is the same document. */
  static List<String> differences(ItemView v, PostItem p, Map<String, String> names) {
    List<String> diff = new ArrayList<>();
    if (!v.customerId().equals(p.customerId())) {
      diff.add(names.get("customerId"));
    }
    if (!v.originalAmount().equals(p.amount())) {
      diff.add(names.get("amount"));
    }
    if (!v.documentDate().equals(p.documentDate())) {
      diff.add(names.get("documentDate"));
    }
    LocalDate due = p.dueDate() != null ? p.dueDate()
        : p.paymentTerms() == null ? null : p.paymentTerms().dueDate(p.documentDate());
    if (due != null && v.dueDate() != null && !v.dueDate().equals(due)) {
      diff.add(names.get("dueDate"));
    }
    if (v.valueDate() != null && p.valueDate() != null && !v.valueDate().equals(p.valueDate())) {
      diff.add(names.get("valueDate"));
    }
    return diff;
  }

  /** What to keep about the row's document: the disputed flag and attribute columns (nothing when both are empty). */
  static DocumentAttributes attributes(ParsedRow r, ImportContext ctx, ItemType type, String number) {
    Boolean disputed = ctx.schema().has("disputed") ? r.bool(ctx.field("disputed")) : null;
    if (disputed == null && r.attributes().isEmpty()) {
      return null;
    }
    return new DocumentAttributes(ctx.company.id(), type, number.strip(), Boolean.TRUE.equals(disputed),
        r.attributes(), ctx.jobId);
  }

  static Money amount(ParsedRow r, ImportContext ctx) {
    return r.money(ctx.field("amount"));
  }
}
