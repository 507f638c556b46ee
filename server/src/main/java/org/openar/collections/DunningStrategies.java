package org.openar.collections;

import java.util.List;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;

/**
 * Dunning strategies as data. Every save is a new version; runs record the version they acted on, so a change never
 * rewrites what was sent already, and items keep the progress they made (by offset) under the new version. Saving
 * checks every message step against its notifications template: it must exist, not be archived, offer the step's
 * channel, and use only variables dunning supplies.
 */
public interface DunningStrategies {

  /** Active and inactive strategies of a company plus the shared defaults; {@code company} null: all. */
  List<StrategyView> list(CompanyId company);

  /** @throws org.openar.shared.error.OpenArException COLLECTIONS_STRATEGY_NOT_FOUND */
  StrategyView get(StrategyId id);

  List<StrategyView> versions(StrategyId id);

  /** {@code company} null: a default for every company. {@code code} is a stable unique key ("standard"). */
  StrategyView create(CompanyId company, String code, StrategyDraft draft);

  /** @throws org.openar.shared.error.OpenArException COLLECTIONS_STRATEGY_STALE_VERSION */
  StrategyView update(StrategyId id, int baseVersion, StrategyDraft draft);

  StrategyView setActive(StrategyId id, boolean active);

  /** The strategy a customer is dunned with today: its override, else the best match; empty when none applies. */
  java.util.Optional<StrategyView> forCustomer(CustomerId customer);
}
