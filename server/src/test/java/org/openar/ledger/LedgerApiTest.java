package org.openar.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The ledger through its REST API: post, receive and apply, list, detail, balances, reversal. */
@OpenArIntegrationTest
class LedgerApiTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  LedgerFixture f;
  String clerk;

  @BeforeEach
  void setUp() {
    f = new LedgerFixture(customers);
    clerk = Api.bearer(users, "ledger-clerk", Role.AR_CLERK);
  }

  @Test
  void anInvoiceIsPaidByAReceiptThatEarnsItsDiscountAndTheRestStaysOnAccount() throws Exception {
    String inv = postItem("""
        {"type":"INVOICE","customerId":"%s","documentNumber":"%s","amount":{"amount":"1000.00","currency":"CNY"},
         "documentDate":"2026-01-15","paymentTerms":"2/10,NET30"}""".formatted(f.acme.id(), LedgerFixture.unique("INV")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.dueDate").value("2026-02-14"))
        .andExpect(jsonPath("$.openAmount.amount").value("1000.00"))
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andReturn().getResponse().getContentAsString();
    String invId = JsonPath.read(inv, "$.id");

    mvc.perform(get("/api/v1/ledger/items/" + invId + "/discount").param("paymentDate", "2026-01-20")
            .header("Authorization", clerk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.discount.amount").value("20.00"))
        .andExpect(jsonPath("$.payable.amount").value("980.00"))
        .andExpect(jsonPath("$.windowEndsOn").value("2026-01-25"));

    mvc.perform(post("/api/v1/ledger/receipts").header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"customerId":"%s","documentNumber":"%s","amount":{"amount":"1500.00","currency":"CNY"},
                 "valueDate":"2026-01-20","allocations":[{"debitItemId":"%s"}]}"""
                .formatted(f.acme.id(), LedgerFixture.unique("RC"), invId)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.credit.openAmount.amount").value("520.00"))
        .andExpect(jsonPath("$.lines[0].amount.amount").value("980.00"))
        .andExpect(jsonPath("$.lines[0].discount.amount").value("20.00"))
        .andExpect(jsonPath("$.lines[0].debitOpenAfter.amount").value("0.00"));

    mvc.perform(get("/api/v1/ledger/items/" + invId).header("Authorization", clerk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.item.status").value("CLEARED"))
        .andExpect(jsonPath("$.allocations.length()").value(2))
        .andExpect(jsonPath("$.history[1].openAfter.amount").value("0.00"));

    mvc.perform(get("/api/v1/ledger/customers/" + f.acme.id() + "/balances").header("Authorization", clerk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].currency").value("CNY"))
        .andExpect(jsonPath("$[0].openDebit.amount").value("0.00"))
        .andExpect(jsonPath("$[0].unappliedCredit.amount").value("520.00"))
        .andExpect(jsonPath("$[0].net.amount").value("-520.00"));
  }

  @Test
  void listsArePagedSortedAndFilteredOnTheServer() throws Exception {
    for (int i = 1; i <= 5; i++) {
      postItem("""
          {"type":"INVOICE","customerId":"%s","documentNumber":"LST-%d-%s","amount":{"amount":"%d00.00","currency":"CNY"},
           "documentDate":"2026-0%d-01","dueDate":"2026-0%d-28"}""".formatted(f.acme.id(), i, f.company.code(), i, i, i))
          .andExpect(status().isCreated());
    }
    mvc.perform(get("/api/v1/ledger/items").header("Authorization", clerk)
            .param("customerId", f.acme.id().toString()).param("sort", "-dueDate").param("size", "2")
            .param("page", "0"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(5))
        .andExpect(jsonPath("$.items.length()").value(2))
        .andExpect(jsonPath("$.items[0].documentNumber").value("LST-5-" + f.company.code()));
    mvc.perform(get("/api/v1/ledger/items").header("Authorization", clerk)
            .param("companyId", f.companyId().toString()).param("currency", "CNY")
            .param("minAmount", "200").param("maxAmount", "400").param("documentNumber", "lst-")
            .param("dueFrom", "2026-03-01").param("status", "OPEN").param("type", "INVOICE"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(2));
    mvc.perform(get("/api/v1/ledger/items").header("Authorization", clerk)
            .param("companyId", f.companyId().toString()).param("minDaysOverdue", "0"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(5));
  }

  @Test
  void aReversedInvoiceGivesItsPaymentBackToAccount() throws Exception {
    String invId = JsonPath.read(postItem("""
        {"type":"INVOICE","customerId":"%s","documentNumber":"%s","amount":{"amount":"300.00","currency":"CNY"},
         "documentDate":"2026-02-01","dueDate":"2026-03-01"}""".formatted(f.acme.id(), LedgerFixture.unique("INV")))
        .andReturn().getResponse().getContentAsString(), "$.id");
    mvc.perform(post("/api/v1/ledger/receipts").header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"customerId":"%s","documentNumber":"%s","amount":{"amount":"300.00","currency":"CNY"},
                 "valueDate":"2026-02-10","allocations":[{"debitItemId":"%s"}]}"""
                .formatted(f.acme.id(), LedgerFixture.unique("RC"), invId)))
        .andExpect(status().isCreated());
    mvc.perform(post("/api/v1/ledger/items/" + invId + "/reversal").header("Authorization", clerk)
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"wrong customer\",\"date\":\"2026-03-01\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reversed.status").value("REVERSED"))
        .andExpect(jsonPath("$.reversal.type").value("REVERSAL"))
        .andExpect(jsonPath("$.reversal.description").value("wrong customer"))
        .andExpect(jsonPath("$.undone.length()").value(1));
    mvc.perform(get("/api/v1/ledger/customers/" + f.acme.id() + "/balances").header("Authorization", clerk))
        .andExpect(jsonPath("$[0].unappliedCredit.amount").value("300.00"))
        .andExpect(jsonPath("$[0].openDebit.amount").value("0.00"));
    mvc.perform(get("/api/v1/ledger/customers/" + f.acme.id() + "/balances").param("asOf", "2026-02-05")
            .header("Authorization", clerk))
        .andExpect(jsonPath("$[0].openDebit.amount").value("300.00"))
        .andExpect(jsonPath("$[0].unappliedCredit.amount").value("0.00"));
    mvc.perform(get("/api/v1/ledger/customers/" + f.acme.id() + "/aging").param("asOf", "2026-02-05")
            .header("Authorization", clerk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.buckets[1]").value("1-30"))
        .andExpect(jsonPath("$.rows[0].amounts[0].amount").value("300.00"));
  }

  @Test
  void theLedgerApiIsDocumentedInOpenApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/ledger/allocations'].post.summary").isNotEmpty())
        .andExpect(jsonPath("$.paths['/api/v1/ledger/receipts'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/ledger/items'].get.parameters[?(@.name == 'minDaysOverdue')]").exists())
        .andExpect(jsonPath("$.paths['/api/v1/ledger/fx-rates'].put").exists());
  }

  @Test
  void aDuplicateDocumentNumberIsAConflictOnTheNumberField() throws Exception {
    String number = LedgerFixture.unique("DUP");
    String json = """
        {"type":"INVOICE","customerId":"%s","documentNumber":"%s","amount":{"amount":"1.00","currency":"CNY"},
         "documentDate":"2026-01-15","dueDate":"2026-01-31"}""".formatted(f.acme.id(), number);
    postItem(json).andExpect(status().isCreated());
    mvc.perform(post("/api/v1/ledger/items").header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
            .content(json))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("LEDGER_DUPLICATE_DOCUMENT"))
        .andExpect(jsonPath("$.errors[0].field").value("documentNumber"));
    postItem(json.replace("\"INVOICE\"", "\"FEE\"")).andExpect(status().isCreated());
  }

  private ResultActions postItem(String json) throws Exception {
    return mvc.perform(post("/api/v1/ledger/items").header("Authorization", clerk)
        .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(content().contentTypeCompatibleWith(
            MediaType.APPLICATION_JSON));
  }
}
