package org.openar.reporting.app;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.ledger.FxRates;
import org.openar.ledger.FxTable;
import org.openar.ledger.LedgerReports;
import org.openar.ledger.PeriodActivity;
import org.openar.reporting.CollectionTarget;
import org.openar.reporting.Dashboard;
import org.openar.reporting.KpiMonth;
import org.openar.reporting.KpiTrend;
import org.openar.reporting.Kpis;
import org.openar.reporting.ReportingError;
import org.openar.reporting.domain.TrendCalculator;
import org.openar.reporting.domain.TrendCalculator.Point;
import org.openar.reporting.domain.TrendCalculator.Series;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * KPIs: one SQL aggregation of the ledger's activity per currency and month ({@link LedgerReports#periodActivity}),
 * 24 months more than shown so the countback DSO has history, then {@link TrendCalculator}.
 */
@Service
public class KpiService implements Kpis {

  static final int COUNTBACK_MONTHS = 24;

  private final LedgerReports ledger;
  private final FxRates fx;
  private final BusinessCalendar calendar;
  private final CompanyResolver companies;
  private final CollectionTargets targets;
  private final DashboardAssembler dashboards;

  public KpiService(LedgerReports ledger, FxRates fx, BusinessCalendar calendar, CompanyResolver companies,
      CollectionTargets targets, DashboardAssembler dashboards) {
    this.ledger = ledger;
    this.fx = fx;
    this.calendar = calendar;
    this.companies = companies;
    this.targets = targets;
    this.dashboards = dashboards;
  }

  @Override
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Dashboard dashboard(CompanyId company) {
    CompanyView c = companies.resolve(company);
    KpiTrend trend = trend(c, 12);
    return dashboards.assemble(c, trend);
  }

  @Override
  @Transactional(readOnly = true)
  public KpiTrend trend(CompanyId company, int months) {
    if (months < 1 || months > MAX_MONTHS) {
      throw new OpenArException(ReportingError.REPORTING_INVALID_MONTHS, months, MAX_MONTHS).onField("months");
    }
    return trend(companies.resolve(company), months);
  }

  @Override
  public List<CollectionTarget> targets(CompanyId company, YearMonth from, YearMonth to) {
    return targets.between(company, from, to);
  }

  @Override
  public CollectionTarget setTarget(CompanyId company, YearMonth month, Money amount) {
    return targets.set(company, month, amount);
  }

  @Override
  public void deleteTarget(CompanyId company, YearMonth month) {
    targets.delete(company, month);
  }

  private KpiTrend trend(CompanyView c, int months) {
    LocalDate today = calendar.today();
    List<LocalDate> ends = periodEnds(today, months);
    Map<CurrencyCode, Series> series = new TreeMap<>(java.util.Comparator.comparing(CurrencyCode::code));
    for (PeriodActivity a : ledger.periodActivity(c.id(), ends)) {
      Series s = series.computeIfAbsent(a.currency(), x -> Series.empty(ends.size()));
      int k = a.period();
      s.net()[k] = a.net().minor();
      s.sales()[k] = a.sales().minor();
      s.cash()[k] = a.cash().minor();
      s.debitPosted()[k] = a.debitPosted().minor();
      s.debitSettled()[k] = a.debitSettled().minor();
      s.overdue()[k] = a.overdue().minor();
    }
    CurrencyCode base = c.baseCurrency();
    Map<Integer, FxTable> tables = new HashMap<>();
    TrendCalculator.Converter converter = (ccy, minor, k) -> ccy.equals(base) || minor == 0 ? minor
        : tables.computeIfAbsent(k, p -> fx.table(base, ends.get(p))).convert(Money.ofMinor(minor, ccy)).minor();
    List<KpiMonth> result = new ArrayList<>();
    for (Point p : TrendCalculator.compute(ends, series, converter, ends.size() - months)) {
      result.add(new KpiMonth(YearMonth.from(p.end()), p.end(), money(p.receivables(), base),
          money(p.openDebit(), base), money(p.overdue(), base), p.overdueRatio(), money(p.sales(), base),
          money(p.collected(), base), p.dsoStandard(), p.dsoCountback(), p.cei()));
    }
    return new KpiTrend(c.id(), base, today, result);
  }

  /**
   * The ends of the periods: everything up to the end of the month before the countback history (period 0), then one
   * period per month, the last one ending today.
   */
  static List<LocalDate> periodEnds(LocalDate today, int months) {
    YearMonth current = YearMonth.from(today);
    List<LocalDate> ends = new ArrayList<>();
    for (YearMonth m = current.minusMonths(months + COUNTBACK_MONTHS); m.isBefore(current); m = m.plusMonths(1)) {
      ends.add(m.atEndOfMonth());
    }
    ends.add(today);
    return ends;
  }

  private static Money money(long minor, CurrencyCode ccy) {
    return Money.ofMinor(minor, ccy);
  }
}
