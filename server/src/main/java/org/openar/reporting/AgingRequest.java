package org.openar.reporting;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.openar.customers.CompanyId;
import org.openar.ledger.AgingBasis;
import org.openar.ledger.AgingBuckets;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;

/**
 * An aging report's settings. {@code asOf} null means today; {@code companyId} and {@code currency} (optional) narrow
 * the items; {@code convert} turns every amount into its company's base currency at the rates in force on
 * {@code asOf}.
 */
public record AgingRequest(LocalDate asOf, AgingBasis basis, AgingBuckets buckets, AgingGroupBy groupBy,
    CompanyId companyId, CurrencyCode currency, boolean convert) {

  public AgingRequest {
    basis = basis == null ? AgingBasis.DUE_DATE : basis;
    buckets = buckets == null ? AgingBuckets.DEFAULT : buckets;
    groupBy = groupBy == null ? AgingGroupBy.CUSTOMER : groupBy;
  }

  public static AgingRequest defaults() {
    return new AgingRequest(null, null, null, null, null, null, false);
  }

  public AgingRequest on(LocalDate date) {
    return new AgingRequest(Objects.requireNonNull(date), basis, buckets, groupBy, companyId, currency, convert);
  }

  /** Parses {@code due} / {@code document} (also DUE_DATE, DOCUMENT_DATE); null or blank gives the due date. */
  public static AgingBasis parseBasis(String text) {
    if (text == null || text.isBlank()) {
      return AgingBasis.DUE_DATE;
    }
    return switch (text.trim().toLowerCase(Locale.ROOT).replace("-", "_")) {
      case "due", "due_date" -> AgingBasis.DUE_DATE;
      case "document", "document_date", "invoice", "invoice_date" -> AgingBasis.DOCUMENT_DATE;
      default -> throw new OpenArException(ReportingError.REPORTING_INVALID_BASIS, text).onField("basis");
    };
  }
}
