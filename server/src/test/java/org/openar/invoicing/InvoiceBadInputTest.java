package org.openar.invoicing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Every bad input gets a 4xx problem+json with a stable code on the right field, and writes nothing. */
@OpenArIntegrationTest
class InvoiceBadInputTest {

  static final String LINE = "{\"description\":\"Widget\",\"quantity\":\"2\",\"unitPrice\":\"10.00\",\"taxRate\":\"13\"}";

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  InvoicingFixture f;

  @BeforeEach
  void setUp() {
    f = new InvoicingFixture(customers, users, mvc);
  }

  @AfterEach
  void nothingWasWritten() throws Exception {
    f.list(f.clerk, "status", "ISSUED").andExpect(jsonPath("$.total").value(countIssued));
  }

  int countIssued;

  /** A draft body with {@code extra} JSON members and the given lines. */
  String draft(String extra, String... lines) {
    return "{\"customerId\":\"" + f.acme.id() + "\",\"invoiceDate\":\"2026-03-01\"" + (extra.isEmpty() ? "" : ",")
        + extra + ",\"lines\":[" + String.join(",", lines) + "]}";
  }

  ResultActions refused(String body, int status, String code, String field) throws Exception {
    ResultActions r = f.create(body).andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value(code));
    if (field != null) {
      r.andExpect(jsonPath("$.errors[0].field").value(field));
    }
    f.list(f.clerk).andExpect(jsonPath("$.total").value(0));
    return r;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "zero quantity|\"quantity\":\"0\"|INVOICING_INVALID_QUANTITY|lines[1].quantity",
      "negative quantity|\"quantity\":\"-1\"|INVOICING_INVALID_QUANTITY|lines[1].quantity",
      "five decimals|\"quantity\":\"1.00001\"|INVOICING_INVALID_QUANTITY|lines[1].quantity",
      "not a number|\"quantity\":\"two\"|INVALID_AMOUNT|lines[1].quantity",
      "negative price|\"unitPrice\":\"-0.01\"|INVOICING_INVALID_UNIT_PRICE|lines[1].unitPrice",
      "more decimals than CNY|\"unitPrice\":\"10.005\"|AMOUNT_SCALE|lines[1].unitPrice",
      "tax rate over 100|\"taxRate\":\"101\"|INVOICING_INVALID_TAX_RATE|lines[1].taxRate",
      "negative tax rate|\"taxRate\":\"-6\"|INVOICING_INVALID_TAX_RATE|lines[1].taxRate",
      "discount over 100|\"discountPercent\":\"100.5\"|INVOICING_INVALID_DISCOUNT|lines[1].discountPercent",
      "no description|\"description\":\" \"|MISSING_FIELD|lines[1].description"})
  void aBadLineIsRefusedOnItsField(String name, String member, String code, String field) throws Exception {
    String key = member.substring(1, member.indexOf('"', 1));
    String bad = LINE.replaceFirst("\"" + key + "\":\"[^\"]*\"", member);
    if (!bad.contains(member)) {
      bad = LINE.replace("}", "," + member + "}");
    }
    refused(draft("", LINE, bad), 400, code, field);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown currency|\"currency\":\"XYZ\"|400|UNKNOWN_CURRENCY|currency",
      "lower-case currency|\"currency\":\"cny\"|400|UNKNOWN_CURRENCY|currency",
      "due before invoice date|\"dueDate\":\"2026-02-28\"|400|INVOICING_DUE_BEFORE_INVOICE|dueDate",
      "bad terms|\"paymentTerms\":\"NET-30\"|400|INVOICING_INVALID_TERMS|paymentTerms",
      "unknown company|\"companyId\":\"00000000-0000-7000-8000-000000000001\"|422|INVOICING_UNKNOWN_COMPANY|companyId",
      "percentages not 100|\"schedule\":{\"mode\":\"PERCENT\",\"parts\":[{\"percent\":\"50\"},{\"percent\":\"40\"}]}"
          + "|400|INVOICING_INSTALLMENT_PERCENT_SUM|schedule.parts",
      "installment before invoice date|\"schedule\":{\"mode\":\"EQUAL\",\"parts\":[{\"dueDate\":\"2026-01-01\"}]}"
          + "|400|INVOICING_DUE_BEFORE_INVOICE|schedule.parts[0].dueDate",
      "too many installments|\"schedule\":{\"mode\":\"EQUAL\",\"count\":61}|400|INVOICING_INVALID_SCHEDULE|schedule.count",
      "more installments than fen|\"schedule\":{\"mode\":\"EQUAL\",\"count\":60},\"currency\":\"JPY\""
          + "|422|INVOICING_INSTALLMENT_TOO_SMALL|schedule",
      "unknown rounding|\"taxRounding\":\"DOWN\"|400|INVALID_VALUE|taxRounding",
      "unknown field|\"discount\":\"5\"|400|UNKNOWN_FIELD|discount"})
  void aBadHeaderIsRefusedOnItsField(String name, String member, int status, String code, String field)
      throws Exception {
    String line = member.contains("JPY") ? LINE.replace("10.00", "10") : LINE;
    refused(draft(member, line), status, code, field);
  }

  @Test
  void anUnknownCustomerIs422AndAllProblemsOfARequestComeTogether() throws Exception {
    refused(draft("", LINE).replace(f.acme.id().toString(), UUID.randomUUID().toString()), 422,
        "INVOICING_UNKNOWN_CUSTOMER", "customerId");
    f.create("{\"invoiceDate\":\"2026-03-01\",\"currency\":\"CNY\","
            + "\"lines\":[{\"quantity\":\"0\",\"unitPrice\":\"1.001\",\"taxRate\":\"13\"}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("customerId",
            "lines[0].description", "lines[0].quantity", "lines[0].unitPrice")));
    f.create("{\"customerId\":").andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    f.create(draft("")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVOICING_NO_LINES"));
    f.create(draft("", "{\"description\":\"Free\",\"quantity\":\"1\",\"unitPrice\":\"0\",\"taxRate\":\"13\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("INVOICING_TOTAL_NOT_POSITIVE"));
  }

  @Test
  void problemsAreTranslated() throws Exception {
    mvc.perform(post("/api/v1/invoices").header("Authorization", f.clerk).header("Accept-Language", "zh-CN")
            .contentType(MediaType.APPLICATION_JSON)
            .content(draft("", LINE.replace("\"taxRate\":\"13\"", "\"taxRate\":\"113\""))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.title").value("税率无效"))
        .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("113%")));
  }

  @Test
  void anIssuedInvoiceCannotBeEditedNorDiscarded() throws Exception {
    String issued = f.issued(draft("", LINE));
    countIssued = 1;
    String id = JsonPath.read(issued, "$.id");
    int version = JsonPath.read(issued, "$.version");
    f.update(id, draft("\"version\":" + version, LINE))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("INVOICING_NOT_DRAFT"));
    mvc.perform(delete("/api/v1/invoices/" + id).param("version", String.valueOf(version))
            .header("Authorization", f.clerk))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("INVOICING_NOT_DRAFT"));
    f.update(id, draft("", LINE)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field")
        .value("version"));
    f.detail(id).andExpect(jsonPath("$.invoice.totals.gross.amount").value("22.60"));
  }

  @Test
  void badCreditNotesAreRefusedOnTheirFields() throws Exception {
    String id = JsonPath.read(f.issued(draft("", LINE)), "$.id");
    countIssued = 1;
    String draftId = f.createId(draft("", LINE));
    creditRefused("{\"invoiceId\":\"%s\",\"mode\":\"FULL\",\"reason\":\"x\",\"creditDate\":\"2026-02-01\"}", id, 422,
        "INVOICING_CREDIT_BEFORE_INVOICE", "creditDate");
    creditRefused("{\"invoiceId\":\"%s\",\"mode\":\"FULL\",\"reason\":\"x\",\"creditDate\":\"2099-01-01\"}", id, 422,
        "INVOICING_DATE_IN_FUTURE", "creditDate");
    creditRefused("{\"invoiceId\":\"%s\",\"mode\":\"FULL\",\"reason\":\" \"}", id, 400, "MISSING_FIELD", "reason");
    creditRefused("{\"invoiceId\":\"%s\",\"reason\":\"x\"}", id, 400, "MISSING_FIELD", "mode");
    creditRefused("{\"invoiceId\":\"%s\",\"mode\":\"AMOUNT\",\"reason\":\"x\",\"amount\":{\"amount\":\"1.00\","
        + "\"currency\":\"USD\"}}", id, 422, "INVOICING_CURRENCY_MISMATCH", "amount");
    creditRefused("{\"invoiceId\":\"%s\",\"mode\":\"LINES\",\"reason\":\"x\",\"lines\":[{\"lineNo\":9}]}", id, 400,
        "INVOICING_UNKNOWN_LINE", "lines[0].lineNo");
    creditRefused("{\"invoiceId\":\"%s\",\"mode\":\"FULL\",\"reason\":\"x\",\"amount\":{\"amount\":\"1.00\","
        + "\"currency\":\"CNY\"}}", id, 400, "INVOICING_INVALID_CREDIT", "amount");
    creditRefused("{\"invoiceId\":\"%s\",\"mode\":\"FULL\",\"reason\":\"x\"}", draftId, 422, "INVOICING_NOT_ISSUED",
        "invoiceId");
    creditRefused("{\"invoiceId\":\"%s\",\"mode\":\"FULL\",\"reason\":\"x\"}", UUID.randomUUID().toString(), 404,
        "INVOICING_INVOICE_NOT_FOUND", "invoiceId");
    mvc.perform(get("/api/v1/credit-notes").param("companyId", f.company.id().toString())
        .header("Authorization", f.clerk)).andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void badListFiltersAreRefused() throws Exception {
    f.list(f.clerk, "minAmount", "100").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("INVOICING_AMOUNT_FILTER_NEEDS_CURRENCY"));
    f.list(f.clerk, "minAmount", "1.001", "currency", "CNY").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("AMOUNT_SCALE"));
    f.list(f.clerk, "dueFrom", "2026-05-01", "dueTo", "2026-04-01").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("INVOICING_INVALID_RANGE"));
    f.list(f.clerk, "sort", "password").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("INVALID_PAGING"));
    f.list(f.clerk, "status", "PAID").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
    f.list(f.clerk, "minDaysOverdue", "-1").andExpect(status().isBadRequest());
    mvc.perform(post("/api/v1/invoices/issue").header("Authorization", f.clerk)
            .contentType(MediaType.APPLICATION_JSON).content("{\"ids\":[]}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ids"));
  }

  private void creditRefused(String template, String invoiceId, int status, String code, String field)
      throws Exception {
    f.credit(template.formatted(invoiceId), null).andExpect(status().is(status))
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.errors[0].field").value(field));
  }
}
