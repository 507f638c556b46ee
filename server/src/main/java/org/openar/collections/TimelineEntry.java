package org.openar.collections;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One event of a customer's collections history: a dunning decision, a message and its delivery state, an activity,
 * a promise, a dispute, a placement, a charge, a block. {@code kind} says which; {@code summary} holds its figures.
 */
public record TimelineEntry(Instant at, String kind, UUID refId, String title, String by, Map<String, Object> summary) {

  public TimelineEntry {
    summary = summary == null ? Map.of() : Map.copyOf(summary);
  }
}
