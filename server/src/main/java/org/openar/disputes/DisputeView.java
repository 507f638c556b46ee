package org.openar.disputes;

import java.time.Instant;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;

/**
 * A dispute on one ledger debit. {@code openAmount} is the item's open amount when the dispute was opened;
 * {@code documentNumber} is copied from the item for lists. Outcome and resolution fields are null while OPEN.
 */
public record DisputeView(
    DisputeId id,
    ItemId itemId,
    CustomerId customerId,
    CompanyId companyId,
    String documentNumber,
    Money openAmount,
    DisputeReason reason,
    String note,
    DisputeStatus status,
    String openedBy,
    Instant openedAt,
    DisputeOutcome outcome,
    String resolutionNote,
    String resolvedBy,
    Instant resolvedAt) {}
