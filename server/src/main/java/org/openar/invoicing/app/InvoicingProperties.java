package org.openar.invoicing.app;

import org.openar.invoicing.TaxRounding;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Invoicing settings.
 *
 * @param invoicePrefix prefix of invoice numbers (default {@code INV}: INV-2026-000123)
 * @param creditNotePrefix prefix of credit-note numbers (default {@code CN})
 * @param numberDigits the sequence part's zero-padded width (default 6)
 * @param defaultTaxRounding the tax rounding of a draft that names none (default CN_VAT_HALF_UP, 四舍五入)
 * @param bulkLimit the most invoices one bulk action takes (default 200)
 * @param exportLimit the most rows one CSV export writes (default 100,000)
 */
@ConfigurationProperties("openar.invoicing")
public record InvoicingProperties(String invoicePrefix, String creditNotePrefix, Integer numberDigits,
    TaxRounding defaultTaxRounding, Integer bulkLimit, Integer exportLimit) {

  public InvoicingProperties {
    invoicePrefix = invoicePrefix == null || invoicePrefix.isBlank() ? "INV" : invoicePrefix.trim();
    creditNotePrefix = creditNotePrefix == null || creditNotePrefix.isBlank() ? "CN" : creditNotePrefix.trim();
    numberDigits = numberDigits == null ? 6 : numberDigits;
    defaultTaxRounding = defaultTaxRounding == null ? TaxRounding.CN_VAT_HALF_UP : defaultTaxRounding;
    bulkLimit = bulkLimit == null ? 200 : bulkLimit;
    exportLimit = exportLimit == null ? 100_000 : exportLimit;
  }
}
