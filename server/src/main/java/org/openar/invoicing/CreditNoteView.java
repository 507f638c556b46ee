package org.openar.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * An issued credit note. {@code appliedAmount} is what was allocated to the invoice's open installments when it was
 * issued; the rest (if the invoice was already settled) stays as an open credit in the ledger item
 * {@code ledgerItemId}.
 */
public record CreditNoteView(
    CreditNoteId id,
    String number,
    InvoiceId invoiceId,
    String invoiceNumber,
    CompanyId companyId,
    CustomerId customerId,
    CustomerSnapshot customer,
    CurrencyCode currency,
    LocalDate creditDate,
    CreditMode mode,
    String reason,
    List<CreditNoteLine> lines,
    Totals totals,
    List<TaxGroup> taxGroups,
    Money appliedAmount,
    ItemId ledgerItemId,
    Instant createdAt,
    String createdBy) {

  public CreditNoteView {
    lines = List.copyOf(lines);
    taxGroups = List.copyOf(taxGroups);
  }
}
