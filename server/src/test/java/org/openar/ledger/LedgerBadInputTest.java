package org.openar.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every kind of bad input is a 4xx problem+json with a stable code, and writes nothing. */
@OpenArIntegrationTest
class LedgerBadInputTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired Ledger ledger;
  @Autowired JdbcClient jdbc;
  LedgerFixture f;
  String clerk;
  ItemView invoice;
  ItemView usdInvoice;
  ItemView payment;

  @BeforeEach
  void setUp() {
    f = new LedgerFixture(customers);
    clerk = Api.bearer(users, "bad-input-clerk", Role.AR_CLERK);
    invoice = ledger.post(LedgerFixture.invoice(f.acme.id(), LedgerFixture.unique("INV"), "100.00 CNY", "2026-01-10",
        "2026-02-10"));
    usdInvoice = ledger.post(LedgerFixture.invoice(f.acme.id(), LedgerFixture.unique("INV"), "100.00 USD",
        "2026-01-10", "2026-02-10"));
    payment = ledger.post(LedgerFixture.payment(f.acme.id(), LedgerFixture.unique("PAY"), "150.00 CNY", "2026-01-20"));
  }

  @Test
  void negativeOrZeroAmounts() throws Exception {
    refused(postItem(item("-5.00", "CNY", "2026-01-01", "2026-01-31")), 400, "AMOUNT_NOT_POSITIVE", "amount");
    refused(postItem(item("0", "CNY", "2026-01-01", "2026-01-31")), 400, "AMOUNT_NOT_POSITIVE", "amount");
    refused(allocate(payment.id(), invoice.id(), "{\"amount\":\"-1.00\",\"currency\":\"CNY\"}"), 400,
        "AMOUNT_NOT_POSITIVE", "lines[0].amount");
  }

  @Test
  void moreDecimalsThanTheCurrencyHas() throws Exception {
    refused(postItem(item("10.001", "CNY", "2026-01-01", "2026-01-31")), 400, "AMOUNT_SCALE", "amount");
    refused(postItem(item("10.5", "JPY", "2026-01-01", "2026-01-31")), 400, "AMOUNT_SCALE", "amount");
  }

  @Test
  void unknownCurrency() throws Exception {
    refused(postItem(item("10.00", "XYZ", "2026-01-01", "2026-01-31")), 400, "UNKNOWN_CURRENCY", "amount");
    refused(postItem(item("10.00", "cny", "2026-01-01", "2026-01-31")), 400, "UNKNOWN_CURRENCY", "amount");
  }

  @Test
  void allocationAcrossCurrencies() throws Exception {
    refused(allocate(payment.id(), usdInvoice.id(), null), 422, "LEDGER_CURRENCY_MISMATCH", "lines[0].debitItemId");
    refused(allocate(payment.id(), invoice.id(), "{\"amount\":\"10.00\",\"currency\":\"USD\"}"), 422,
        "LEDGER_CURRENCY_MISMATCH", "lines[0].amount");
  }

  @Test
  void overAllocationOfTheCreditOrTheDebit() throws Exception {
    refused(allocate(payment.id(), invoice.id(), "{\"amount\":\"100.01\",\"currency\":\"CNY\"}"), 422,
        "LEDGER_OVER_ALLOCATION", "lines[0].amount");
    ItemView small = ledger.post(LedgerFixture.payment(f.acme.id(), LedgerFixture.unique("PAY"), "50.00 CNY",
        "2026-01-20"));
    refused(allocate(small.id(), invoice.id(), "{\"amount\":\"60.00\",\"currency\":\"CNY\"}"), 422,
        "LEDGER_OVER_ALLOCATION", "lines[0].amount");
  }

  @Test
  void allocatingToAReversedItemOrAnotherCustomersItem() throws Exception {
    ledger.reverse(new Ledger.Reverse(invoice.id(), "posted twice", null));
    refused(allocate(payment.id(), invoice.id(), null), 422, "LEDGER_ITEM_REVERSED", "lines[0].debitItemId");
    ItemView foreign = ledger.post(LedgerFixture.invoice(f.globex.id(), LedgerFixture.unique("INV"), "10.00 CNY",
        "2026-01-10", "2026-02-10"));
    refused(allocate(payment.id(), foreign.id(), null), 422, "LEDGER_CUSTOMER_MISMATCH", "lines[0].debitItemId");
  }

  @Test
  void unknownCustomerOrCompany() throws Exception {
    refused(postItem(item("10.00", "CNY", "2026-01-01", "2026-01-31").replace(f.acme.id().toString(),
        UUID.randomUUID().toString())), 422, "LEDGER_UNKNOWN_CUSTOMER", "customerId");
    refused(postItem(item("10.00", "CNY", "2026-01-01", "2026-01-31")
        .replace("\"type\"", "\"companyId\":\"" + UUID.randomUUID() + "\",\"type\"")), 422, "LEDGER_UNKNOWN_COMPANY",
        "companyId");
    refused(allocate(payment.id(), new ItemId(UUID.randomUUID()), null), 404, "LEDGER_ITEM_NOT_FOUND",
        "lines[0].debitItemId");
  }

  @Test
  void dueDateBeforeDocumentDate() throws Exception {
    refused(postItem(item("10.00", "CNY", "2026-02-01", "2026-01-31")), 400, "LEDGER_DUE_BEFORE_DOCUMENT", "dueDate");
  }

  @Test
  void reusedIdempotencyKeyWithAnotherBody() throws Exception {
    String key = "key-" + UUID.randomUUID();
    String body = item("10.00", "CNY", "2026-01-01", "2026-01-31");
    mvc.perform(post("/api/v1/ledger/items").header("Authorization", clerk).header("Idempotency-Key", key)
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
    long items = items();
    refused(postItem(body.replace("10.00", "11.00")).header("Idempotency-Key", key), 409, "IDEMPOTENCY_KEY_REUSED",
        "Idempotency-Key");
    assertThat(items()).isEqualTo(items);
  }

  @Test
  void malformedOrIncompleteRequests() throws Exception {
    refused(postItem("{\"type\":"), 400, "MALFORMED_REQUEST", null);
    refused(postItem(item("10.00", "CNY", "2026-01-01", "2026-01-31").replace("\"type\"", "\"color\":1,\"type\"")),
        400, "UNKNOWN_FIELD", "color");
    refused(postItem("{\"type\":\"INVOICE\"}"), 400, "VALIDATION_FAILED", null);
    refused(postItem(item("10.00", "CNY", "2026-01-01", "2026-01-31").replace("INVOICE", "DISCOUNT")), 400,
        "LEDGER_SYSTEM_TYPE", "type");
    refused(postItem(item("10.00", "CNY", "2026-01-01", "2026-01-31").replace("INVOICE", "PAYMENT")), 400,
        "LEDGER_TYPE_NOT_ALLOWED_HERE", "type");
    refused(postItem(item("10.00", "CNY", "2026-13-01", "2026-01-31")), 400, "INVALID_VALUE", "documentDate");
  }

  @Test
  void rolesThatMayNotWrite() throws Exception {
    for (Role role : new Role[] {Role.SALES_REP, Role.AUDITOR, Role.COLLECTOR}) {
      String token = Api.bearer(users, "ro-" + role.name().toLowerCase(), role);
      refused(as(token, postItem(item("10.00", "CNY", "2026-01-01", "2026-01-31"))), 403, "FORBIDDEN", null);
      refused(as(token, allocate(payment.id(), invoice.id(), null)), 403, "FORBIDDEN", null);
    }
    refused(put("/api/v1/ledger/fx-rates").header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
        .content("{\"from\":\"USD\",\"to\":\"CNY\",\"validFrom\":\"2026-01-01\",\"rate\":\"7.1\"}"), 403, "FORBIDDEN",
        null);
  }

  @Test
  void aSalesRepSeesOnlyItsOwnCustomers() throws Exception {
    String repToken = Api.bearer(users, "rep-" + f.company.code(), Role.SALES_REP);
    UUID repId = users.findByUsername("rep-" + f.company.code()).orElseThrow().id();
    var own = f.customer(customers, "OWN-" + f.company.code(), repId);
    ItemView ownInvoice = ledger.post(LedgerFixture.invoice(own.id(), LedgerFixture.unique("INV"), "10.00 CNY",
        "2026-01-10", "2026-02-10"));
    mvc.perform(get("/api/v1/ledger/items").header("Authorization", repToken)
            .param("companyId", f.companyId().toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(ownInvoice.id().toString()));
    mvc.perform(get("/api/v1/ledger/items/" + invoice.id()).header("Authorization", repToken))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("LEDGER_ITEM_NOT_FOUND"));
    mvc.perform(get("/api/v1/ledger/customers/" + f.acme.id() + "/balances").header("Authorization", repToken))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/ledger/items/" + ownInvoice.id()).header("Authorization", repToken))
        .andExpect(status().isOk());
  }

  private void refused(MockHttpServletRequestBuilder request, int status, String code, String field)
      throws Exception {
    long items = items();
    long rows = allocations();
    var result = mvc.perform(request.with(r -> {
          if (r.getHeader("Authorization") == null) {
            r.addHeader("Authorization", clerk);
          }
          return r;
        }).header("Accept-Language", "zh-CN"))
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.title").isNotEmpty())
        .andExpect(jsonPath("$.detail").isNotEmpty());
    if (field != null) {
      result.andExpect(fieldIs(field));
    }
    assertThat(items()).as("nothing written").isEqualTo(items);
    assertThat(allocations()).as("nothing written").isEqualTo(rows);
  }

  private static ResultMatcher fieldIs(String field) {
    return jsonPath("$.errors[0].field").value(field);
  }

  private MockHttpServletRequestBuilder postItem(String json) {
    return post("/api/v1/ledger/items").contentType(MediaType.APPLICATION_JSON).content(json);
  }

  /** Signs the request as {@code token}'s user instead of the clerk. */
  private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
    return request.with(r -> {
      r.removeHeader("Authorization");
      r.addHeader("Authorization", token);
      return r;
    });
  }

  private MockHttpServletRequestBuilder allocate(ItemId credit, ItemId debit, String amountJson) {
    String line = amountJson == null ? "{\"debitItemId\":\"%s\"}".formatted(debit)
        : "{\"debitItemId\":\"%s\",\"amount\":%s}".formatted(debit, amountJson);
    return post("/api/v1/ledger/allocations").contentType(MediaType.APPLICATION_JSON)
        .content("{\"creditItemId\":\"%s\",\"lines\":[%s]}".formatted(credit, line));
  }

  private String item(String amount, String currency, String date, String due) {
    return """
        {"type":"INVOICE","customerId":"%s","documentNumber":"%s","amount":{"amount":"%s","currency":"%s"},
         "documentDate":"%s","dueDate":"%s"}""".formatted(f.acme.id(), LedgerFixture.unique("BAD"), amount, currency,
        date, due);
  }

  private long items() {
    return jdbc.sql("select count(*) from ledger_item where company_id = :c").param("c", f.companyId().value())
        .query(Long.class).single();
  }

  private long allocations() {
    return jdbc.sql("select count(*) from ledger_allocation").query(Long.class).single();
  }
}
