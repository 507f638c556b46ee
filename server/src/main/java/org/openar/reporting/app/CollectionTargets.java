package org.openar.reporting.app;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.openar.audit.AuditTrail;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.reporting.CollectionTarget;
import org.openar.reporting.ReportingError;
import org.openar.reporting.persistence.CollectionTargetRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.Money;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Monthly collections targets: read, set and removed with an audit record. */
@Component
public class CollectionTargets {

  static final YearMonth EARLIEST = YearMonth.of(2000, 1);
  static final YearMonth LATEST = YearMonth.of(2099, 12);
  private static final int MAX_MONTHS = 120;

  private final CollectionTargetRepository repository;
  private final CompanyResolver companies;
  private final AuditTrail audit;
  private final Clock clock;

  public CollectionTargets(CollectionTargetRepository repository, CompanyResolver companies, AuditTrail audit,
      Clock clock) {
    this.repository = repository;
    this.companies = companies;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<CollectionTarget> between(CompanyId company, YearMonth from, YearMonth to) {
    CompanyView c = companies.resolve(company);
    check(from, "from");
    check(to, "to");
    if (from.isAfter(to) || from.plusMonths(MAX_MONTHS).isBefore(to)) {
      throw new OpenArException(ReportingError.REPORTING_INVALID_PERIOD, from, to).onField("from");
    }
    return repository.between(c.id(), from, to);
  }

  @Transactional(readOnly = true)
  public Optional<CollectionTarget> of(CompanyId company, YearMonth month) {
    return repository.find(company, month);
  }

  @Transactional
  public CollectionTarget set(CompanyId company, YearMonth month, Money amount) {
    CompanyView c = companies.resolve(company);
    check(month, "month");
    if (amount == null || !amount.isPositive()) {
      throw new OpenArException(ReportingError.REPORTING_TARGET_NOT_POSITIVE).onField("amount");
    }
    if (!amount.currency().equals(c.baseCurrency())) {
      throw new OpenArException(ReportingError.REPORTING_TARGET_CURRENCY, amount.currency(), c.baseCurrency())
          .onField("amount");
    }
    Optional<CollectionTarget> before = repository.find(c.id(), month);
    CollectionTarget target = new CollectionTarget(c.id(), month, amount, clock.instant(),
        CurrentActor.get().username());
    repository.upsert(target);
    audit.record("reporting.collection-target", key(c.id(), month), before.isPresent() ? "changed" : "set",
        before.map(CollectionTargets::state).orElse(null), state(target));
    return target;
  }

  @Transactional
  public void delete(CompanyId company, YearMonth month) {
    CompanyView c = companies.resolve(company);
    CollectionTarget before = repository.find(c.id(), month).orElseThrow(() ->
        new OpenArException(ReportingError.REPORTING_TARGET_NOT_FOUND, month));
    repository.delete(c.id(), month);
    audit.record("reporting.collection-target", key(c.id(), month), "deleted", state(before), null);
  }

  private static void check(YearMonth month, String field) {
    if (month == null || month.isBefore(EARLIEST) || month.isAfter(LATEST)) {
      throw new OpenArException(ReportingError.REPORTING_INVALID_MONTH, String.valueOf(month)).onField(field);
    }
  }

  private static String key(CompanyId company, YearMonth month) {
    return company.value() + "/" + month;
  }

  private static java.util.Map<String, Object> state(CollectionTarget t) {
    return java.util.Map.of("month", t.month().toString(), "amount", t.amount());
  }
}
