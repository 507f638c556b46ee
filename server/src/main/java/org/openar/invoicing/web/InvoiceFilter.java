package org.openar.invoicing.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.InvoiceSearch;
import org.openar.invoicing.InvoiceStatus;
import org.openar.invoicing.PaymentStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The invoice list's query parameters (list and CSV export). */
record InvoiceFilter(
    UUID companyId,
    UUID customerId,
    @Parameter(description = "invoices of this sales rep's customers") UUID salesRepId,
    Set<InvoiceStatus> status,
    Set<PaymentStatus> paymentStatus,
    String currency,
    @DateTimeFormat(iso = ISO.DATE) LocalDate invoiceFrom,
    @DateTimeFormat(iso = ISO.DATE) LocalDate invoiceTo,
    @DateTimeFormat(iso = ISO.DATE) LocalDate dueFrom,
    @DateTimeFormat(iso = ISO.DATE) LocalDate dueTo,
    @Parameter(description = "days since the earliest open installment fell due, at least") Integer minDaysOverdue,
    @Parameter(description = "days overdue, at most (0 keeps what is not overdue yet)") Integer maxDaysOverdue,
    @Parameter(description = "gross amount at least; needs currency") BigDecimal minAmount,
    @Parameter(description = "gross amount at most; needs currency") BigDecimal maxAmount,
    @Parameter(description = "part of the number, reference, customer code or name") String q) {

  InvoiceSearch search(List<UUID> ids) {
    return new InvoiceSearch(companyId == null ? null : new CompanyId(companyId),
        customerId == null ? null : new CustomerId(customerId), salesRepId, status, paymentStatus,
        InvoicingRequests.currency(currency), invoiceFrom, invoiceTo, dueFrom, dueTo, minDaysOverdue,
        maxDaysOverdue, minAmount, maxAmount, q, ids == null ? null : ids.stream().map(InvoiceId::new).toList());
  }
}
