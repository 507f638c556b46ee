package org.openar.invoicing.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.invoicing.CreditNoteId;
import org.openar.invoicing.CreditNoteSearch;
import org.openar.invoicing.InvoiceId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The credit-note list's query parameters (list and CSV export). */
record CreditNoteFilter(
    UUID companyId,
    UUID customerId,
    @Parameter(description = "credit notes of this sales rep's customers") UUID salesRepId,
    UUID invoiceId,
    String currency,
    @Parameter(description = "credit date from") @DateTimeFormat(iso = ISO.DATE) LocalDate from,
    @Parameter(description = "credit date to") @DateTimeFormat(iso = ISO.DATE) LocalDate to,
    @Parameter(description = "gross amount at least; needs currency") BigDecimal minAmount,
    @Parameter(description = "gross amount at most; needs currency") BigDecimal maxAmount,
    @Parameter(description = "part of the number, the invoice's number, the reason, customer code or name") String q) {

  CreditNoteSearch search(List<UUID> ids) {
    return new CreditNoteSearch(companyId == null ? null : new CompanyId(companyId),
        customerId == null ? null : new CustomerId(customerId), salesRepId,
        invoiceId == null ? null : new InvoiceId(invoiceId), InvoicingRequests.currency(currency), from, to,
        minAmount, maxAmount, q, ids == null ? null : ids.stream().map(CreditNoteId::new).toList());
  }
}
