package org.openar.integration.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openar.customers.CustomerView;
import org.openar.integration.IntegrationError;
import org.openar.integration.RowProblem;
import org.openar.integration.domain.ParsedRow;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger.PostItem;
import org.openar.ledger.LedgerQueries;

/**
 * What one chunk of settled-invoice rows needs: for each row the invoice and the receipt settling it, and whether
 * they are new, the invoice exists and only the payment is missing (imported earlier as an open invoice), both are
 * there already, or what is there contradicts the row.
 */
final class SettledPlan {

  enum State { NEW, SETTLE_EXISTING, PRESENT }

  /** One row's invoice and receipt; {@code invoiceId} is known once the invoice exists. */
  static final class Step {
    final ParsedRow row;
    final PostItem invoice;
    final PostItem payment;
    State state;
    org.openar.ledger.ItemId invoiceId;

    Step(ParsedRow row, PostItem invoice, PostItem payment) {
      this.row = row;
      this.invoice = invoice;
      this.payment = payment;
    }
  }

  private SettledPlan() {}

  /** The row's steps, or null with the reason added (settled before invoiced, in the future, unknown customer). */
  static Step step(ParsedRow r, ImportContext ctx, List<RowProblem> problems) {
    LocalDate invoiced = r.date(ctx.field("invoiceDate"));
    LocalDate settled = r.date(ctx.field("settledDate"));
    if (settled.isBefore(invoiced)) {
      problems.add(ctx.problem("settledDate", IntegrationError.INTEGRATION_SETTLED_BEFORE_INVOICE, settled, invoiced));
    } else if (settled.isAfter(ctx.today)) {
      problems.add(ctx.problem("settledDate", IntegrationError.INTEGRATION_DATE_IN_FUTURE, settled, ctx.today));
    }
    CustomerView c = ctx.customers.resolve(r.text(ctx.field("customerCode")), r.text(ctx.field("customerName")),
        ctx, "customerCode", problems);
    if (!problems.isEmpty()) {
      return null;
    }
    PostItem invoice = InvoiceRows.invoice(r, ctx, c);
    return new Step(r, invoice, new PostItem(ItemType.PAYMENT, ctx.company.id(), c.id(), paymentNumber(r, ctx),
        null, invoice.amount(), settled, null, settled, null, invoice.documentNumber(), null, null));
  }

  /** The receipt's number: the file's payment number, else the invoice's (and installment): receipts are PAYMENTs. */
  static String paymentNumber(ParsedRow r, ImportContext ctx) {
    String n = r.text(ctx.field("paymentNumber"));
    if (n != null) {
      return n;
    }
    Integer installment = r.integer(ctx.field("installmentNo"));
    return r.text(ctx.field("invoiceNumber")) + (installment == null ? "" : "-" + installment);
  }

  /** Sets each step's state from what the ledger holds; rows that contradict it are rejected. */
  static List<Step> classify(List<Step> steps, ImportContext ctx, LedgerQueries queries, ChunkResult result) {
    List<ItemView> invoices = queries.findDocuments(ctx.company.id(), ItemType.INVOICE,
        steps.stream().map(s -> s.invoice.documentNumber().strip()).toList());
    List<ItemView> payments = queries.findDocuments(ctx.company.id(), ItemType.PAYMENT,
        steps.stream().map(s -> s.payment.documentNumber().strip()).toList());
    List<Step> kept = new ArrayList<>();
    for (Step s : steps) {
      ItemView inv = InvoiceRows.existing(invoices, s.invoice);
      ItemView pay = InvoiceRows.existing(payments, s.payment);
      List<String> invDiff = inv == null ? List.of() : InvoiceRows.differences(inv, s.invoice,
          InvoiceRows.LEDGER_FIELDS);
      List<String> payDiff = pay == null ? List.of() : InvoiceRows.differences(pay, s.payment, PAYMENT_FIELDS);
      if (!invDiff.isEmpty() || inv == null && pay != null) {
        result.reject(s.row, conflict(ctx, "invoiceNumber", s.invoice, inv == null ? List.of("paymentNumber")
            : invDiff));
      } else if (!payDiff.isEmpty()) {
        result.reject(s.row, conflict(ctx, "paymentNumber", s.payment, payDiff));
      } else {
        s.state = inv == null ? State.NEW : pay == null ? State.SETTLE_EXISTING : State.PRESENT;
        s.invoiceId = inv == null ? null : inv.id();
        kept.add(s);
      }
    }
    return kept;
  }

  /** The receipt's ledger request fields → settled-invoice fields, for its refusals and differences. */
  static final java.util.Map<String, String> PAYMENT_FIELDS = java.util.Map.of("documentNumber", "paymentNumber",
      "documentDate", "settledDate", "valueDate", "settledDate", "effectiveDate", "settledDate", "amount", "amount",
      "customerId", "customerCode", "companyId", "customerCode", "lines", "amount");

  private static RowProblem conflict(ImportContext ctx, String field, PostItem p, List<String> diff) {
    return ctx.problem(field, IntegrationError.INTEGRATION_DOCUMENT_CONFLICT, p.documentNumber(),
        String.join(", ", diff));
  }
}
