package org.openar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.Money;
import org.openar.shared.security.Role;
import org.openar.test.OpenArIntegrationTest;
import org.openar.test.TestApprovalTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Bad requests write nothing; the inbox queries page and filter; two checkers at once: one wins, one gets 409. */
@OpenArIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalRequestsTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Approvals approvals;
  @Autowired JdbcClient jdbc;
  ApprovalFixtures fx;
  UserView clerk;

  @BeforeAll
  void users() {
    fx = new ApprovalFixtures(users);
    clerk = fx.user("clerk", Role.AR_CLERK);
  }

  long rows() {
    return jdbc.sql("select count(*) from identity_approval").query(Long.class).single();
  }

  void refused(ApprovalRequest r, String code, String field) {
    long before = rows();
    assertThatThrownBy(() -> fx.as(clerk, () -> approvals.request(r)))
        .isInstanceOfSatisfying(OpenArException.class, e -> {
          assertThat(e.errorCode().code()).isEqualTo(code);
          assertThat(e.field()).isEqualTo(field);
        });
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void badRequestsAreRefusedAndWriteNothing() {
    String subject = UUID.randomUUID().toString();
    Money ten = Money.of("10.00", "CNY");
    refused(new ApprovalRequest("test.nope", "ledger.item", subject, "x", ten, null),
        "IDENTITY_APPROVAL_UNKNOWN_TYPE", "type");
    refused(new ApprovalRequest(TestApprovalTypes.WRITE_OFF, " ", subject, "x", ten, null),
        "IDENTITY_APPROVAL_SUBJECT_REQUIRED", "subjectType");
    refused(new ApprovalRequest(TestApprovalTypes.WRITE_OFF, "ledger.item", subject, "  ", ten, null),
        "IDENTITY_APPROVAL_SUMMARY_REQUIRED", "summary");
    refused(new ApprovalRequest(TestApprovalTypes.WRITE_OFF, "ledger.item", subject, "x".repeat(501), ten, null),
        "IDENTITY_TEXT_TOO_LONG", "summary");
    refused(new ApprovalRequest(TestApprovalTypes.WRITE_OFF, "ledger.item", subject, "x", null, null),
        "IDENTITY_APPROVAL_AMOUNT_REQUIRED", "amount");
    refused(new ApprovalRequest(TestApprovalTypes.WRITE_OFF, "ledger.item", subject, "x", Money.of("-1.00", "CNY"), null),
        "AMOUNT_NOT_POSITIVE", "amount");
    refused(new ApprovalRequest(TestApprovalTypes.WRITE_OFF, "ledger.item", subject, "x", ten, "just text"),
        "IDENTITY_APPROVAL_PAYLOAD_INVALID", "payload");
    refused(new ApprovalRequest(TestApprovalTypes.WRITE_OFF, "ledger.item", subject, "x", ten,
        java.util.Map.of("blob", "x".repeat(70_000))), "IDENTITY_APPROVAL_PAYLOAD_INVALID", "payload");
  }

  @Test
  void onlyOneRequestPerTypeAndSubjectIsPending() {
    ApprovalRequest first = ApprovalFixtures.writeOff("10.00", "CNY");
    ApprovalView a = fx.as(clerk, () -> approvals.request(first));
    refused(first, "IDENTITY_APPROVAL_ALREADY_PENDING", null);
    ApprovalRequest waiver = new ApprovalRequest(TestApprovalTypes.FEE_WAIVER, first.subjectType(), first.subjectId(),
        "Waive the reminder fee", null, null);
    assertThat(fx.as(clerk, () -> approvals.request(waiver)).payload()).isEqualTo("{}");
    fx.as(clerk, () -> approvals.cancel(a.id(), null));
    assertThat(fx.as(clerk, () -> approvals.request(first)).status()).isEqualTo(ApprovalStatus.PENDING);
    assertThat(approvals.pending(TestApprovalTypes.WRITE_OFF, first.subjectType(), first.subjectId())).isPresent();
  }

  @Test
  void theInboxesPageAndFilter() throws Exception {
    UserView maker = fx.user("maker", Role.AR_CLERK);
    UserView checker = fx.user("checker", Role.CONTROLLER);
    String subject = "customer-" + UUID.randomUUID();
    List<ApprovalView> made = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      made.add(fx.as(maker, () -> approvals.request(new ApprovalRequest(TestApprovalTypes.FEE_WAIVER,
          "customers.customer", subject + "-" + made.size(), "Waive fee " + made.size(), null, null))));
    }
    fx.as(checker, () -> approvals.decide(made.get(0).id(), ApprovalDecision.APPROVE, "fine"));
    String makerToken = fx.bearer(maker);
    mvc.perform(get("/api/v1/approvals/requested-by-me?size=2").header("Authorization", makerToken))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.items.length()").value(2))
        .andExpect(jsonPath("$.items[0].summary").value("Waive fee 2"));
    mvc.perform(get("/api/v1/approvals/requested-by-me?status=APPROVED").header("Authorization", makerToken))
        .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].canCancel").value(false));
    mvc.perform(get("/api/v1/approvals/pending-for-me?size=500").header("Authorization", fx.bearer(checker)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[?(@.id == '" + made.get(1).id() + "')].canDecide").value(true))
        .andExpect(jsonPath("$.items[?(@.id == '" + made.get(0).id() + "')]").isEmpty());
    mvc.perform(get("/api/v1/approvals?subjectType=customers.customer&subjectId=" + subject + "-0&status=APPROVED")
            .header("Authorization", fx.bearer(fx.user("auditor", Role.AUDITOR))))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].decidedByName").value(checker.username()));
    mvc.perform(get("/api/v1/approvals?sort=amount").header("Authorization", makerToken))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_PAGING"));
    mvc.perform(get("/api/v1/approvals/types").header("Authorization", makerToken))
        .andExpect(jsonPath("$[?(@.type == 'test.write-off')].thresholds[0].above.currency").value("USD"));
  }

  @Test
  void unknownOrMalformedInputIsAProblem() throws Exception {
    String checker = fx.bearer(fx.user("checker", Role.CONTROLLER));
    mvc.perform(get("/api/v1/approvals/{id}", UUID.randomUUID()).header("Authorization", checker))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("IDENTITY_APPROVAL_NOT_FOUND"));
    mvc.perform(get("/api/v1/approvals/not-a-uuid").header("Authorization", checker))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_VALUE"));
    ApprovalView a = fx.as(clerk, () -> approvals.request(ApprovalFixtures.writeOff("10.00", "CNY")));
    mvc.perform(post("/api/v1/approvals/{id}/decision", a.id().value()).header("Authorization", checker)
            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"MAYBE\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decision"));
    mvc.perform(post("/api/v1/approvals/{id}/decision", a.id().value()).header("Authorization", checker)
            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\",\"comment\":\"" + "x".repeat(2001) + "\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("IDENTITY_TEXT_TOO_LONG"));
    assertThat(approvals.get(a.id()).status()).isEqualTo(ApprovalStatus.PENDING);
  }

  @Test
  void twoCheckersDecidingAtOnceOneWinsTheOtherGets409() throws Exception {
    String first = fx.bearer(fx.user("ctl-a", Role.CONTROLLER));
    String second = fx.bearer(fx.user("ctl-b", Role.CONTROLLER));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        ApprovalView a = fx.as(clerk, () -> approvals.request(ApprovalFixtures.writeOff("10.00", "CNY")));
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Integer> approve = pool.submit(() -> decideAfter(start, first, a, "{\"decision\":\"APPROVE\"}"));
        Future<Integer> reject = pool.submit(() -> decideAfter(start, second, a,
            "{\"decision\":\"REJECT\",\"comment\":\"no\"}"));
        List<Integer> statuses = List.of(approve.get(), reject.get());
        assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
        ApprovalStatus expected = approve.get() == 200 ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED;
        assertThat(approvals.get(a.id()).status()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private int decideAfter(CyclicBarrier start, String token, ApprovalView a, String body) throws Exception {
    start.await();
    return mvc.perform(post("/api/v1/approvals/{id}/decision", a.id().value()).header("Authorization", token)
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn().getResponse().getStatus();
  }
}
