package org.openar.invoicing;

import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CompanyId;
import org.openar.shared.money.CurrencyCode;

/** What an invoice would be, computed without saving: defaults applied, lines priced, totals, schedule. */
public record InvoicePreview(
    CompanyId companyId,
    CurrencyCode currency,
    String paymentTerms,
    LocalDate dueDate,
    boolean pricesIncludeTax,
    TaxRounding taxRounding,
    List<PricedLine> lines,
    Totals totals,
    List<TaxGroup> taxGroups,
    List<Installment> installments) {

  public InvoicePreview {
    lines = List.copyOf(lines);
    taxGroups = List.copyOf(taxGroups);
    installments = List.copyOf(installments);
  }
}
