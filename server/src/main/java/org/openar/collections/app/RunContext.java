package org.openar.collections.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openar.collections.AssignmentRule;
import org.openar.collections.ComplianceSettings;
import org.openar.collections.RunId;
import org.openar.collections.StrategyId;
import org.openar.collections.StrategyView;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.ledger.FxTable;
import org.openar.shared.money.CurrencyCode;

/**
 * What a run reads once and keeps for all its batches: strategies, companies and their rules, suppressed addresses,
 * assignment rules, exchange rates.
 */
record RunContext(
    RunId runId,
    LocalDate asOf,
    Instant now,
    boolean dryRun,
    boolean historical,
    List<StrategyView> strategies,
    Map<StrategyId, StrategyView> strategiesById,
    Map<CompanyId, CompanyView> companies,
    Map<CompanyId, ComplianceSettings> compliance,
    Set<String> suppressedEmails,
    Set<String> suppressedPhones,
    List<AssignmentRule> rules,
    Map<CurrencyCode, Optional<FxTable>> fx,
    RunTimings timings) {

  /** How far ahead items are read: the earliest pre-due reminder of any strategy. */
  LocalDate dueBy() {
    int lead = strategies.stream().flatMap(s -> s.steps().stream()).mapToInt(s -> Math.max(0, -s.offsetDays()))
        .max().orElse(0);
    return asOf.plusDays(lead);
  }

  static Map<CurrencyCode, Optional<FxTable>> fxCache() {
    return new java.util.concurrent.ConcurrentHashMap<>();
  }
}
