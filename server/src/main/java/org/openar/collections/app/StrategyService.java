package org.openar.collections.app;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openar.audit.AuditTrail;
import org.openar.collections.CollectionsError;
import org.openar.collections.CustomerProfile;
import org.openar.collections.DunningStrategies;
import org.openar.collections.StrategyDraft;
import org.openar.collections.StrategyId;
import org.openar.collections.StrategyStep;
import org.openar.collections.StrategyView;
import org.openar.collections.domain.StrategyRules;
import org.openar.collections.domain.StrategySelector;
import org.openar.collections.persistence.ProfileRepository;
import org.openar.collections.persistence.StrategyRepository;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class StrategyService implements DunningStrategies {

  private final StrategyRepository strategies;
  private final ProfileRepository profiles;
  private final TemplateCheck templateCheck;
  private final Customers customers;
  private final AuditTrail audit;
  private final Clock clock;

  public StrategyService(StrategyRepository strategies, ProfileRepository profiles, TemplateCheck templateCheck,
      Customers customers, AuditTrail audit, Clock clock) {
    this.strategies = strategies;
    this.profiles = profiles;
    this.templateCheck = templateCheck;
    this.customers = customers;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<StrategyView> list(CompanyId company) {
    if (company != null) {
      customers.getCompany(company);
    }
    return strategies.current(company);
  }

  @Override
  @Transactional(readOnly = true)
  public StrategyView get(StrategyId id) {
    return strategies.find(id, null).orElseThrow(() -> notFound(id));
  }

  @Override
  @Transactional(readOnly = true)
  public List<StrategyView> versions(StrategyId id) {
    get(id);
    return strategies.versions(id);
  }

  @Override
  @Transactional
  public StrategyView create(CompanyId company, String code, StrategyDraft draft) {
    if (code == null || !code.matches("[a-z0-9][a-z0-9._-]{0,39}")) {
      throw new OpenArException(CollectionsError.COLLECTIONS_STRATEGY_INVALID_CODE, String.valueOf(code))
          .onField("code");
    }
    if (company != null) {
      customers.getCompany(company);
    }
    List<StrategyStep> steps = validated(draft);
    StrategyId id = new StrategyId(Ids.newId());
    Instant now = clock.instant();
    if (!strategies.create(id, company, code, draft, now)) {
      throw new OpenArException(CollectionsError.COLLECTIONS_STRATEGY_CODE_TAKEN, code).onField("code");
    }
    strategies.addVersion(id, 1, draft, steps, CurrentActor.get().username(), now);
    StrategyView view = get(id);
    audit.record("collections.strategy", id.toString(), "created", null, view);
    return view;
  }

  @Override
  @Transactional
  public StrategyView update(StrategyId id, int baseVersion, StrategyDraft draft) {
    int current = strategies.lock(id).orElseThrow(() -> notFound(id));
    if (current != baseVersion) {
      throw new OpenArException(CollectionsError.COLLECTIONS_STRATEGY_STALE_VERSION, baseVersion, current)
          .onField("baseVersion");
    }
    List<StrategyStep> steps = validated(draft);
    StrategyView before = get(id);
    Instant now = clock.instant();
    strategies.addVersion(id, current + 1, draft, steps, CurrentActor.get().username(), now);
    strategies.setHead(id, current + 1, draft, now);
    StrategyView after = get(id);
    audit.record("collections.strategy", id.toString(), "version-added", before, after);
    return after;
  }

  @Override
  @Transactional
  public StrategyView setActive(StrategyId id, boolean active) {
    strategies.lock(id).orElseThrow(() -> notFound(id));
    StrategyView before = get(id);
    strategies.setActive(id, active, clock.instant());
    StrategyView after = get(id);
    audit.record("collections.strategy", id.toString(), active ? "activated" : "deactivated", before, after);
    return after;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<StrategyView> forCustomer(CustomerId id) {
    CustomerView customer = customers.get(id);
    StrategyId override = profiles.find(id).map(CustomerProfile::strategyId).orElse(null);
    if (override != null) {
      return strategies.find(override, null);
    }
    return StrategySelector.select(strategies.current(customer.companyId()), customer.companyId(), customer.tier(),
        customer.tags());
  }

  private List<StrategyStep> validated(StrategyDraft draft) {
    List<FieldViolation> violations = new ArrayList<>(StrategyRules.check(draft));
    violations.addAll(templateCheck.check(draft.steps()));
    if (!violations.isEmpty()) {
      violations.sort(java.util.Comparator.comparingInt(StrategyService::stepIndex));
      throw OpenArException.invalid(violations);
    }
    return StrategyRules.ordered(draft.steps());
  }

  /** Problems in field order: the strategy's own fields first, then step by step. */
  private static int stepIndex(FieldViolation v) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^steps\\[(\\d+)]").matcher(v.field());
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  private static OpenArException notFound(StrategyId id) {
    return new OpenArException(CollectionsError.COLLECTIONS_STRATEGY_NOT_FOUND, id);
  }
}
