package org.openar.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.cashapp.app.CashImports;
import org.openar.cashapp.app.CashQueries;
import org.openar.cashapp.app.HouseAccountService;
import org.openar.cashapp.app.ImportRequest;
import org.openar.cashapp.app.MatchRunner;
import org.openar.cashapp.app.MatchSummary;
import org.openar.cashapp.app.QueueActions;
import org.openar.cashapp.domain.LineStatus;
import org.openar.cashapp.domain.Resolution;
import org.openar.cashapp.domain.SplitRules;
import org.openar.cashapp.persistence.LineRow;
import org.openar.cashapp.persistence.LineSearch;
import org.openar.customers.AliasSource;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.money.Money;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person's match teaches the payer to the customer, so the next receipt from that payer is posted on its own; and
 * two matching runs over the same statement at the same time post every line exactly once.
 */
@OpenArIntegrationTest
class LearningAndConcurrencyTest {

  @Autowired Customers customers;
  @Autowired CustomerMasterData masterData;
  @Autowired HouseAccountService accounts;
  @Autowired Ledger ledger;
  @Autowired LedgerQueries ledgerQueries;
  @Autowired CashImports imports;
  @Autowired CashQueries queries;
  @Autowired QueueActions actions;
  @Autowired MatchRunner runner;
  @Autowired BusinessCalendar calendar;
  @Autowired JdbcClient jdbc;

  final ExecutorService threads = Executors.newFixedThreadPool(2);
  CashFixture f;
  LocalDate today;

  @BeforeEach
  void setUp() {
    f = new CashFixture(customers, masterData, accounts, ledger);
    today = calendar.today();
  }

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void aManualMatchTeachesThePayerNameSoTheNextReceiptFromThatPayerIsPostedAutomatically() {
    CustomerView c = f.customer("北京长城重工股份有限公司", "Beijing Great Wall Heavy Industry", null);
    ItemView first = f.invoice(c, f.number("INV"), "4321.00 CNY", today.minusDays(30), "NET30");
    ItemView second = f.invoice(c, f.number("INV"), "1234.56 CNY", today.minusDays(25), "NET30");
    String payer = "GWH TREASURY SERVICES LTD";

    LineRow before = onlyLine(importStatement(f.statement(today.minusDays(1))
        .credit("L-1", "4321.00", payer, null, "TRANSFER")));
    assertThat(before.status()).as("an unknown payer without reference is not posted").isIn(LineStatus.SUGGESTED,
        LineStatus.UNMATCHED);

    actions.split(before.id(), List.of(new SplitRules.Requested(first.id(), Money.parse("4321.00 CNY"), true, null)),
        null, before.version());

    CustomerDetail learned = customers.detail(c.id());
    assertThat(learned.aliases()).anySatisfy(a -> {
      assertThat(a.name()).isEqualTo(payer);
      assertThat(a.source()).isEqualTo(AliasSource.LEARNED);
    });
    LineRow next = onlyLine(importStatement(f.statement(today).credit("L-2", "1234.56", payer, null, "TRANSFER")));
    assertThat(next.status()).as(next.matchJson()).isEqualTo(LineStatus.MATCHED);
    assertThat(next.resolution()).isEqualTo(Resolution.AUTO);
    assertThat(ledgerQueries.get(second.id()).status()).isEqualTo(ItemStatus.CLEARED);
  }

  @Test
  void aManualMatchTeachesThePayersAccount() {
    CustomerView c = f.customer("天津渤海化工有限公司", "Tianjin Bohai Chemicals", null);
    ItemView inv = f.invoice(c, f.number("INV"), "999.00 CNY", today.minusDays(10), "NET30");
    String iban = Camt053.iban(CashFixture.randomAccount());
    LineRow line = onlyLine(importStatement(f.statement(today).credit("A-1", "999.00", "X", iban, "pay")));

    actions.onAccount(line.id(), c.id(), null);

    assertThat(customers.findByBankAccount(f.company.id(), iban)).get().extracting(CustomerView::id)
        .isEqualTo(c.id());
    assertThat(ledgerQueries.get(inv.id()).status()).isEqualTo(ItemStatus.OPEN);
  }

  @Test
  void twoMatchingRunsOnTheSameStatementPostEveryLineOnce() throws Exception {
    Camt053 camt = f.statement(today);
    List<ItemView> invoices = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      CustomerView c = f.customer("并发测试客户" + i + "有限公司", "Concurrency Customer " + i + " " + f.tag,
          Camt053.iban(CashFixture.randomAccount()));
      ItemView inv = f.invoice(c, f.number("INV"), (100 + i) + ".00 CNY", today.minusDays(5), "NET30");
      invoices.add(inv);
      String iban = customers.detail(c.id()).bankAccounts().get(0).accountNumber();
      camt.credit("C-" + i, (100 + i) + ".00", c.nameEn(), iban, "Invoice " + inv.documentNumber());
    }
    CashImports.Result stored = imports.importAndMatch(new ImportRequest("race.xml", camt.bytes(), null, null, null,
        "API"), false);
    StatementId id = stored.outcome().statements().get(0).id();

    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<MatchSummary>> runs = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      runs.add(threads.submit(() -> {
        start.await(10, TimeUnit.SECONDS);
        return runner.run(id);
      }));
    }
    int posted = 0;
    for (Future<MatchSummary> r : runs) {
      posted += r.get(120, TimeUnit.SECONDS).autoPosted();
    }

    assertThat(posted).isEqualTo(12);
    assertThat(lines(id)).allSatisfy(l -> assertThat(l.status()).isEqualTo(LineStatus.MATCHED));
    assertThat(jdbc.sql("""
            select count(*) from cashapp_posting p join cashapp_line l on l.id = p.line_id
            where l.statement_id = :s and p.reversed_at is null""").param("s", id.value()).query(Long.class).single())
        .isEqualTo(12);
    assertThat(jdbc.sql("select count(*) from ledger_item where company_id = :c and type = 'PAYMENT'")
        .param("c", f.company.id().value()).query(Long.class).single()).isEqualTo(12);
    assertThat(invoices).allSatisfy(i -> assertThat(ledgerQueries.get(i.id()).status()).isEqualTo(ItemStatus.CLEARED));
  }

  CashImports.Result importStatement(Camt053 statement) {
    return imports.importAndMatch(new ImportRequest("camt-" + f.tag + ".xml", statement.bytes(), null, null, null,
        "API"), true);
  }

  LineRow onlyLine(CashImports.Result r) {
    List<LineRow> rows = lines(r.outcome().statements().get(0).id());
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  List<LineRow> lines(StatementId id) {
    return queries.lines(new LineSearch(null, id, null, null, null, null, null, null, null, null, null),
        new PageQuery(0, 100, "ordinal", false)).items();
  }
}
