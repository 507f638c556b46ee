package org.openar.invoicing.persistence;

import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.invoicing.CustomerSnapshot;
import org.openar.invoicing.Installment;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.PricedLine;
import org.openar.invoicing.TaxRounding;
import org.openar.invoicing.Totals;
import org.openar.shared.money.CurrencyCode;

/** What a draft stores: the resolved, priced and scheduled content of an invoice. */
public record InvoiceContent(
    CompanyId companyId,
    CustomerId customerId,
    CustomerSnapshot customer,
    CurrencyCode currency,
    LocalDate invoiceDate,
    String paymentTerms,
    LocalDate requestedDueDate,
    LocalDate dueDate,
    boolean pricesIncludeTax,
    TaxRounding taxRounding,
    InvoiceDraft.Schedule schedule,
    String reference,
    String notes,
    List<PricedLine> lines,
    Totals totals,
    List<Installment> installments) {}
