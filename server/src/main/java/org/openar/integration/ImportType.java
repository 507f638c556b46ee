package org.openar.integration;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file holds. CUSTOMERS: the customer master with a contact, a bank account and a billing address per row.
 * OPEN_INVOICES: invoices posted as open INVOICE items. SETTLED_INVOICES: history, each row an invoice and its full
 * payment on the settled date. PAYMENTS: receipts, optionally allocated to the invoice numbers they pay.
 */
public enum ImportType {
  CUSTOMERS("customers"),
  OPEN_INVOICES("open-invoices"),
  SETTLED_INVOICES("settled-invoices"),
  PAYMENTS("payments");

  private final String cliName;

  ImportType(String cliName) {
    this.cliName = cliName;
  }

  /** The name on the command line ({@code open-invoices}). */
  public String cliName() {
    return cliName;
  }

  /** Accepts the CLI name or the constant, in any case. */
  public static Optional<ImportType> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values()).filter(v -> v.cliName.equals(t)).findFirst();
  }
}
