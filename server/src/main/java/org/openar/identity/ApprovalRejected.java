package org.openar.identity;

import java.time.Instant;
import java.util.UUID;
import org.openar.shared.money.Money;

/** A checker rejected a request (with a reason); the requesting module releases whatever it held for it. */
public record ApprovalRejected(ApprovalId approvalId, String type, String subjectType, String subjectId, Money amount,
    String payload, UUID requestedBy, UUID decidedBy, String comment, Instant decidedAt) {}
