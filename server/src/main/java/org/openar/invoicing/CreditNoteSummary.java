package org.openar.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.shared.money.Money;

/** One row of the credit-note list. */
public record CreditNoteSummary(
    CreditNoteId id,
    String number,
    InvoiceId invoiceId,
    String invoiceNumber,
    CompanyId companyId,
    CustomerId customerId,
    CustomerSnapshot customer,
    LocalDate creditDate,
    CreditMode mode,
    String reason,
    Money grossAmount,
    Money taxAmount,
    Money appliedAmount,
    Instant createdAt) {}
