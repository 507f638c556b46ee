package org.openar.ledger;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.identity.UserView;
import org.openar.identity.Users;
import org.openar.shared.money.Money;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** GET /ledger/customers/{id}/payment-history: days to pay of settled invoices, per month and in total. */
@OpenArIntegrationTest
class PaymentHistoryApiTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired Ledger ledger;
  LedgerFixture f;
  String clerk;

  @BeforeEach
  void setUp() {
    f = new LedgerFixture(customers);
    clerk = Api.bearer(users, "history-clerk", Role.AR_CLERK);
  }

  private ItemView invoice(CustomerView c, String amount, String date, String due) {
    return ledger.post(LedgerFixture.invoice(c.id(), LedgerFixture.unique("INV"), amount + " CNY", date, due));
  }

  private Ledger.AllocationResult pay(CustomerView c, String amount, String valueDate, ItemView... debits) {
    return ledger.receive(LedgerFixture.payment(c.id(), LedgerFixture.unique("RC"), amount + " CNY", valueDate), null,
        List.of(debits).stream().map(d -> new Ledger.AllocationLine(d.id(), null, false)).toList());
  }

  @Test
  void settledInvoicesAreDatedByTheirLastPaymentAndAveragedPerMonth() throws Exception {
    ItemView early = invoice(f.acme, "100.00", "2026-01-05", "2026-02-04");
    ItemView late = invoice(f.acme, "200.00", "2026-01-10", "2026-02-09");
    ItemView partlyPaid = invoice(f.acme, "300.00", "2026-02-01", "2026-03-03");
    pay(f.acme, "100.00", "2026-02-01", early);             // 27 days, 3 days early
    pay(f.acme, "50.00", "2026-02-05", late);
    pay(f.acme, "150.00", "2026-03-01", late);              // settled by the second payment: 50 days, 20 late
    pay(f.acme, "100.00", "2026-03-02", partlyPaid);        // still open: not in the history

    mvc.perform(get("/api/v1/ledger/customers/" + f.acme.id().value() + "/payment-history")
            .param("from", "2026-01-01").param("to", "2026-06-30").header("Authorization", clerk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.from").value("2026-01-01"))
        .andExpect(jsonPath("$.total.invoices").value(2))
        .andExpect(jsonPath("$.total.paidLate").value(1))
        .andExpect(jsonPath("$.total.averageDaysToPay").value("38.5"))
        .andExpect(jsonPath("$.total.averageDaysLate").value("8.5"))
        .andExpect(jsonPath("$.total.maxDaysLate").value(20))
        .andExpect(jsonPath("$.months.length()").value(2))
        .andExpect(jsonPath("$.months[0].month").value("2026-02"))
        .andExpect(jsonPath("$.months[0].averageDaysLate").value("-3.0"))
        .andExpect(jsonPath("$.months[1].month").value("2026-03"))
        .andExpect(jsonPath("$.invoices.length()").value(2))
        .andExpect(jsonPath("$.invoices[0].itemId").value(late.id().value().toString()))
        .andExpect(jsonPath("$.invoices[0].settledOn").value("2026-03-01"))
        .andExpect(jsonPath("$.invoices[0].daysToPay").value(50))
        .andExpect(jsonPath("$.invoices[0].daysLate").value(20))
        .andExpect(jsonPath("$.invoices[0].amount.amount").value("200.00"))
        .andExpect(jsonPath("$.invoices[1].daysLate").value(-3))
        .andExpect(jsonPath("$.truncated").value(false));

    mvc.perform(get("/api/v1/ledger/customers/" + f.acme.id().value() + "/payment-history")
            .param("from", "2026-01-01").param("to", "2026-06-30").param("limit", "1")
            .header("Authorization", clerk))
        .andExpect(jsonPath("$.invoices.length()").value(1))
        .andExpect(jsonPath("$.total.invoices").value(2))
        .andExpect(jsonPath("$.truncated").value(true));
  }

  @Test
  void anUndonePaymentTakesItsInvoiceOutAndACreditNoteAloneIsNoPayment() throws Exception {
    ItemView paid = invoice(f.globex, "100.00", "2026-01-05", "2026-02-04");
    Ledger.AllocationResult r = pay(f.globex, "100.00", "2026-01-20", paid);
    ledger.unallocate(new Ledger.Unallocate(r.lines().get(0).allocationId(), LocalDate.parse("2026-01-25"), "wrong"));

    ItemView credited = invoice(f.globex, "80.00", "2026-01-05", "2026-02-04");
    ItemView note = ledger.post(new Ledger.PostItem(ItemType.CREDIT_NOTE, null, f.globex.id(),
        LedgerFixture.unique("CN"), null, Money.parse("80.00 CNY"), LocalDate.parse("2026-01-10"), null, null, null,
        null, null, null));
    ledger.allocate(new Ledger.Allocate(note.id(), null, List.of(new Ledger.AllocationLine(credited.id(), null, null)),
        null));

    mvc.perform(get("/api/v1/ledger/customers/" + f.globex.id().value() + "/payment-history")
            .param("from", "2026-01-01").param("to", "2026-06-30").header("Authorization", clerk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total.invoices").value(0))
        .andExpect(jsonPath("$.total.averageDaysToPay").doesNotExist())
        .andExpect(jsonPath("$.months.length()").value(0))
        .andExpect(jsonPath("$.invoices.length()").value(0));
  }

  @Test
  void aSalesRepSeesOnlyItsOwnCustomersAndBadRangesAreRefusedOnTheirField() throws Exception {
    UserView rep = users.create(new Users.NewUser(LedgerFixture.unique("rep"), "Rep", null, Api.PASSWORD,
        java.util.Set.of(Role.SALES_REP), "en"));
    CustomerView own = f.customer(customers, LedgerFixture.unique("OWN"), rep.id());
    String repBearer = "Bearer " + users.createToken(rep.username(), "test", null);

    mvc.perform(get("/api/v1/ledger/customers/" + own.id().value() + "/payment-history")
            .header("Authorization", repBearer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total.invoices").value(0));
    mvc.perform(get("/api/v1/ledger/customers/" + f.acme.id().value() + "/payment-history")
            .header("Authorization", repBearer))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("CUSTOMERS_CUSTOMER_NOT_FOUND"));
    mvc.perform(get("/api/v1/ledger/customers/" + f.acme.id().value() + "/payment-history")
            .param("from", "2026-05-01").param("to", "2026-04-01").header("Authorization", clerk))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
    mvc.perform(get("/api/v1/ledger/customers/" + f.acme.id().value() + "/payment-history")
            .param("limit", "5000").header("Authorization", clerk))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("limit"));
  }
}
