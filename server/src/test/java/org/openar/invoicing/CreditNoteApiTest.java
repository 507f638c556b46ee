package org.openar.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.invoicing.persistence.NumberSequenceRepository;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.money.Money;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Credit notes: posted as CREDIT_NOTE items, applied to the oldest open installments, never beyond the invoice. */
@OpenArIntegrationTest
class CreditNoteApiTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired LedgerQueries ledger;
  @Autowired Ledger ledgerWrites;
  @Autowired NumberSequenceRepository sequences;
  InvoicingFixture f;
  String invoiceId;
  List<String> items;

  @BeforeEach
  void setUp() throws Exception {
    f = new InvoicingFixture(customers, users, mvc);
    String issued = f.issued("""
        {"customerId":"%s","invoiceDate":"2026-02-01","paymentTerms":"NET30",
         "lines":[{"description":"Widget","unit":"pcs","quantity":"10","unitPrice":"50.00","taxRate":"13"},
                  {"description":"Installation","quantity":"1","unitPrice":"200.00","taxRate":"6"}],
         "schedule":{"mode":"EQUAL","count":2}}""".formatted(f.acme.id()));
    invoiceId = JsonPath.read(issued, "$.id");
    items = JsonPath.read(issued, "$.installments[*].ledgerItemId");
    // gross 565.00 + 212.00 = 777.00 in two installments of 388.50
  }

  Money open(int installment) {
    return ledger.get(ItemId.of(items.get(installment))).openAmount();
  }

  @Test
  void aCreditByLinesIsPostedAndAppliedToTheOldestInstallmentFirst() throws Exception {
    String note = f.credit("""
        {"invoiceId":"%s","creditDate":"2026-02-10","mode":"LINES","reason":"两件损坏 damaged",
         "lines":[{"lineNo":1,"quantity":"8"}]}""".formatted(invoiceId), null)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.number").value("CN-2026-000001"))
        .andExpect(jsonPath("$.invoiceNumber").value("INV-2026-000001"))
        .andExpect(jsonPath("$.totals.net.amount").value("400.00"))
        .andExpect(jsonPath("$.totals.tax.amount").value("52.00"))
        .andExpect(jsonPath("$.totals.gross.amount").value("452.00"))
        .andExpect(jsonPath("$.appliedAmount.amount").value("452.00"))
        .andExpect(jsonPath("$.lines[0].invoiceLineNo").value(1))
        .andReturn().getResponse().getContentAsString();
    assertThat(open(0)).isEqualTo(Money.of("0.00", "CNY"));
    assertThat(open(1)).isEqualTo(Money.of("325.00", "CNY"));
    ItemView credit = ledger.get(ItemId.of(JsonPath.read(note, "$.ledgerItemId")));
    assertThat(credit.type()).isEqualTo(ItemType.CREDIT_NOTE);
    assertThat(credit.status()).isEqualTo(ItemStatus.CLEARED);
    assertThat(credit.reference()).isEqualTo("INV-2026-000001");
    assertThat(credit.valueDate()).hasToString("2026-02-10");

    f.detail(invoiceId).andExpect(status().isOk())
        .andExpect(jsonPath("$.invoice.status").value("ISSUED"))
        .andExpect(jsonPath("$.invoice.creditedAmount.amount").value("452.00"))
        .andExpect(jsonPath("$.invoice.openAmount.amount").value("325.00"))
        .andExpect(jsonPath("$.invoice.installments[0].openAmount.amount").value("0.00"))
        .andExpect(jsonPath("$.creditNotes[0].number").value("CN-2026-000001"))
        .andExpect(jsonPath("$.ledger[0].allocations[0].counterType").value("CREDIT_NOTE"))
        .andExpect(jsonPath("$.ledger[0].allocations[0].counterDocumentNumber").value("CN-2026-000001"))
        .andExpect(jsonPath("$.history[*].action").value(org.hamcrest.Matchers.hasItem("credited")));
    f.list(f.clerk, "paymentStatus", "PARTIALLY_SETTLED").andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void creditingEverythingLeftCancelsTheInvoiceAndNothingMoreCanBeCredited() throws Exception {
    f.credit(amount("100.00"), null).andExpect(status().isCreated());
    f.credit("""
        {"invoiceId":"%s","creditDate":"2026-02-11","mode":"FULL","reason":"order cancelled"}""".formatted(invoiceId),
            null)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.totals.gross.amount").value("677.00"));
    f.detail(invoiceId)
        .andExpect(jsonPath("$.invoice.status").value("CANCELLED"))
        .andExpect(jsonPath("$.invoice.openAmount.amount").value("0.00"))
        .andExpect(jsonPath("$.invoice.creditedAmount.amount").value("777.00"));
    long before = sequences.last(f.company.id(), NumberSequenceRepository.Kind.CREDIT_NOTE, 2026);
    f.credit(amount("0.01"), null)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("INVOICING_OVER_CREDIT"))
        .andExpect(jsonPath("$.errors[0].field").value("amount"));
    assertThat(sequences.last(f.company.id(), NumberSequenceRepository.Kind.CREDIT_NOTE, 2026)).isEqualTo(before);
    // the net and tax credited are exactly the invoice's
    String notes = mvc.perform(get("/api/v1/credit-notes").param("invoiceId", invoiceId)
            .header("Authorization", f.clerk)).andReturn().getResponse().getContentAsString();
    List<String> taxes = JsonPath.read(notes, "$.items[*].taxAmount.amount");
    assertThat(taxes.stream().map(java.math.BigDecimal::new).reduce(java.math.BigDecimal.ZERO,
        java.math.BigDecimal::add)).isEqualByComparingTo("77.00");
  }

  @Test
  void overCreditingIsRefusedAndWritesNothing() throws Exception {
    f.credit(amount("777.01"), null)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("INVOICING_OVER_CREDIT"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("777.00")));
    f.credit("""
        {"invoiceId":"%s","mode":"LINES","reason":"x","lines":[{"lineNo":2,"quantity":"1.5"}]}""".formatted(invoiceId),
            null)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("INVOICING_LINE_OVER_CREDIT"))
        .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"));
    assertThat(sequences.last(f.company.id(), NumberSequenceRepository.Kind.CREDIT_NOTE, 2026)).isZero();
    assertThat(open(0)).isEqualTo(Money.of("388.50", "CNY"));
  }

  @Test
  void aCreditNoteOnAPaidInvoiceStaysOpenAsTheCustomersCredit() throws Exception {
    ledgerWrites.receive(Ledger.PostItem.payment(f.acme.id(), "RC-" + invoiceId.substring(0, 8),
        Money.of("777.00", "CNY"), java.time.LocalDate.parse("2026-02-05")), null, List.of(
        new Ledger.AllocationLine(ItemId.of(items.get(0)), null, false),
        new Ledger.AllocationLine(ItemId.of(items.get(1)), null, false)));
    String note = f.credit(amount("113.00"), "credit-" + invoiceId)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.appliedAmount.amount").value("0.00"))
        .andReturn().getResponse().getContentAsString();
    String again = f.credit(amount("113.00"), "credit-" + invoiceId).andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    assertThat(again).isEqualTo(note);
    ItemView credit = ledger.get(ItemId.of(JsonPath.read(note, "$.ledgerItemId")));
    assertThat(credit.openAmount()).isEqualTo(Money.of("113.00", "CNY"));
    mvc.perform(get("/api/v1/credit-notes/" + JsonPath.read(note, "$.id")).header("Authorization", f.clerk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ledger.openAmount.amount").value("113.00"))
        .andExpect(jsonPath("$.history[0].action").value("issued"));
    byte[] pdf = mvc.perform(get("/api/v1/credit-notes/" + JsonPath.read(note, "$.id") + "/pdf")
            .param("lang", "zh-CN").header("Authorization", f.clerk))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(pdf).isNotEmpty();
  }

  @Test
  void thePreviewShowsWhatIsLeftWithoutIssuing() throws Exception {
    mvc.perform(post("/api/v1/credit-notes/preview").header("Authorization", f.clerk)
            .contentType(MediaType.APPLICATION_JSON).content(amount("212.00")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.creditableBefore.amount").value("777.00"))
        .andExpect(jsonPath("$.creditableAfter.amount").value("565.00"))
        .andExpect(jsonPath("$.taxGroups.length()").value(2));
    assertThat(sequences.last(f.company.id(), NumberSequenceRepository.Kind.CREDIT_NOTE, 2026)).isZero();
  }

  private String amount(String gross) {
    return """
        {"invoiceId":"%s","creditDate":"2026-02-10","mode":"AMOUNT","reason":"price adjustment 价格调整",
         "amount":{"amount":"%s","currency":"CNY"}}""".formatted(invoiceId, gross);
  }
}
