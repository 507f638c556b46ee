package org.openar.disputes;

import java.time.Instant;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;

/** A dispute was decided; the item is dunned again if it is still open. */
public record DisputeResolved(DisputeId disputeId, ItemId itemId, CustomerId customerId, DisputeOutcome outcome,
    Instant resolvedAt) {}
