package org.openar.identity.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.openar.identity.ApprovalDecision;
import org.openar.identity.ApprovalId;
import org.openar.identity.ApprovalPolicy;
import org.openar.identity.ApprovalStatus;
import org.openar.identity.IdentityError;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.Money;
import org.openar.shared.security.Actor;
import org.openar.shared.security.Role;

/**
 * One maker-checker approval and its rules. Immutable: every transition returns the next state, so the service can
 * persist it with a guard on the previous status. {@code payload} is JSON text the requesting module gets back.
 */
public record Approval(ApprovalId id, String type, String subjectType, String subjectId, String summary, Money amount,
    String payload, ApprovalStatus status, Set<Role> deciderRoles, Party requester, Instant requestedAt,
    Party decider, Instant decidedAt, String comment, Instant cancelledAt, String cancelReason) {

  public static final int SUBJECT_MAX = 100;
  public static final int SUMMARY_MAX = 500;
  public static final int COMMENT_MAX = 2000;

  /** A user as recorded on the approval: id and the username at that time. */
  public record Party(UUID id, String name) {
    static Party of(Actor actor) {
      return new Party(actor.userId(), actor.username());
    }
  }

  public Approval {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(deciderRoles);
    deciderRoles = Collections.unmodifiableSet(roles); // enum order, so JSON and audit rows are stable
  }

  /** A new pending request by {@code requester}; the deciding roles are fixed now, from the policy and the amount. */
  public static Approval open(ApprovalId id, ApprovalPolicy policy, String subjectType, String subjectId,
      String summary, Money amount, String payload, Actor requester, Instant now) {
    String subjType = trimmed(subjectType);
    String subjId = trimmed(subjectId);
    if (subjType == null || subjId == null) {
      throw new OpenArException(IdentityError.IDENTITY_APPROVAL_SUBJECT_REQUIRED)
          .onField(subjType == null ? "subjectType" : "subjectId");
    }
    checkLength(subjType, "subjectType", SUBJECT_MAX);
    checkLength(subjId, "subjectId", SUBJECT_MAX);
    String text = trimmed(summary);
    if (text == null) {
      throw new OpenArException(IdentityError.IDENTITY_APPROVAL_SUMMARY_REQUIRED).onField("summary");
    }
    checkLength(text, "summary", SUMMARY_MAX);
    if (amount == null && policy.needsAmount()) {
      throw new OpenArException(IdentityError.IDENTITY_APPROVAL_AMOUNT_REQUIRED, policy.type()).onField("amount");
    }
    if (amount != null && !amount.isPositive()) {
      throw new OpenArException(org.openar.shared.error.SharedError.AMOUNT_NOT_POSITIVE, "amount").onField("amount");
    }
    return new Approval(id, policy.type(), subjType, subjId, text, amount, payload, ApprovalStatus.PENDING,
        policy.decidersFor(amount), Party.of(requester), now, null, null, null, null, null);
  }

  /** Approves or rejects; refuses the requester itself, the system, roles the policy does not name, a closed request. */
  public Approval decide(Actor actor, ApprovalDecision decision, String text, Instant now) {
    requirePending();
    if (actor.isSystem()) {
      throw new OpenArException(IdentityError.IDENTITY_APPROVAL_HUMAN_DECISION_REQUIRED);
    }
    if (actor.userId().equals(requester.id())) {
      throw new OpenArException(IdentityError.IDENTITY_APPROVAL_SELF_DECISION);
    }
    if (actor.roles().stream().noneMatch(deciderRoles::contains)) {
      throw new OpenArException(IdentityError.IDENTITY_APPROVAL_ROLE_NOT_ALLOWED, rolesText());
    }
    String why = trimmed(text);
    if (decision == ApprovalDecision.REJECT && why == null) {
      throw new OpenArException(IdentityError.IDENTITY_APPROVAL_COMMENT_REQUIRED).onField("comment");
    }
    checkLength(why, "comment", COMMENT_MAX);
    ApprovalStatus next = decision == ApprovalDecision.APPROVE ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED;
    return new Approval(id, type, subjectType, subjectId, summary, amount, payload, next, deciderRoles, requester,
        requestedAt, Party.of(actor), now, why, null, null);
  }

  /** Only the requester may withdraw its own request, and only while it is pending. */
  public Approval cancel(Actor actor, String reason, Instant now) {
    requirePending();
    if (!actor.userId().equals(requester.id())) {
      throw new OpenArException(IdentityError.IDENTITY_APPROVAL_NOT_REQUESTER);
    }
    String why = trimmed(reason);
    checkLength(why, "reason", COMMENT_MAX);
    return new Approval(id, type, subjectType, subjectId, summary, amount, payload, ApprovalStatus.CANCELLED,
        deciderRoles, requester, requestedAt, null, null, null, now, why);
  }

  private void requirePending() {
    if (status != ApprovalStatus.PENDING) {
      throw new OpenArException(IdentityError.IDENTITY_APPROVAL_NOT_PENDING, status.name());
    }
  }

  private String rolesText() {
    return String.join(", ", deciderRoles.stream().map(Role::name).sorted().toList());
  }

  private static String trimmed(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static void checkLength(String value, String field, int max) {
    if (value != null && value.length() > max) {
      throw new OpenArException(IdentityError.IDENTITY_TEXT_TOO_LONG, field, max).onField(field);
    }
  }
}
