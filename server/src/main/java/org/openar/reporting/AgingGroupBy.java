package org.openar.reporting;

import java.util.Locale;
import org.openar.shared.error.OpenArException;

/** What the rows of an aging report stand for. */
public enum AgingGroupBy {
  CUSTOMER("customer"),
  SALES_REP("sales-rep"),
  COMPANY("company"),
  CURRENCY("currency");

  private final String code;

  AgingGroupBy(String code) {
    this.code = code;
  }

  /** The name used in URLs and on the command line: customer, sales-rep, company, currency. */
  public String code() {
    return code;
  }

  /** Parses {@code sales-rep}, {@code SALES_REP}, {@code salesRep} alike; null or blank gives CUSTOMER. */
  public static AgingGroupBy parse(String text) {
    if (text == null || text.isBlank()) {
      return CUSTOMER;
    }
    String t = text.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    for (AgingGroupBy g : values()) {
      if (g.code.replace("-", "").equals(t)) {
        return g;
      }
    }
    throw new OpenArException(ReportingError.REPORTING_INVALID_GROUPING, text).onField("by");
  }
}
