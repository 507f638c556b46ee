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
 * Credit-note list filters, all optional; amounts bound the gross amount and need {@code currency}; {@code text}
 * matches the credit note's number, the invoice's number, the reason and the customer's code or name.
 */
public record CreditNoteSearch(
    CompanyId companyId,
    CustomerId customerId,
    UUID salesRepId,
    InvoiceId invoiceId,
    CurrencyCode currency,
    LocalDate from,
    LocalDate to,
    BigDecimal minAmount,
    BigDecimal maxAmount,
    String text,
    List<CreditNoteId> ids) {

  /** Sort fields {@link InvoiceQueries#searchCreditNotes} accepts. */
  public static final Set<String> SORT_FIELDS = Set.of("number", "creditDate", "invoiceNumber", "customerCode",
      "customerName", "grossAmount", "createdAt");

  public CreditNoteSearch {
    ids = ids == null ? List.of() : List.copyOf(ids);
  }

  public static CreditNoteSearch all() {
    return new CreditNoteSearch(null, null, null, null, null, null, null, null, null, null, null);
  }
}
