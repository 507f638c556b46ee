package org.openar.collections.app;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.openar.collections.CustomerProfile;
import org.openar.collections.RiskScores;
import org.openar.collections.ScoreBreakdown;
import org.openar.collections.TaskView;
import org.openar.collections.WorklistEntry;
import org.openar.collections.domain.OpenItem;
import org.openar.collections.domain.PriorityScore;
import org.openar.collections.persistence.LedgerReader;
import org.openar.collections.persistence.ProfileRepository;
import org.openar.collections.persistence.ProgressRepository;
import org.openar.collections.persistence.PromiseRepository;
import org.openar.collections.persistence.TaskRepository;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.ledger.FxRates;
import org.openar.ledger.FxTable;
import org.openar.shared.money.Money;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Builds worklist lines: overdue figures, promises, tasks, next action and the score with its breakdown. */
@Component
class WorklistBuilder {

  private final LedgerReader ledger;
  private final Customers customers;
  private final ProfileRepository profiles;
  private final PromiseRepository promises;
  private final ProgressRepository progress;
  private final TaskRepository tasks;
  private final FxRates fx;
  private final ObjectProvider<RiskScores> risk;
  private final BusinessCalendar calendar;

  WorklistBuilder(LedgerReader ledger, Customers customers, ProfileRepository profiles, PromiseRepository promises,
      ProgressRepository progress, TaskRepository tasks, FxRates fx, ObjectProvider<RiskScores> risk,
      BusinessCalendar calendar) {
    this.ledger = ledger;
    this.customers = customers;
    this.profiles = profiles;
    this.promises = promises;
    this.progress = progress;
    this.tasks = tasks;
    this.fx = fx;
    this.risk = risk;
    this.calendar = calendar;
  }

  List<WorklistEntry> entries(Collection<CustomerId> ids, Map<CustomerId, UUID> collectors) {
    LocalDate today = calendar.today();
    Map<CustomerId, CustomerDetail> details = customers.details(ids);
    Map<CustomerId, List<OpenItem>> overdue = ledger.overdueToday(ids, today);
    Map<CustomerId, CustomerProfile> stored = profiles.profiles(ids);
    Map<CustomerId, int[]> outcomes = promises.outcomes(ids, today.minusYears(1));
    Map<CustomerId, Integer> openPromises = openPromises(ids);
    Map<CustomerId, List<TaskView>> open = tasks.open(ids);
    Map<CustomerId, ProgressRepository.ContactStats> contacts = progress.contactStats(ids, today, 365);
    Map<org.openar.shared.money.CurrencyCode, FxTable> tables = new java.util.HashMap<>();
    List<WorklistEntry> out = new ArrayList<>();
    for (CustomerId id : ids) {
      CustomerDetail d = details.get(id);
      if (d == null) {
        continue;
      }
      CustomerView c = d.customer();
      CompanyView company = customers.getCompany(c.companyId());
      FxTable table = tables.computeIfAbsent(company.baseCurrency(), cur -> fx.table(cur, today));
      List<OpenItem> items = overdue.getOrDefault(id, List.of());
      CustomerProfile p = stored.getOrDefault(id, CustomerProfile.empty(id));
      int broken = outcomes.getOrDefault(id, new int[] {0, 0})[1];
      int maxDays = items.stream().mapToInt(i -> (int) ChronoUnit.DAYS.between(i.dueDate(), today)).max().orElse(0);
      Money inBase = inCompanyCurrency(items, table);
      ScoreBreakdown score = PriorityScore.of(inBase, maxDays, broken, riskOf(id));
      var last = contacts.get(id);
      out.add(new WorklistEntry(id, c.code(), c.displayName(true), c.tier(), d.region(), c.salesRepId(),
          collectors.get(id), perCurrency(items), inBase, maxDays, items.size(), openPromises.getOrDefault(id, 0),
          broken, last == null ? null : last.last(), p.nextActionDate(), open.getOrDefault(id, List.of()),
          p.blockedOn(today), score));
    }
    return out;
  }

  private Optional<java.math.BigDecimal> riskOf(CustomerId id) {
    RiskScores scores = risk.getIfAvailable();
    return scores == null ? Optional.empty() : scores.score(id);
  }

  private Map<CustomerId, Integer> openPromises(Collection<CustomerId> ids) {
    return promises.openCounts(ids);
  }

  private static Money inCompanyCurrency(List<OpenItem> items, FxTable table) {
    Money total = Money.zero(table.target());
    for (OpenItem i : items) {
      if (table.canConvert(i.open().currency())) {
        total = total.plus(table.convert(i.open()));
      }
    }
    return total;
  }

  private static List<Money> perCurrency(List<OpenItem> items) {
    Map<String, Money> sums = new TreeMap<>();
    items.forEach(i -> sums.merge(i.open().currency().code(), i.open(), Money::plus));
    return List.copyOf(sums.values());
  }

  static Comparator<WorklistEntry> order(String field, boolean descending) {
    Comparator<WorklistEntry> c = switch (field == null ? "score" : field) {
      case "overdue" -> Comparator.comparing(WorklistEntry::overdueInCompanyCurrency, Comparator.nullsFirst(
          Comparator.comparing(Money::amount)));
      case "days" -> Comparator.comparingInt(WorklistEntry::maxDaysOverdue);
      case "nextAction" -> Comparator.comparing(WorklistEntry::nextActionDate,
          Comparator.nullsLast(Comparator.naturalOrder()));
      case "name" -> Comparator.comparing(WorklistEntry::name);
      default -> Comparator.comparing(e -> e.score().total());
    };
    return (descending ? c.reversed() : c).thenComparing(WorklistEntry::code);
  }
}
