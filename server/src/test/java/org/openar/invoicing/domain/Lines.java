package org.openar.invoicing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.TaxRounding;
import org.openar.shared.money.CurrencyCode;

/** Fixture builders for invoice content: {@code line("Widget", "2", "10.00", "13")}. */
final class Lines {

  private Lines() {}

  static InvoiceDraft.Line line(String description, String qty, String price, String rate) {
    return new InvoiceDraft.Line(description, "pcs", new BigDecimal(qty), new BigDecimal(price), null,
        new BigDecimal(rate));
  }

  static InvoiceDraft.Line discounted(String qty, String price, String discount, String rate) {
    return new InvoiceDraft.Line("Discounted", null, new BigDecimal(qty), new BigDecimal(price),
        new BigDecimal(discount), new BigDecimal(rate));
  }

  static Pricing.Priced exclusive(TaxRounding rounding, InvoiceDraft.Line... lines) {
    return Pricing.price(List.of(lines), CurrencyCode.CNY, false, rounding);
  }

  static Pricing.Priced inclusive(TaxRounding rounding, InvoiceDraft.Line... lines) {
    return Pricing.price(List.of(lines), CurrencyCode.CNY, true, rounding);
  }

  static InvoiceDraft draft(String invoiceDate, List<InvoiceDraft.Line> lines, InvoiceDraft.Schedule schedule) {
    return new InvoiceDraft(null, new org.openar.customers.CustomerId(java.util.UUID.randomUUID()), "CNY",
        LocalDate.parse(invoiceDate), null, null, false, TaxRounding.CN_VAT_HALF_UP, null, null, lines, schedule);
  }
}
