package org.openar.cashapp.statement;

import java.util.Locale;

/** Bank statement formats OpenAR imports; {@link #cliName()} is the {@code --format} value. */
public enum StatementFormat {
  /** ISO 20022 bank-to-customer statement (end of day), versions 001.02 to 001.08 and later. */
  CAMT053,
  /** ISO 20022 debit/credit notification. */
  CAMT054,
  /** ISO 20022 intraday account report; same entry structure as camt.053. */
  CAMT052,
  /** SWIFT MT940 customer statement (and MT942 interim report). */
  MT940,
  /** BAI version 2 cash-management balance report. */
  BAI2,
  /** Comma-separated lines with a column mapping (default: the {@code openar match} contract columns). */
  CSV,
  /** An Excel workbook read with the same column mapping as CSV. */
  XLSX;

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isCamt() {
    return this == CAMT052 || this == CAMT053 || this == CAMT054;
  }

  public static StatementFormat fromCli(String name) {
    for (StatementFormat f : values()) {
      if (f.cliName().equalsIgnoreCase(name.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown statement format '" + name + "' (camt053, camt054, camt052, mt940, bai2, csv, xlsx)");
  }
}
