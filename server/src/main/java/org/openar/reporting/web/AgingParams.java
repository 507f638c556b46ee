package org.openar.reporting.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.ledger.AgingBuckets;
import org.openar.reporting.AgingGroupBy;
import org.openar.reporting.AgingRequest;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The query parameters every aging endpoint shares, bound by Spring from the URL: {@code asOf} (ISO date, default
 * today), {@code basis} (due | document), {@code buckets} (upper bounds in days, e.g. {@code 30,60,90,180}),
 * {@code by} (customer | sales-rep | company | currency), {@code companyId}, {@code currency}, {@code convert}.
 */
public record AgingParams(@DateTimeFormat(iso = ISO.DATE) LocalDate asOf, String basis, String buckets, String by,
    UUID companyId, String currency, Boolean convert) {

  AgingRequest request() {
    CurrencyCode ccy = null;
    if (currency != null && !currency.isBlank()) {
      try {
        ccy = CurrencyCode.of(currency.trim().toUpperCase(Locale.ROOT));
      } catch (OpenArException e) {
        throw e.onField("currency");
      }
    }
    return new AgingRequest(asOf, AgingRequest.parseBasis(basis), AgingBuckets.parse(buckets), AgingGroupBy.parse(by),
        companyId == null ? null : new CompanyId(companyId), ccy, Boolean.TRUE.equals(convert));
  }
}
