package org.openar.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.shared.money.CurrencyCode;

/**
 * Invoice list filters, all optional. {@code salesRepId}: invoices of that sales rep's customers.
 * {@code dueFrom}/{@code dueTo} bound the due date (of the whole invoice); {@code minDaysOverdue}/{@code maxDaysOverdue} bound the
 * days overdue of issued invoices with something open (days since the earliest open installment fell due, 0 when none
 * is overdue yet). {@code minAmount}/{@code maxAmount} bound the
 * gross amount and need {@code currency}. {@code text} matches number, reference and customer code or name
 * (case-insensitive, anywhere). {@code ids} limits to those invoices (an export of selected rows).
 */
public record InvoiceSearch(
    CompanyId companyId,
    CustomerId customerId,
    UUID salesRepId,
    Set<InvoiceStatus> statuses,
    Set<PaymentStatus> paymentStatuses,
    CurrencyCode currency,
    LocalDate invoiceFrom,
    LocalDate invoiceTo,
    LocalDate dueFrom,
    LocalDate dueTo,
    Integer minDaysOverdue,
    Integer maxDaysOverdue,
    BigDecimal minAmount,
    BigDecimal maxAmount,
    String text,
    List<InvoiceId> ids) {

  /** Sort fields {@link InvoiceQueries#search} accepts (prefix {@code -} for descending). */
  public static final Set<String> SORT_FIELDS = Set.of("number", "invoiceDate", "dueDate", "nextDueDate",
      "customerCode", "customerName", "grossAmount", "openAmount", "status", "createdAt");

  public InvoiceSearch {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    paymentStatuses = paymentStatuses == null ? Set.of() : Set.copyOf(paymentStatuses);
    ids = ids == null ? List.of() : List.copyOf(ids);
  }

  public static InvoiceSearch all() {
    return new InvoiceSearch(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }

  public static InvoiceSearch ofCustomer(CustomerId customer) {
    return new InvoiceSearch(null, customer, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null);
  }
}
