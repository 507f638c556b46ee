package org.openar.invoicing;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.ledger.ItemId;
import org.openar.ledger.Ledger;
import org.openar.shared.money.Money;
import org.openar.shared.security.Role;
import org.openar.shared.terms.PaymentTerms;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The invoice list: filters, sorting and paging on the server, open amounts following the ledger, sales-rep limits. */
@OpenArIntegrationTest
class InvoiceListTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired Ledger ledger;
  InvoicingFixture f;

  @BeforeEach
  void setUp() {
    f = new InvoicingFixture(customers, users, mvc);
  }

  String issue(CustomerView c, String date, String line) throws Exception {
    return f.issued(InvoicingFixture.body(c.id().value(), date, line));
  }

  @Test
  void filtersSortingAndPagingRunOnTheServer() throws Exception {
    issue(f.acme, "2026-01-10", "1 x 100.00 @ 13");
    issue(f.acme, "2026-02-10", "1 x 200.00 @ 13");
    issue(f.globex, "2026-03-10", "1 x 300.00 @ 13");
    f.createId(InvoicingFixture.body(f.globex.id().value(), "2026-04-10", "1 x 400.00 @ 13"));

    f.list(f.clerk, "sort", "-grossAmount", "size", "2").andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(4))
        .andExpect(jsonPath("$.items.length()").value(2))
        .andExpect(jsonPath("$.items[0].grossAmount.amount").value("452.00"))
        .andExpect(jsonPath("$.items[0].status").value("DRAFT"))
        .andExpect(jsonPath("$.items[0].paymentStatus").doesNotExist());
    f.list(f.clerk, "status", "ISSUED", "customerId", f.acme.id().toString(), "sort", "number")
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items[0].number").value("INV-2026-000001"));
    f.list(f.clerk, "currency", "CNY", "minAmount", "200", "maxAmount", "338.99")
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].customer.code").value(f.acme.code()));
    f.list(f.clerk, "dueFrom", "2026-03-01", "dueTo", "2026-03-31").andExpect(jsonPath("$.total").value(1));
    // globex pays end of month + 60: the March invoice is due 2026-05-30
    f.list(f.clerk, "invoiceFrom", "2026-03-01", "q", "globex")
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items[?(@.status == 'ISSUED')].dueDate").value(org.hamcrest.Matchers.contains(
            "2026-05-30")));
    f.list(f.clerk, "q", "inv-2026-000002").andExpect(jsonPath("$.total").value(1));
    f.list(f.clerk, "minDaysOverdue", "90").andExpect(jsonPath("$.total").value(3));
    f.list(f.clerk, "minDaysOverdue", "1", "maxDaysOverdue", "180").andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.totalExact").value(true))
        .andExpect(jsonPath("$.items[*].number").value(org.hamcrest.Matchers.contains("INV-2026-000003")));
  }

  @Test
  void openAmountsFollowPaymentsInTheLedger() throws Exception {
    String issued = issue(f.acme, "2026-01-10", "1 x 100.00 @ 13");
    String item = JsonPath.read(issued, "$.installments[0].ledgerItemId");
    f.list(f.clerk, "paymentStatus", "OPEN").andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].daysOverdue").value(org.hamcrest.Matchers.greaterThan(200)));
    ledger.receive(Ledger.PostItem.payment(f.acme.id(), "RC-" + UUID.randomUUID(), Money.of("50.00", "CNY"),
        LocalDate.parse("2026-02-01")), null, List.of(new Ledger.AllocationLine(ItemId.of(item), null, false)));
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> f.list(f.clerk, "paymentStatus", "PARTIALLY_SETTLED")
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].openAmount.amount").value("63.00")));
    ledger.receive(Ledger.PostItem.payment(f.acme.id(), "RC-" + UUID.randomUUID(), Money.of("63.00", "CNY"),
        LocalDate.parse("2026-02-02")), null, List.of(new Ledger.AllocationLine(ItemId.of(item), null, false)));
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> f.list(f.clerk, "paymentStatus", "SETTLED")
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].daysOverdue").value(0)));
    f.list(f.clerk, "minDaysOverdue", "1").andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void aSalesRepSeesOnlyItsOwnCustomersInvoices() throws Exception {
    String repToken = Api.bearer(users, "invoicing-rep", Role.SALES_REP);
    UUID rep = users.findByUsername("invoicing-rep").orElseThrow().id();
    CustomerView own = f.customer(customers, "OWN-" + UUID.randomUUID().toString().substring(0, 6), "自己的客户",
        PaymentTerms.NET30, rep);
    String mine = JsonPath.read(issue(own, "2026-03-01", "1 x 10.00 @ 13"), "$.id");
    String theirs = JsonPath.read(issue(f.acme, "2026-03-01", "1 x 10.00 @ 13"), "$.id");

    f.list(repToken).andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(mine));
    mvc.perform(get("/api/v1/invoices/" + theirs).header("Authorization", repToken))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/invoices/" + mine + "/pdf").header("Authorization", repToken))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/invoices/" + theirs + "/pdf").header("Authorization", repToken))
        .andExpect(status().isNotFound());
    f.list(f.clerk, "salesRepId", rep.toString()).andExpect(jsonPath("$.total").value(1));
    mvc.perform(post("/api/v1/invoices").header("Authorization", repToken).contentType(MediaType.APPLICATION_JSON)
        .content(InvoicingFixture.body(own.id().value(), "2026-03-01", "1 x 1.00 @ 0"))).andExpect(status().isForbidden());
  }

  @Test
  void theSelectedDraftsAreIssuedInBulkEachWithItsOwnOutcome() throws Exception {
    String a = f.createId(InvoicingFixture.body(f.acme.id().value(), "2026-03-01", "1 x 10.00 @ 13"));
    String future = f.createId(InvoicingFixture.body(f.acme.id().value(), "2099-03-01", "1 x 10.00 @ 13"));
    String b = f.createId(InvoicingFixture.body(f.globex.id().value(), "2026-03-02", "1 x 10.00 @ 13"));
    String body = "{\"ids\":[\"%s\",\"%s\",\"%s\"]}".formatted(a, future, b);
    String first = mvc.perform(post("/api/v1/invoices/issue").header("Authorization", f.clerk)
            .header("Idempotency-Key", "bulk-" + a).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.issued").value(2))
        .andExpect(jsonPath("$.refused").value(1))
        .andExpect(jsonPath("$.outcomes[0].number").value("INV-2026-000001"))
        .andExpect(jsonPath("$.outcomes[1].code").value("INVOICING_DATE_IN_FUTURE"))
        .andExpect(jsonPath("$.outcomes[2].number").value("INV-2026-000002"))
        .andReturn().getResponse().getContentAsString();
    mvc.perform(post("/api/v1/invoices/issue").header("Authorization", f.clerk)
            .header("Idempotency-Key", "bulk-" + a).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(jsonPath("$.outcomes[0].number").value("INV-2026-000001"))
        .andExpect(jsonPath("$.outcomes[2].number").value("INV-2026-000002"));
    org.assertj.core.api.Assertions.assertThat(first).contains("after today");
  }
}
