package org.openar.identity;

import java.time.Instant;
import java.util.UUID;
import org.openar.shared.money.Money;

/**
 * A checker approved a request: the requesting module now carries out the action, in its own
 * {@code @ApplicationModuleListener} filtering on {@code type}. {@code payload} is the JSON object given at request time.
 */
public record ApprovalGranted(ApprovalId approvalId, String type, String subjectType, String subjectId, Money amount,
    String payload, UUID requestedBy, UUID decidedBy, String comment, Instant decidedAt) {}
