package org.openar.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.shared.money.Money;

/** One row of the invoice list. Open amount, payment status and days overdue are null for drafts. */
public record InvoiceSummary(
    InvoiceId id,
    CompanyId companyId,
    CustomerId customerId,
    CustomerSnapshot customer,
    InvoiceStatus status,
    String number,
    LocalDate invoiceDate,
    LocalDate dueDate,
    LocalDate nextDueDate,
    Money grossAmount,
    Money taxAmount,
    Money openAmount,
    Money creditedAmount,
    PaymentStatus paymentStatus,
    Integer daysOverdue,
    int installments,
    String reference,
    long version,
    Instant createdAt) {}
