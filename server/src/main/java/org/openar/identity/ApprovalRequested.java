package org.openar.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.openar.shared.money.Money;
import org.openar.shared.security.Role;

/** A request entered the checkers' queue (for notifications: who may decide it). */
public record ApprovalRequested(ApprovalId approvalId, String type, String subjectType, String subjectId,
    String summary, Money amount, Set<Role> deciderRoles, UUID requestedBy, Instant requestedAt) {}
