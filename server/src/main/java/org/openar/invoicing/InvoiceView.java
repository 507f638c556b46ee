package org.openar.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * An invoice document. {@code dueDate} is when the whole invoice is due (its last installment's due date);
 * {@code nextDueDate} the earliest due date still open. {@code openAmount}, {@code paymentStatus} and
 * {@code daysOverdue} are null for drafts. {@code requestedDueDate} and {@code schedule} are the draft's input as given.
 */
public record InvoiceView(
    InvoiceId id,
    CompanyId companyId,
    CustomerId customerId,
    CustomerSnapshot customer,
    InvoiceStatus status,
    String number,
    CurrencyCode currency,
    LocalDate invoiceDate,
    String paymentTerms,
    LocalDate requestedDueDate,
    LocalDate dueDate,
    LocalDate nextDueDate,
    boolean pricesIncludeTax,
    TaxRounding taxRounding,
    InvoiceDraft.Schedule schedule,
    String reference,
    String notes,
    List<PricedLine> lines,
    Totals totals,
    List<TaxGroup> taxGroups,
    List<Installment> installments,
    Money openAmount,
    Money creditedAmount,
    PaymentStatus paymentStatus,
    Integer daysOverdue,
    long version,
    Stamps stamps) {

  public InvoiceView {
    lines = List.copyOf(lines);
    taxGroups = List.copyOf(taxGroups);
    installments = List.copyOf(installments);
  }

  /** Who created, last changed and issued the document, and when. */
  public record Stamps(Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, Instant issuedAt,
      String issuedBy) {}
}
