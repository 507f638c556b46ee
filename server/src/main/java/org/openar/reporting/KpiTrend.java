package org.openar.reporting;

import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CompanyId;
import org.openar.shared.money.CurrencyCode;

/** Monthly KPIs of a company, oldest month first, the last one the current month to date. */
public record KpiTrend(CompanyId companyId, CurrencyCode currency, LocalDate asOf, List<KpiMonth> months) {

  public KpiTrend {
    months = List.copyOf(months);
  }

  public KpiMonth current() {
    return months.get(months.size() - 1);
  }
}
