package org.openar.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The same key with the same body returns the first result and moves no money twice; another body is a 409. */
@OpenArIntegrationTest
class LedgerIdempotencyTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired Ledger ledger;
  @Autowired JdbcClient jdbc;
  LedgerFixture f;
  String clerk;

  @BeforeEach
  void setUp() {
    f = new LedgerFixture(customers);
    clerk = Api.bearer(users, "idem-clerk", Role.AR_CLERK);
  }

  @Test
  void aRepeatedReceiptWithAllocationIsRecordedOnce() throws Exception {
    ItemView inv = ledger.post(LedgerFixture.invoice(f.acme.id(), LedgerFixture.unique("INV"), "80.00 CNY",
        "2026-01-10", "2026-02-10"));
    String key = "rcpt-" + UUID.randomUUID();
    String body = """
        {"customerId":"%s","documentNumber":"%s","amount":{"amount":"100.00","currency":"CNY"},
         "valueDate":"2026-02-01","allocations":[{"debitItemId":"%s"}]}"""
        .formatted(f.acme.id(), LedgerFixture.unique("RC"), inv.id());
    String first = mvc.perform(receipt(body).header("Idempotency-Key", key)).andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    String again = mvc.perform(receipt(body).header("Idempotency-Key", key)).andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    assertThat((String) JsonPath.read(again, "$.credit.id")).isEqualTo(JsonPath.read(first, "$.credit.id"));
    assertThat((String) JsonPath.read(again, "$.lines[0].allocationId"))
        .isEqualTo(JsonPath.read(first, "$.lines[0].allocationId"));
    assertThat(count("select count(*) from ledger_item where customer_id = :c and type = 'PAYMENT'")).isEqualTo(1);
    assertThat(count("select count(*) from ledger_allocation where debit_item_id = '" + inv.id() + "'")).isEqualTo(1);

    mvc.perform(receipt(body.replace("100.00", "90.00")).header("Idempotency-Key", key))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"));
    assertThat(count("select count(*) from ledger_item where customer_id = :c and type = 'PAYMENT'")).isEqualTo(1);
  }

  @Test
  void aRepeatedAllocationAndUnallocationHappenOnce() throws Exception {
    ItemView inv = ledger.post(LedgerFixture.invoice(f.acme.id(), LedgerFixture.unique("INV"), "80.00 CNY",
        "2026-01-10", "2026-02-10"));
    ItemView pay = ledger.post(LedgerFixture.payment(f.acme.id(), LedgerFixture.unique("PAY"), "100.00 CNY",
        "2026-02-01"));
    String body = "{\"creditItemId\":\"%s\",\"lines\":[{\"debitItemId\":\"%s\",\"amount\":{\"amount\":\"30.00\",\"currency\":\"CNY\"}}]}"
        .formatted(pay.id(), inv.id());
    String key = "alloc-" + UUID.randomUUID();
    String allocation = null;
    for (int i = 0; i < 3; i++) {
      String r = mvc.perform(post("/api/v1/ledger/allocations").header("Authorization", clerk)
              .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.credit.openAmount.amount").value("70.00"))
          .andReturn().getResponse().getContentAsString();
      allocation = JsonPath.read(r, "$.lines[0].allocationId");
    }
    String unKey = "unalloc-" + UUID.randomUUID();
    for (int i = 0; i < 2; i++) {
      mvc.perform(post("/api/v1/ledger/allocations/" + allocation + "/unallocation").header("Authorization", clerk)
              .header("Idempotency-Key", unKey).contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"wrong\"}"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.undone.length()").value(1));
    }
    assertThat(count("select count(*) from ledger_allocation where credit_item_id = '" + pay.id() + "'")).isEqualTo(2);
    // a new key is a new request: the allocation is no longer in force
    mvc.perform(post("/api/v1/ledger/allocations/" + allocation + "/unallocation").header("Authorization", clerk)
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("LEDGER_ALLOCATION_NOT_ACTIVE"));
  }

  private MockHttpServletRequestBuilder receipt(String body) {
    return post("/api/v1/ledger/receipts").header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  private long count(String sql) {
    return jdbc.sql(sql.replace(":c", "'" + f.acme.id() + "'")).query(Long.class).single();
  }
}
