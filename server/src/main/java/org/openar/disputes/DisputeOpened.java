package org.openar.disputes;

import java.time.Instant;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;

/** An item is contested from now on; collections leaves it out of dunning until {@link DisputeResolved}. */
public record DisputeOpened(DisputeId disputeId, ItemId itemId, CustomerId customerId, DisputeReason reason,
    Instant openedAt) {}
