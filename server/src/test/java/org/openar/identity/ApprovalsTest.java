package org.openar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openar.audit.AuditTrail;
import org.openar.audit.AuditTrail.AuditQuery;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.Money;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.openar.test.TestApprovalTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The maker-checker rules through the facade (as requesting modules use it) and the REST inbox (as checkers do). */
@OpenArIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalsTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Approvals approvals;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired EventSerializer serializer;
  @Autowired TestApprovalTypes.Outcomes outcomes;
  @Autowired tools.jackson.databind.json.JsonMapper json;
  ApprovalFixtures fx;
  UserView clerk;
  UserView creditManager;
  UserView controller;

  @BeforeAll
  void users() {
    fx = new ApprovalFixtures(users);
    clerk = fx.user("clerk", Role.AR_CLERK);
    creditManager = fx.user("cm", Role.CREDIT_MANAGER);
    controller = fx.user("ctl", Role.CONTROLLER);
  }

  ResultActions decide(UserView who, ApprovalView a, String body) throws Exception {
    return mvc.perform(post("/api/v1/approvals/{id}/decision", a.id().value()).header("Authorization", fx.bearer(who))
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }

  @Test
  void aCheckerApprovesAndTheRequestingModuleCarriesOutTheActionWithItsPayload() throws Exception {
    ApprovalView a = fx.as(clerk, () -> approvals.request(ApprovalFixtures.writeOff("120.50", "CNY")));
    assertThat(a.status()).isEqualTo(ApprovalStatus.PENDING);
    assertThat(a.deciderRoles()).containsExactly(Role.CREDIT_MANAGER, Role.CONTROLLER);

    decide(creditManager, a, "{\"decision\":\"APPROVE\",\"comment\":\"ok, below tolerance\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.decidedByName").value(creditManager.username()))
        .andExpect(jsonPath("$.payload.reason").value("small balance"))
        .andExpect(jsonPath("$.amount.amount").value("120.50"))
        .andExpect(jsonPath("$.canDecide").value(false));

    await().atMost(Duration.ofSeconds(10)).until(() -> outcomes.granted().stream()
        .anyMatch(e -> e.approvalId().equals(a.id())));
    ApprovalGranted granted = outcomes.granted().stream().filter(e -> e.approvalId().equals(a.id())).findFirst().get();
    assertThat(granted.type()).isEqualTo(TestApprovalTypes.WRITE_OFF);
    assertThat(granted.subjectId()).isEqualTo(a.subjectId());
    assertThat(granted.amount()).isEqualTo(Money.of("120.50", "CNY"));
    assertThat(json.readTree(granted.payload()).get("reason").asString()).isEqualTo("small balance");
    assertThat(granted.requestedBy()).isEqualTo(clerk.id());
    assertThat(granted.decidedBy()).isEqualTo(creditManager.id());
    assertThat(audit.search(new AuditQuery("identity.approval", a.id().toString(), null, null, null, 0, 10)))
        .extracting(AuditTrail.AuditEntryView::action).containsExactly("approved", "requested");
  }

  @Test
  void theStoredEventSurvivesARestart() {
    ApprovalView a = fx.as(clerk, () -> approvals.request(ApprovalFixtures.writeOff("99.99", "CNY")));
    fx.as(creditManager, () -> approvals.decide(a.id(), ApprovalDecision.APPROVE, null));
    String stored = jdbc.sql("select serialized_event from event_publication where event_type = :t"
            + " and serialized_event like :id limit 1")
        .param("t", ApprovalGranted.class.getName()).param("id", "%" + a.id() + "%").query(String.class).single();
    ApprovalGranted back = serializer.deserialize(stored, ApprovalGranted.class);
    assertThat(back.approvalId()).isEqualTo(a.id());
    assertThat(back.amount()).isEqualTo(Money.of("99.99", "CNY"));
    assertThat(back.payload()).isEqualTo(a.payload());
  }

  @Test
  void theRequesterCannotApproveItsOwnRequestThroughAnotherTokenOrSession() throws Exception {
    UserView maker = fx.user("maker", Role.CREDIT_MANAGER, Role.AR_CLERK);
    ApprovalView a = fx.as(maker, () -> approvals.request(ApprovalFixtures.writeOff("50.00", "CNY")));

    decide(maker, a, "{\"decision\":\"APPROVE\"}")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("IDENTITY_APPROVAL_SELF_DECISION"));
    Api.Session session = Api.login(mvc, maker.username(), Api.PASSWORD);
    mvc.perform(post("/api/v1/approvals/{id}/decision", a.id().value()).with(session)
            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("IDENTITY_APPROVAL_SELF_DECISION"));
    assertThatThrownBy(() -> fx.as(maker, () -> approvals.decide(a.id(), ApprovalDecision.REJECT, "no")))
        .isInstanceOf(OpenArException.class).hasMessageContaining("IDENTITY_APPROVAL_SELF_DECISION");

    assertThat(approvals.get(a.id()).status()).isEqualTo(ApprovalStatus.PENDING);
    mvc.perform(get("/api/v1/approvals/{id}", a.id().value()).header("Authorization", fx.bearer(maker)))
        .andExpect(jsonPath("$.canDecide").value(false)).andExpect(jsonPath("$.canCancel").value(true));
  }

  @Test
  void theDatabaseRefusesASelfApprovalWrittenBehindTheApplicationsBack() {
    ApprovalView a = fx.as(clerk, () -> approvals.request(ApprovalFixtures.writeOff("10.00", "CNY")));
    assertThatThrownBy(() -> jdbc.sql("""
            update identity_approval set status = 'APPROVED', decided_by = requested_by,
                   decided_by_name = requested_by_name, decided_at = now() where id = :id""")
        .param("id", a.id().value()).update())
        .hasMessageContaining("identity_approval_four_eyes");
  }

  @Test
  void aDecidedApprovalIsFrozenInTheDatabase() {
    ApprovalView a = fx.as(clerk, () -> approvals.request(ApprovalFixtures.writeOff("10.00", "CNY")));
    fx.as(controller, () -> approvals.decide(a.id(), ApprovalDecision.REJECT, "duplicate"));
    assertThatThrownBy(() -> jdbc.sql("update identity_approval set status = 'APPROVED', decision_comment = null"
            + " where id = :id").param("id", a.id().value()).update())
        .hasMessageContaining("can no longer change");
    assertThatThrownBy(() -> jdbc.sql("delete from identity_approval where id = :id").param("id", a.id().value())
        .update()).hasMessageContaining("never deleted");
  }

  @Test
  void rolesWithoutTheRightToDecideAreRefused() throws Exception {
    ApprovalView a = fx.as(clerk, () -> approvals.request(ApprovalFixtures.writeOff("10.00", "CNY")));
    for (Role role : new Role[] {Role.AR_CLERK, Role.COLLECTOR, Role.AUDITOR, Role.SALES_REP}) {
      decide(fx.user("no-" + role.name().toLowerCase(), role), a, "{\"decision\":\"APPROVE\"}")
          .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }
    // ADMIN may reach the endpoint, but this policy does not name ADMIN: IT staff do not approve write-offs
    decide(fx.user("adm", Role.ADMIN), a, "{\"decision\":\"APPROVE\"}")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("IDENTITY_APPROVAL_ROLE_NOT_ALLOWED"));
    assertThat(approvals.get(a.id()).status()).isEqualTo(ApprovalStatus.PENDING);
  }

  @Test
  void amountsAboveTheThresholdNeedAController() throws Exception {
    ApprovalView big = fx.as(clerk, () -> approvals.request(ApprovalFixtures.writeOff("10000.01", "CNY")));
    ApprovalView edge = fx.as(clerk, () -> approvals.request(ApprovalFixtures.writeOff("10000.00", "CNY")));
    ApprovalView euros = fx.as(clerk, () -> approvals.request(ApprovalFixtures.writeOff("5.00", "EUR")));
    assertThat(big.deciderRoles()).containsExactly(Role.CONTROLLER);
    assertThat(edge.deciderRoles()).containsExactly(Role.CREDIT_MANAGER, Role.CONTROLLER);
    assertThat(euros.deciderRoles()).as("a currency without thresholds gets the strictest").containsExactly(Role.CONTROLLER);

    decide(creditManager, big, "{\"decision\":\"APPROVE\"}")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("IDENTITY_APPROVAL_ROLE_NOT_ALLOWED"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CONTROLLER")));
    assertThat(fx.as(creditManager, () -> approvals.pendingForMe(org.openar.shared.paging.PageQuery.of(0, 500)))
        .items()).extracting(ApprovalView::id).contains(edge.id()).doesNotContain(big.id(), euros.id());
    decide(controller, big, "{\"decision\":\"APPROVE\"}").andExpect(status().isOk());
  }

  @Test
  void decidedOrCancelledApprovalsCannotBeDecidedAgain() throws Exception {
    ApprovalView a = fx.as(clerk, () -> approvals.request(ApprovalFixtures.writeOff("10.00", "CNY")));
    decide(creditManager, a, "{\"decision\":\"REJECT\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("IDENTITY_APPROVAL_COMMENT_REQUIRED"))
        .andExpect(jsonPath("$.errors[0].field").value("comment"));
    decide(creditManager, a, "{\"decision\":\"REJECT\",\"comment\":\"customer disputes it\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
    decide(controller, a, "{\"decision\":\"APPROVE\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("IDENTITY_APPROVAL_NOT_PENDING"));
    await().atMost(Duration.ofSeconds(10)).until(() -> outcomes.rejected().stream()
        .anyMatch(e -> e.approvalId().equals(a.id()) && e.comment().equals("customer disputes it")));

    ApprovalView b = fx.as(clerk, () -> approvals.request(ApprovalFixtures.writeOff("10.00", "CNY")));
    mvc.perform(post("/api/v1/approvals/{id}/cancel", b.id().value()).header("Authorization", fx.bearer(clerk))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"paid after all\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"))
        .andExpect(jsonPath("$.cancelReason").value("paid after all"));
    decide(controller, b, "{\"decision\":\"APPROVE\"}").andExpect(status().isConflict());
    mvc.perform(post("/api/v1/approvals/{id}/cancel", b.id().value()).header("Authorization", fx.bearer(clerk)))
        .andExpect(status().isConflict());
    await().atMost(Duration.ofSeconds(10)).until(() -> outcomes.cancelled().stream()
        .anyMatch(e -> e.approvalId().equals(b.id())));
    assertThat(outcomes.granted()).noneMatch(e -> e.approvalId().equals(a.id()) || e.approvalId().equals(b.id()));
  }

  @Test
  void onlyTheRequesterMayCancel() throws Exception {
    ApprovalView a = fx.as(clerk, () -> approvals.request(ApprovalFixtures.writeOff("10.00", "CNY")));
    UserView otherClerk = fx.user("clerk2", Role.AR_CLERK);
    mvc.perform(post("/api/v1/approvals/{id}/cancel", a.id().value()).header("Authorization", fx.bearer(otherClerk)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("IDENTITY_APPROVAL_NOT_REQUESTER"));
    assertThat(approvals.get(a.id()).status()).isEqualTo(ApprovalStatus.PENDING);
  }

  @Test
  void theSystemItselfNeverDecides() {
    ApprovalView a = fx.as(clerk, () -> approvals.request(ApprovalFixtures.writeOff("10.00", "CNY")));
    assertThatThrownBy(() -> approvals.decide(a.id(), ApprovalDecision.APPROVE, null))
        .hasMessageContaining("IDENTITY_APPROVAL_HUMAN_DECISION_REQUIRED");
  }
}
