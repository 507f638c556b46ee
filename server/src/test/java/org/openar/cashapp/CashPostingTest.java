package org.openar.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.cashapp.app.CashImports;
import org.openar.cashapp.app.CashQueries;
import org.openar.cashapp.app.HouseAccountService;
import org.openar.cashapp.app.ImportRequest;
import org.openar.cashapp.app.LineReversal;
import org.openar.cashapp.domain.LineStatus;
import org.openar.cashapp.domain.PostingDetails;
import org.openar.cashapp.domain.Resolution;
import org.openar.cashapp.persistence.LineRow;
import org.openar.cashapp.persistence.LineSearch;
import org.openar.shared.paging.PageQuery;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.ledger.ItemDetail;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.money.Money;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an automatic posting writes to the ledger, line by line in one transaction each: the receipt on the value date
 * with the bank reference, its allocation, the discount the ledger earns inside the window, the bank-fee write-off
 * within tolerance, an overpayment left on account; and that undoing a posting re-opens everything.
 */
@OpenArIntegrationTest
class CashPostingTest {

  @Autowired Customers customers;
  @Autowired CustomerMasterData masterData;
  @Autowired HouseAccountService accounts;
  @Autowired Ledger ledger;
  @Autowired LedgerQueries ledgerQueries;
  @Autowired CashImports imports;
  @Autowired CashQueries queries;
  @Autowired LineReversal reversal;
  @Autowired BusinessCalendar calendar;
  @Autowired JsonMapper json;

  CashFixture f;
  LocalDate today;

  @BeforeEach
  void setUp() {
    f = new CashFixture(customers, masterData, accounts, ledger);
    today = calendar.today();
  }

  @Test
  void anExactPaymentPostsAReceiptOnTheValueDateAllocatedToTheInvoice() {
    CustomerView acme = f.customer("上海顶峰贸易有限公司", "Shanghai Summit Trading Co., Ltd.", Camt053.iban(f.randomAccount()));
    ItemView inv = f.invoice(acme, f.number("INV"), "1250.00 CNY", today.minusDays(20), "NET30");
    CashImports.Result r = importStatement(f.statement(today).credit("BR-1", "1250.00", "Shanghai Summit Trading",
        bankIban(acme), "Payment " + inv.documentNumber()));

    assertThat(r.total().autoPosted()).isEqualTo(1);
    LineRow line = onlyLine(r);
    assertThat(line.status()).isEqualTo(LineStatus.MATCHED);
    assertThat(line.resolution()).isEqualTo(Resolution.AUTO);
    PostingDetails.ReceiptDone receipt = details(line).receipts().get(0);
    ItemView payment = ledgerQueries.get(new org.openar.ledger.ItemId(receipt.receiptId()));
    assertThat(payment.type()).isEqualTo(ItemType.PAYMENT);
    assertThat(payment.valueDate()).isEqualTo(today);
    assertThat(payment.reference()).isEqualTo("BR-1");
    assertThat(payment.customerId()).isEqualTo(acme.id());
    assertThat(payment.status()).isEqualTo(ItemStatus.CLEARED);
    assertThat(ledgerQueries.get(inv.id()).status()).isEqualTo(ItemStatus.CLEARED);
  }

  @Test
  void aPaymentNetOfTheEarlyPaymentDiscountEarnsTheDiscount() {
    CustomerView c = f.customer("杭州晨曦电子有限公司", "Hangzhou Dawn Electronics", Camt053.iban(f.randomAccount()));
    ItemView inv = f.invoice(c, f.number("INV"), "10000.00 CNY", today.minusDays(3), "2/10,NET30");
    CashImports.Result r = importStatement(f.statement(today).credit("BR-2", "9800.00", "Hangzhou Dawn Electronics",
        bankIban(c), inv.documentNumber()));

    assertThat(r.total().autoPosted()).isEqualTo(1);
    PostingDetails.AppliedDone applied = details(onlyLine(r)).receipts().get(0).applied().get(0);
    assertThat(applied.amount()).isEqualTo(Money.parse("9800.00 CNY"));
    assertThat(applied.discount()).isEqualTo(Money.parse("200.00 CNY"));
    ItemDetail d = ledgerQueries.detail(inv.id());
    assertThat(d.item().status()).isEqualTo(ItemStatus.CLEARED);
    assertThat(d.allocations()).extracting(ItemDetail.Movement::counterType).containsExactlyInAnyOrder(ItemType.PAYMENT,
        ItemType.DISCOUNT);
  }

  @Test
  void aBankFeeShortfallWithinToleranceIsWrittenOffWithAReason() {
    CustomerView c = f.customer("广州南方机械有限公司", "Guangzhou South Machinery", Camt053.iban(f.randomAccount()));
    ItemView inv = f.invoice(c, f.number("INV"), "5000.00 CNY", today.minusDays(40), "NET30");
    CashImports.Result r = importStatement(f.statement(today).credit("BR-3", "4985.00", "Guangzhou South Machinery",
        bankIban(c), "INV " + inv.documentNumber()));

    assertThat(r.total().autoPosted()).isEqualTo(1);
    PostingDetails.AppliedDone applied = details(onlyLine(r)).receipts().get(0).applied().get(0);
    assertThat(applied.writeOff()).isEqualTo(Money.parse("15.00 CNY"));
    ItemView writeOff = ledgerQueries.get(new org.openar.ledger.ItemId(applied.writeOffItemId()));
    assertThat(writeOff.type()).isEqualTo(ItemType.WRITE_OFF);
    assertThat(writeOff.description()).contains("Bank fee");
    assertThat(ledgerQueries.get(inv.id()).status()).isEqualTo(ItemStatus.CLEARED);
  }

  @Test
  void anOverpaymentStaysOnAccountOnTheReceipt() {
    CustomerView c = f.customer("深圳海湾科技有限公司", "Shenzhen Bay Tech", Camt053.iban(f.randomAccount()));
    ItemView inv = f.invoice(c, f.number("INV"), "800.00 CNY", today.minusDays(10), "NET30");
    CashImports.Result r = importStatement(f.statement(today).credit("BR-4", "1000.00", "Shenzhen Bay Tech",
        bankIban(c), "Invoice " + inv.documentNumber()));

    LineRow line = onlyLine(r);
    assertThat(line.status()).as(line.matchJson()).isEqualTo(LineStatus.MATCHED);
    PostingDetails.ReceiptDone receipt = details(line).receipts().get(0);
    assertThat(receipt.onAccount()).isEqualTo(Money.parse("200.00 CNY"));
    ItemView payment = ledgerQueries.get(new org.openar.ledger.ItemId(receipt.receiptId()));
    assertThat(payment.openAmount()).isEqualTo(Money.parse("200.00 CNY"));
    assertThat(ledgerQueries.get(inv.id()).status()).isEqualTo(ItemStatus.CLEARED);
  }

  @Test
  void undoingAPostingReversesReceiptDiscountAndWriteOffAndPutsTheLineBackInTheQueue() {
    CustomerView c = f.customer("苏州园林建材有限公司", "Suzhou Garden Materials", Camt053.iban(f.randomAccount()));
    ItemView inv = f.invoice(c, f.number("INV"), "3000.00 CNY", today.minusDays(40), "NET30");
    CashImports.Result r = importStatement(f.statement(today).credit("BR-5", "2990.00", "Suzhou Garden Materials",
        bankIban(c), inv.documentNumber()));
    LineRow line = onlyLine(r);
    PostingDetails.ReceiptDone receipt = details(line).receipts().get(0);

    reversal.undo(line.id(), "Posted to the wrong customer", line.version());

    LineRow after = queries.line(line.id()).line();
    assertThat(after.status()).isEqualTo(LineStatus.SUGGESTED);
    assertThat(after.resolution()).isNull();
    assertThat(queries.line(line.id()).posting()).isNull();
    assertThat(queries.line(line.id()).history()).singleElement().satisfies(p -> {
      assertThat(p.reversalReason()).isEqualTo("Posted to the wrong customer");
    });
    assertThat(ledgerQueries.get(new org.openar.ledger.ItemId(receipt.receiptId())).status())
        .isEqualTo(ItemStatus.REVERSED);
    assertThat(ledgerQueries.get(new org.openar.ledger.ItemId(receipt.applied().get(0).writeOffItemId())).status())
        .isEqualTo(ItemStatus.REVERSED);
    ItemView reopened = ledgerQueries.get(inv.id());
    assertThat(reopened.status()).isEqualTo(ItemStatus.OPEN);
    assertThat(reopened.openAmount()).isEqualTo(Money.parse("3000.00 CNY"));
  }

  CashImports.Result importStatement(Camt053 statement) {
    return imports.importAndMatch(new ImportRequest("camt053-" + f.tag + ".xml", statement.bytes(), null, null, null,
        "API"), true);
  }

  LineRow onlyLine(CashImports.Result r) {
    StatementId id = r.outcome().statements().get(0).id();
    List<LineRow> rows = queries.lines(new LineSearch(null, id, null, null, null, null, null, null, null, null, null),
        PageQuery.of(0, 50)).items();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  PostingDetails details(LineRow line) {
    return json.readValue(queries.line(line.id()).posting().detailsJson(), PostingDetails.class);
  }

  String bankIban(CustomerView c) {
    return customers.detail(c.id()).bankAccounts().get(0).accountNumber();
  }
}
