package org.openar.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.cashapp.app.HouseAccountService;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger;
import org.openar.shared.security.Role;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Statements and the exception queue over REST: upload with its summary, the queue with translated explanations, the
 * clerk's actions with idempotency keys, and every bad input a 4xx problem+json that writes nothing.
 */
@OpenArIntegrationTest
class CashappApiTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired CustomerMasterData masterData;
  @Autowired HouseAccountService accounts;
  @Autowired Ledger ledger;
  @Autowired BusinessCalendar calendar;
  @Autowired JdbcClient jdbc;

  CashFixture f;
  String clerk;
  String auditor;
  LocalDate today;
  CustomerView acme;
  ItemView invoice;
  ItemView other;

  @BeforeEach
  void setUp() {
    f = new CashFixture(customers, masterData, accounts, ledger);
    clerk = Api.bearer(users, "cash-api-clerk", Role.AR_CLERK);
    auditor = Api.bearer(users, "cash-api-auditor", Role.AUDITOR);
    today = calendar.today();
    acme = f.customer("上海顶峰贸易有限公司", "Shanghai Summit Trading " + f.tag, Camt053.iban(CashFixture.randomAccount()));
    invoice = f.invoice(acme, f.number("INV"), "1000.00 CNY", today.minusDays(20), "NET30");
    other = f.invoice(acme, f.number("INV"), "300.00 CNY", today.minusDays(20), "NET30");
  }

  @Test
  void anUploadReportsWhatWasPostedAndQueuedAndTheSameFileAgainIsSkipped() throws Exception {
    byte[] camt = statement().bytes();
    upload(camt, clerk).andExpect(status().isCreated())
        .andExpect(jsonPath("$.format").value("camt053"))
        .andExpect(jsonPath("$.totals.autoPosted").value(1))
        .andExpect(jsonPath("$.totals.queued").value(1))
        .andExpect(jsonPath("$.statements[0].duplicate").value(false));
    upload(camt, clerk).andExpect(status().isCreated())
        .andExpect(jsonPath("$.totals.duplicateStatements").value(1))
        .andExpect(jsonPath("$.statements[0].duplicate").value(true))
        .andExpect(jsonPath("$.statements[0].previousSource").value("statement.xml"));
    mvc.perform(get("/api/v1/cashapp/statements").param("companyId", f.company.id().toString())
            .header("Authorization", auditor))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].counts.autoPosted").value(1))
        .andExpect(jsonPath("$.items[0].counts.receipts").value(2))
        .andExpect(jsonPath("$.items[0].counts.autoMatchRate").value(0.5));
  }

  @Test
  void theQueueShowsRankedSuggestionsWithTranslatedExplanationsAndAcceptPostsOneInOneCall() throws Exception {
    String lineId = queuedLine();
    mvc.perform(get("/api/v1/cashapp/lines/" + lineId).header("Authorization", clerk).header("Accept-Language", "zh-CN"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.line.status").value("SUGGESTED"))
        .andExpect(jsonPath("$.suggestions[0].allocations[0].documentNumber").value(other.documentNumber()))
        .andExpect(jsonPath("$.suggestions[0].reasons[0].text").value(org.hamcrest.Matchers.matchesPattern(
            "(?s).*\\p{IsHan}.*")));
    String key = UUID.randomUUID().toString();
    String first = action(lineId, "accept", "{\"suggestion\":0}", key).andExpect(status().isOk())
        .andExpect(jsonPath("$.line.status").value("MATCHED"))
        .andExpect(jsonPath("$.line.resolution").value("MANUAL"))
        .andExpect(jsonPath("$.posting.receipts[0].applied[0].documentNumber").value(other.documentNumber()))
        .andReturn().getResponse().getContentAsString();
    String replay = action(lineId, "accept", "{\"suggestion\":0}", key).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(replay).isEqualTo(first);
    refused(action(lineId, "accept", "{\"suggestion\":1}", key), 409, "IDEMPOTENCY_KEY_REUSED", null);
    refused(action(lineId, "accept", "{}", null), 409, "CASHAPP_LINE_RESOLVED", null);
    action(lineId, "undo", "{\"reason\":\"wrong invoice\"}", null).andExpect(status().isOk())
        .andExpect(jsonPath("$.line.status").value("SUGGESTED"))
        .andExpect(jsonPath("$.history[0].reversalReason").value("wrong invoice"));
  }

  @Test
  void badActionsOnALineAreRefusedAndWriteNothing() throws Exception {
    String lineId = queuedLine();
    String line = "{\"itemId\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"CNY\"}}";
    refused(action(lineId, "accept", "{\"suggestion\":7}", null), 400, "CASHAPP_NO_SUCH_SUGGESTION", "suggestion");
    ItemView small = f.invoice(acme, f.number("INV"), "100.00 CNY", today.minusDays(3), "NET30");
    refused(action(lineId, "split", "{\"allocations\":[" + line.formatted(small.id(), "150.00") + "]}", null), 422,
        "CASHAPP_EXCEEDS_OPEN", "allocations[0].amount");
    refused(action(lineId, "split", "{\"allocations\":[" + line.formatted(other.id(), "300.01") + "]}", null), 400,
        "VALIDATION_FAILED", "allocations[0].amount");
    refused(action(lineId, "split", "{\"allocations\":[" + line.formatted(UUID.randomUUID(), "1.00") + "]}", null),
        422, "CASHAPP_ITEM_NOT_OPEN", "allocations[0].itemId");
    refused(action(lineId, "split", "{\"allocations\":[" + line.formatted(other.id(), "250.00") + ","
        + line.formatted(small.id(), "100.00") + "]}", null), 422, "CASHAPP_EXCEEDS_LINE", "allocations");
    refused(action(lineId, "split", "{\"allocations\":[]}", null), 400, "MISSING_FIELD", "allocations");
    refused(action(lineId, "split", "{\"allocations\":[" + line.formatted(other.id(), "1.001") + "]}", null), 400,
        "AMOUNT_SCALE", null);
    refused(action(lineId, "on-account", "{\"customerId\":\"" + UUID.randomUUID() + "\"}", null), 422,
        "CASHAPP_CUSTOMER_NOT_FOUND", "customerId");
    refused(action(lineId, "not-ar", "{\"reason\":\"  \"}", null), 400, "CASHAPP_REASON_REQUIRED", "reason");
    refused(action(lineId, "undo", "{\"reason\":\"x\"}", null), 409, "CASHAPP_LINE_NOT_RESOLVED", null);
    refused(action(lineId, "accept", "{\"version\":99}", null), 409, "CASHAPP_STALE_VERSION", "version");
    refused(action(UUID.randomUUID().toString(), "accept", "{}", null), 404, "CASHAPP_LINE_NOT_FOUND", null);
    refused(mvc.perform(post("/api/v1/cashapp/lines/" + lineId + "/accept").header("Authorization", auditor)
        .contentType(MediaType.APPLICATION_JSON).content("{}")), 403, "FORBIDDEN", null);
    assertThat(jdbc.sql("select status from cashapp_line where id = cast(:id as uuid)").param("id", lineId)
        .query(String.class).single()).isEqualTo("SUGGESTED");
  }

  @Test
  void badUploadsAreRefusedNamingTheProblemAndStoreNothing() throws Exception {
    refused(upload(new byte[0], clerk), 400, "CASHAPP_FILE_EMPTY", "file");
    refused(mvc.perform(multipart("/api/v1/cashapp/statements").file(file(statement().bytes())).param("format", "pdf")
        .header("Authorization", clerk)), 400, "INVALID_VALUE", "format");
    String xml = statement().xml();
    refused(upload(xml.substring(0, xml.length() / 2).getBytes(), clerk), 400, "CASHAPP_STATEMENT_INVALID", null);
    String stranger = Camt053.iban(CashFixture.randomAccount());
    upload(new Camt053(stranger, "CNY", "S", today, java.math.BigDecimal.ONE).credit("a", "1.00", "x", null, "y")
        .bytes(), clerk).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("CASHAPP_UNKNOWN_BANK_ACCOUNT"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(stranger)));
    refused(mvc.perform(multipart("/api/v1/cashapp/statements").file(file(statement().bytes()))
        .param("bankAccountId", UUID.randomUUID().toString()).header("Authorization", clerk)), 404,
        "CASHAPP_BANK_ACCOUNT_NOT_FOUND", "bankAccountId");
    refused(upload(statement().bytes(), auditor), 403, "FORBIDDEN", null);
    assertThat(jdbc.sql("select count(*) from cashapp_statement where company_id = :c")
        .param("c", f.company.id().value()).query(Long.class).single()).isZero();
  }

  @Test
  void openItemsOfTheLinesCurrencyCanBeSearchedByNumber() throws Exception {
    String lineId = queuedLine();
    mvc.perform(get("/api/v1/cashapp/lines/" + lineId + "/open-items").param("number", other.documentNumber())
            .header("Authorization", clerk))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].customerName").value("上海顶峰贸易有限公司"))
        .andExpect(jsonPath("$.items[0].openAmount.amount").value("300.00"));
    mvc.perform(get("/api/v1/cashapp/lines").param("status", "SUGGESTED", "UNMATCHED")
            .param("companyId", f.company.id().toString()).header("Authorization", clerk))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
    refused(mvc.perform(get("/api/v1/cashapp/lines").param("minAmount", "10").header("Authorization", clerk)), 400,
        "CASHAPP_AMOUNT_FILTER_NEEDS_CURRENCY", "currency");
    refused(mvc.perform(get("/api/v1/cashapp/lines").param("status", "LOST").header("Authorization", clerk)), 400,
        null, null);
  }

  /** One line that posts (the invoice by number) and one that waits (only the amount of the other invoice). */
  private Camt053 statement() {
    String iban = customers.detail(acme.id()).bankAccounts().get(0).accountNumber();
    return f.statement(today).credit("A-1", "1000.00", "Shanghai Summit Trading", iban, "Inv " + invoice.documentNumber())
        .credit("A-2", "300.00", "S.S.T.", null, "goods");
  }

  private String queuedLine() throws Exception {
    String body = upload(statement().bytes(), clerk).andExpect(status().isCreated()).andReturn().getResponse()
        .getContentAsString();
    String statementId = JsonPath.read(body, "$.statements[0].id");
    String lines = mvc.perform(get("/api/v1/cashapp/lines").param("statementId", statementId)
        .param("status", "SUGGESTED").header("Authorization", clerk)).andReturn().getResponse().getContentAsString();
    List<String> ids = JsonPath.read(lines, "$.items[*].id");
    assertThat(ids).hasSize(1);
    return ids.get(0);
  }

  private ResultActions upload(byte[] bytes, String auth) throws Exception {
    return mvc.perform(multipart("/api/v1/cashapp/statements").file(file(bytes)).header("Authorization", auth));
  }

  private static MockMultipartFile file(byte[] bytes) {
    return new MockMultipartFile("file", "statement.xml", "application/xml", bytes);
  }

  private ResultActions action(String lineId, String action, String json, String key) throws Exception {
    MockHttpServletRequestBuilder r = post("/api/v1/cashapp/lines/" + lineId + "/" + action)
        .header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON).content(json);
    if (key != null) {
      r.header("Idempotency-Key", key);
    }
    return mvc.perform(r);
  }

  private static void refused(ResultActions r, int status, String code, String field) throws Exception {
    r.andExpect(status().is(status)).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").isNotEmpty());
    if (code != null) {
      r.andExpect(jsonPath("$.code").value(code));
    }
    if (field != null) {
      r.andExpect(jsonPath("$.errors[0].field").value(field));
    }
  }
}
