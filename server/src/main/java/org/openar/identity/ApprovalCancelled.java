package org.openar.identity;

import java.time.Instant;
import java.util.UUID;
import org.openar.shared.money.Money;

/** The requester withdrew a pending request; the requesting module releases whatever it held for it. */
public record ApprovalCancelled(ApprovalId approvalId, String type, String subjectType, String subjectId, Money amount,
    String payload, UUID requestedBy, String reason, Instant cancelledAt) {}
