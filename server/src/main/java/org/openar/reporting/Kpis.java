package org.openar.reporting;

import java.time.YearMonth;
import java.util.List;
import org.openar.customers.CompanyId;
import org.openar.shared.money.Money;

/**
 * KPIs and the dashboard, per company in its base currency; a SALES_REP gets the figures of its own customers.
 * {@code company} null means the only company (REPORTING_COMPANY_REQUIRED when there are several). Amounts in other
 * currencies are converted at the rates in force on each figure's date; a missing rate is LEDGER_FX_RATE_MISSING.
 */
public interface Kpis {

  int MAX_MONTHS = 36;

  Dashboard dashboard(CompanyId company);

  /** The last {@code months} months (1..36), the current one to date. */
  KpiTrend trend(CompanyId company, int months);

  /** The targets of the months from {@code from} to {@code to} (inclusive) that have one. */
  List<CollectionTarget> targets(CompanyId company, YearMonth from, YearMonth to);

  /** Sets a month's target (positive, in the company's base currency); audited. */
  CollectionTarget setTarget(CompanyId company, YearMonth month, Money amount);

  /** Removes a month's target; audited. @throws org.openar.shared.error.OpenArException REPORTING_TARGET_NOT_FOUND */
  void deleteTarget(CompanyId company, YearMonth month);
}
