package org.openar.collections;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.notifications.TemplatePreview;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;

/**
 * Dunning runs. A run as of a date decides, customer by customer, which step each open item has reached and sends one
 * communication per customer and channel at the highest level reached, within the compliance rules; every decision is
 * recorded with its reason. Each customer commits on its own and every message has a deterministic outbox key
 * ({@code dunning:<customer>:<level>:<date>:<channel>}), so a repeated run sends nothing twice and a run killed midway
 * resumes without duplicates or gaps. Only one non-dry run works at a time in the whole cluster (a PostgreSQL advisory
 * lock); a dry run writes nothing but its own decisions.
 */
public interface DunningRuns {

  /** Sort fields of {@link #decisions}. */
  java.util.Set<String> DECISION_SORT_FIELDS = java.util.Set.of("createdAt", "customerCode", "level", "outcome");

  /**
   * Runs now, synchronously.
   *
   * @throws org.openar.shared.error.OpenArException COLLECTIONS_RUN_IN_PROGRESS when another non-dry run holds the lock
   */
  RunView run(RunRequest request);

  /** The daily run for today if it has not completed yet and no other node runs it; empty when nothing was done. */
  Optional<RunView> runDailyIfDue();

  /** @throws org.openar.shared.error.OpenArException COLLECTIONS_RUN_NOT_FOUND */
  RunView get(RunId id);

  Page<RunView> history(Boolean dryRun, PageQuery page);

  Page<DecisionView> decisions(DecisionQuery query, PageQuery page);

  /** The message a SEND/DEFER decision queued (or would queue), rendered in both languages. */
  TemplatePreview preview(UUID decisionId);

  /**
   * @param asOf the business date dunned as (default today)
   * @param dryRun decide and record, but send, post and change nothing
   * @param companyId only this company's customers (optional)
   * @param customerIds only these customers (optional, at most 1,000)
   */
  record RunRequest(LocalDate asOf, boolean dryRun, CompanyId companyId, List<CustomerId> customerIds) {
    public RunRequest {
      customerIds = customerIds == null ? List.of() : List.copyOf(customerIds);
    }
  }

  /** Filters, every one optional. */
  record DecisionQuery(RunId runId, CustomerId customerId, DecisionOutcome outcome, DecisionReason reason,
      StepChannel channel) {}
}
