package org.openar.collections;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CustomerId;

/**
 * A customer's collections settings: strategy and collector overrides (null: the rules decide), a time zone for quiet
 * hours (null: the company's), a dunning block (reason and last day; dunning resumes the day after), the next action a
 * collector planned, and the contacts' opt-outs.
 */
public record CustomerProfile(
    CustomerId customerId,
    StrategyId strategyId,
    UUID collectorId,
    ZoneId timeZone,
    String blockReason,
    LocalDate blockedUntil,
    String blockedBy,
    Instant blockedAt,
    LocalDate nextActionDate,
    List<OptOut> optOuts,
    long version) {

  public CustomerProfile {
    optOuts = optOuts == null ? List.of() : List.copyOf(optOuts);
  }

  public static CustomerProfile empty(CustomerId id) {
    return new CustomerProfile(id, null, null, null, null, null, null, null, null, List.of(), 0);
  }

  public boolean blockedOn(LocalDate date) {
    return blockReason != null && (blockedUntil == null || !date.isAfter(blockedUntil));
  }

  /** A contact who does not want to be reached on a channel. */
  public record OptOut(UUID contactId, ContactChannel channel, String reason, String createdBy, Instant createdAt) {}
}
