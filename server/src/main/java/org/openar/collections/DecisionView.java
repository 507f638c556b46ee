package org.openar.collections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openar.customers.CustomerId;

/**
 * One recorded decision of a run. {@code level} and {@code stepName} name the strategy step (null for customer-wide
 * decisions such as a block); {@code detail} holds the reason's figures (cap, window, minimum, quiet hours...);
 * {@code messageKey} is the outbox idempotency key the message has (or would have, in a dry run).
 */
public record DecisionView(
    UUID id,
    RunId runId,
    LocalDate asOf,
    boolean dryRun,
    CustomerId customerId,
    String customerCode,
    String customerName,
    StepChannel channel,
    Integer level,
    String stepName,
    StrategyId strategyId,
    Integer strategyVersion,
    DecisionOutcome outcome,
    DecisionReason reason,
    Map<String, Object> detail,
    List<DecisionItem> items,
    UUID contactId,
    String recipient,
    String language,
    String templateKey,
    Instant notBefore,
    String messageKey,
    UUID messageId,
    TaskId taskId,
    Instant createdAt) {

  public DecisionView {
    detail = detail == null ? Map.of() : Map.copyOf(detail);
    items = List.copyOf(items);
  }
}
