package org.openar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openar.identity.app.AccessRules;
import org.openar.identity.domain.Approval;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.Money;
import org.openar.shared.security.Access;
import org.openar.shared.security.Actor;
import org.openar.shared.security.Role;
import org.springframework.security.authentication.TestingAuthenticationToken;

/** The approval policy and state machine without Spring or a database. */
class ApprovalRulesTest {

  static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
  static final ApprovalPolicy WRITE_OFF = ApprovalPolicy.of("ledger.write-off", Role.CREDIT_MANAGER, Role.CONTROLLER)
      .above(Money.of("10000.00", "CNY"), Role.CONTROLLER)
      .above(Money.of("100000.00", "CNY"), Role.ADMIN);

  static Actor actor(Role... roles) {
    return new Actor(UUID.randomUUID(), "u", Set.of(roles));
  }

  static Approval pending(Actor requester, String amount) {
    return Approval.open(new ApprovalId(UUID.randomUUID()), WRITE_OFF, "ledger.item", "42", "write off",
        Money.of(amount, "CNY"), "{}", requester, NOW);
  }

  static String code(Runnable r) {
    try {
      r.run();
      return "none";
    } catch (OpenArException e) {
      return e.errorCode().code();
    }
  }

  @Test
  void theHighestThresholdPassedDecidesAndAnUnknownCurrencyGetsTheStrictest() {
    assertThat(WRITE_OFF.decidersFor(Money.of("10000.00", "CNY"))).containsExactly(Role.CREDIT_MANAGER, Role.CONTROLLER);
    assertThat(WRITE_OFF.decidersFor(Money.of("10000.01", "CNY"))).containsExactly(Role.CONTROLLER);
    assertThat(WRITE_OFF.decidersFor(Money.of("100000.01", "CNY"))).containsExactly(Role.ADMIN);
    assertThat(WRITE_OFF.decidersFor(Money.of("1.00", "USD"))).containsExactly(Role.ADMIN);
    assertThat(ApprovalPolicy.of("ledger.fee-waiver", Role.CONTROLLER).decidersFor(null)).containsExactly(Role.CONTROLLER);
  }

  @Test
  void policiesThatCouldNeverBeDecidedFailAtStart() {
    assertThatThrownBy(() -> ApprovalPolicy.of("ledger.write-off", Role.AR_CLERK)).hasMessageContaining("may decide");
    assertThatThrownBy(() -> ApprovalPolicy.of("ledger.write-off", Role.SALES_REP)).hasMessageContaining("may decide");
    assertThatThrownBy(() -> ApprovalPolicy.of("ledger.write-off")).hasMessageContaining("at least one");
    assertThatThrownBy(() -> ApprovalPolicy.of("WriteOff", Role.CONTROLLER)).hasMessageContaining("module.action");
    assertThatThrownBy(() -> ApprovalPolicy.of("ledger.write-off", Role.CONTROLLER)
        .above(Money.of("500.00", "CNY"), Role.CONTROLLER).above(Money.of("100.00", "CNY"), Role.ADMIN))
        .hasMessageContaining("lowest to highest");
  }

  @Test
  void theDecidingRolesAreExactlyThoseTheDecideEndpointLetsThrough() {
    AccessRules rules = new AccessRules();
    Set<Role> allowed = EnumSet.noneOf(Role.class);
    for (Role r : Role.values()) {
      if (rules.allows(Access.DECIDE_APPROVAL, new TestingAuthenticationToken("x", null, r.authority()))) {
        allowed.add(r);
      }
    }
    assertThat(allowed).isEqualTo(ApprovalPolicy.DECIDING_ROLES);
  }

  @Test
  void fourEyes() {
    Actor maker = actor(Role.CREDIT_MANAGER);
    Approval a = pending(maker, "500.00");
    assertThat(code(() -> a.decide(maker, ApprovalDecision.APPROVE, null, NOW)))
        .isEqualTo("IDENTITY_APPROVAL_SELF_DECISION");
    Actor sameUserOtherRoles = new Actor(maker.userId(), "u", Set.of(Role.CONTROLLER));
    assertThat(code(() -> a.decide(sameUserOtherRoles, ApprovalDecision.APPROVE, null, NOW)))
        .isEqualTo("IDENTITY_APPROVAL_SELF_DECISION");
    assertThat(code(() -> a.decide(Actor.SYSTEM, ApprovalDecision.APPROVE, null, NOW)))
        .isEqualTo("IDENTITY_APPROVAL_HUMAN_DECISION_REQUIRED");
    assertThat(code(() -> a.decide(actor(Role.ADMIN), ApprovalDecision.APPROVE, null, NOW)))
        .isEqualTo("IDENTITY_APPROVAL_ROLE_NOT_ALLOWED");
    Approval approved = a.decide(actor(Role.CONTROLLER, Role.AR_CLERK), ApprovalDecision.APPROVE, "  ok  ", NOW);
    assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
    assertThat(approved.comment()).isEqualTo("ok");
    assertThat(approved.decidedAt()).isEqualTo(NOW);
  }

  @Test
  void closedApprovalsStayClosed() {
    Actor maker = actor(Role.AR_CLERK);
    Approval rejected = pending(maker, "1.00").decide(actor(Role.CONTROLLER), ApprovalDecision.REJECT, "no", NOW);
    assertThat(code(() -> rejected.decide(actor(Role.CONTROLLER), ApprovalDecision.APPROVE, null, NOW)))
        .isEqualTo("IDENTITY_APPROVAL_NOT_PENDING");
    assertThat(code(() -> rejected.cancel(maker, null, NOW))).isEqualTo("IDENTITY_APPROVAL_NOT_PENDING");
    Approval cancelled = pending(maker, "1.00").cancel(maker, " ", NOW);
    assertThat(cancelled.cancelReason()).isNull();
    assertThat(code(() -> cancelled.decide(actor(Role.CONTROLLER), ApprovalDecision.APPROVE, null, NOW)))
        .isEqualTo("IDENTITY_APPROVAL_NOT_PENDING");
    assertThat(code(() -> pending(maker, "1.00").cancel(actor(Role.AR_CLERK), null, NOW)))
        .isEqualTo("IDENTITY_APPROVAL_NOT_REQUESTER");
    assertThat(code(() -> pending(maker, "1.00").decide(actor(Role.CONTROLLER), ApprovalDecision.REJECT, " ", NOW)))
        .isEqualTo("IDENTITY_APPROVAL_COMMENT_REQUIRED");
  }

  @Test
  void theViewSaysWhoMayActWithTheSameRules() {
    Actor maker = actor(Role.AR_CLERK);
    Approval a = pending(maker, "20000.00");
    ApprovalView v = new ApprovalView(a.id(), a.type(), a.subjectType(), a.subjectId(), a.summary(), a.amount(),
        a.payload(), a.status(), a.deciderRoles(), maker.userId(), "maker", NOW, null, null, null, null, null, null);
    assertThat(v.decidableBy(actor(Role.CONTROLLER))).isTrue();
    assertThat(v.decidableBy(actor(Role.CREDIT_MANAGER))).isFalse();
    assertThat(v.decidableBy(maker)).isFalse();
    assertThat(v.decidableBy(Actor.SYSTEM)).isFalse();
    assertThat(v.cancellableBy(maker)).isTrue();
    assertThat(v.cancellableBy(actor(Role.CONTROLLER))).isFalse();
  }
}
