package org.openar.collections.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openar.collections.ComplianceSettings;
import org.openar.collections.CustomerProfile;
import org.openar.collections.RunId;
import org.openar.collections.StrategyView;
import org.openar.collections.persistence.AssignmentRuleRepository;
import org.openar.collections.persistence.LedgerReader;
import org.openar.collections.persistence.ProfileRepository;
import org.openar.collections.persistence.StrategyRepository;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerId;
import org.openar.customers.Customers;
import org.openar.ledger.FxRates;
import org.openar.notifications.Channel;
import org.openar.notifications.Notifications;
import org.openar.notifications.Suppression;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Component;

/** Reads what a run needs: once per run ({@link RunContext}) and in bulk per batch of customers. */
@Component
class RunLoader {

  private final StrategyRepository strategies;
  private final ProfileRepository profiles;
  private final AssignmentRuleRepository rules;
  private final LedgerReader ledger;
  private final Customers customers;
  private final Notifications notifications;
  private final FxRates fxRates;
  private final CaseAssembler assembler;
  private final CollectionsProperties properties;
  private final BusinessCalendar calendar;
  private final Clock clock;

  RunLoader(StrategyRepository strategies, ProfileRepository profiles, AssignmentRuleRepository rules,
      LedgerReader ledger, Customers customers, Notifications notifications, FxRates fxRates,
      CaseAssembler assembler, CollectionsProperties properties, BusinessCalendar calendar, Clock clock) {
    this.strategies = strategies;
    this.profiles = profiles;
    this.rules = rules;
    this.ledger = ledger;
    this.customers = customers;
    this.notifications = notifications;
    this.fxRates = fxRates;
    this.assembler = assembler;
    this.properties = properties;
    this.calendar = calendar;
    this.clock = clock;
  }

  RunContext context(RunId run, LocalDate asOf, boolean dryRun) {
    List<StrategyView> all = strategies.current(null);
    Map<CompanyId, CompanyView> companies = customers.companies().stream()
        .collect(Collectors.toMap(CompanyView::id, Function.identity()));
    Map<CompanyId, ComplianceSettings> compliance = new HashMap<>();
    companies.keySet().forEach(c -> compliance.put(c, profiles.compliance(c).orElse(properties.compliance())));
    return new RunContext(run, asOf, clock.instant(), dryRun, asOf.isBefore(calendar.today()), all,
        all.stream().collect(Collectors.toMap(StrategyView::id, Function.identity())), companies, compliance,
        suppressed(Channel.EMAIL), suppressed(Channel.SMS), rules.all(), RunContext.fxCache(), new RunTimings());
  }

  /** The customers a run looks at: those with debits open on its date and due within its horizon. */
  List<CustomerId> candidates(RunContext ctx, CompanyId company, List<CustomerId> only) {
    List<CustomerId> all = ledger.customersWithOpenDebits(ctx.asOf(), ctx.dueBy(), company);
    if (only.isEmpty()) {
      return all;
    }
    Set<CustomerId> wanted = new HashSet<>(only);
    return all.stream().filter(wanted::contains).toList();
  }

  List<LoadedCustomer> load(RunContext ctx, List<CustomerId> batch) {
    long t0 = System.nanoTime();
    Map<CustomerId, CustomerDetail> details = customers.details(batch);
    ctx.timings().add("load.customers", t0);
    long t1 = System.nanoTime();
    var items = ledger.openDebits(batch, ctx.asOf(), ctx.dueBy(), ctx.historical());
    ctx.timings().add("load.items", t1);
    long t2 = System.nanoTime();
    Map<CustomerId, CustomerProfile> stored = profiles.profiles(batch);
    CaseAssembler.Batch data = assembler.batch(ctx, batch, items);
    ctx.timings().add("load.state", t2);
    List<LoadedCustomer> out = new ArrayList<>(batch.size());
    for (CustomerId id : batch) {
      CustomerDetail d = details.get(id);
      if (d != null) {
        CustomerProfile p = stored.getOrDefault(id, CustomerProfile.empty(id));
        out.add(assembler.assemble(ctx, data, d, p, fx(ctx, ctx.companies().get(d.customer().companyId()))));
      }
    }
    return out;
  }

  private Optional<org.openar.ledger.FxTable> fx(RunContext ctx, CompanyView company) {
    if (company == null) {
      return Optional.empty();
    }
    return ctx.fx().computeIfAbsent(company.baseCurrency(),
        c -> Optional.of(fxRates.table(c, ctx.asOf())));
  }

  private Set<String> suppressed(Channel channel) {
    Set<String> out = new HashSet<>();
    for (int page = 0; ; page++) {
      Page<Suppression> p = notifications.suppressions(channel, null, PageQuery.of(page, PageQuery.MAX_SIZE));
      p.items().forEach(s -> out.add(s.address()));
      if ((long) (page + 1) * PageQuery.MAX_SIZE >= p.total()) {
        return out;
      }
    }
  }
}
