package org.openar.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.cashapp.app.CashImports;
import org.openar.cashapp.app.CsvMapping;
import org.openar.cashapp.app.HouseAccount;
import org.openar.cashapp.app.HouseAccountService;
import org.openar.cashapp.app.ImportOutcome.StatementOutcome;
import org.openar.cashapp.app.ImportRequest;
import org.openar.cashapp.domain.LineStatus;
import org.openar.cashapp.persistence.LineRow;
import org.openar.cashapp.persistence.LineSearch;
import org.openar.cashapp.app.CashQueries;
import org.openar.cashapp.statement.StatementException;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.Customers;
import org.openar.ledger.Ledger;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Statements into the database: a statement or an entry seen before is recognised and never stored or posted twice,
 * the response says what was skipped; a statement for an account that is not the company's, or a file that cannot be
 * read, is refused with the account or the place named, and nothing is stored.
 */
@OpenArIntegrationTest
class StatementImportTest {

  @Autowired Customers customers;
  @Autowired CustomerMasterData masterData;
  @Autowired HouseAccountService accounts;
  @Autowired Ledger ledger;
  @Autowired CashImports imports;
  @Autowired CashQueries queries;
  @Autowired BusinessCalendar calendar;
  @Autowired JdbcClient jdbc;

  CashFixture f;
  LocalDate today;

  @BeforeEach
  void setUp() {
    f = new CashFixture(customers, masterData, accounts, ledger);
    today = calendar.today();
  }

  @Test
  void theSameStatementImportedTwiceIsSkippedTheSecondTimeAndNothingIsStoredAgain() {
    Camt053 camt = f.statement(today).credit("R-1", "100.00", "Somebody", null, "gift")
        .credit("R-2", "200.00", "Somebody Else", null, "gift");
    CashImports.Result first = importBytes("first.xml", camt.bytes());
    CashImports.Result again = importBytes("renamed-copy.xml", camt.bytes());

    StatementOutcome s = again.outcome().statements().get(0);
    assertThat(s.duplicate()).isTrue();
    assertThat(s.id()).isEqualTo(first.outcome().statements().get(0).id());
    assertThat(s.previousSource()).isEqualTo("first.xml");
    assertThat(again.matching()).isEmpty();
    assertThat(countStatements()).isEqualTo(1);
    assertThat(countLines()).isEqualTo(2);
  }

  @Test
  void anEntryAlreadyImportedWithAnotherStatementIsKeptAsDuplicateAndNeverPosted() {
    var c = f.customer("重庆山城物流有限公司", "Chongqing Mountain Logistics", Camt053.iban(CashFixture.randomAccount()));
    var inv = f.invoice(c, f.number("INV"), "700.00 CNY", today.minusDays(5), "NET30");
    String iban = customers.detail(c.id()).bankAccounts().get(0).accountNumber();
    importBytes("intraday.xml", f.statement(today).credit("R-7", "700.00", "Chongqing Mountain Logistics", iban,
        inv.documentNumber()).bytes());
    // the end-of-day statement repeats the entry and adds a new one
    CashImports.Result eod = importBytes("end-of-day.xml", f.statement(today)
        .credit("R-7", "700.00", "Chongqing Mountain Logistics", iban, inv.documentNumber())
        .credit("R-8", "50.00", "Walk-in", null, "cash").bytes());

    StatementOutcome s = eod.outcome().statements().get(0);
    assertThat(s.duplicate()).isFalse();
    assertThat(s.skippedEntries()).singleElement().satisfies(e -> {
      assertThat(e.lineRef()).isEqualTo("R-7");
      assertThat(e.originalSource()).isEqualTo("intraday.xml");
    });
    List<LineRow> lines = lines(s.id());
    assertThat(lines).extracting(LineRow::status).containsExactly(LineStatus.DUPLICATE, LineStatus.UNMATCHED);
    assertThat(lines.get(0).duplicateOf()).isNotNull();
    assertThat(jdbc.sql("select count(*) from cashapp_posting p join cashapp_line l on l.id = p.line_id"
        + " where l.company_id = :c").param("c", f.company.id().value()).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void aStatementForAnAccountThatIsNotTheCompanysIsRefusedWithTheAccountAndNothingIsStored() {
    String stranger = Camt053.iban(CashFixture.randomAccount());
    Camt053 camt = new Camt053(stranger, "CNY", "X-1", today, BigDecimal.ZERO).credit("R", "1.00", "A", null, "x");
    assertThatThrownBy(() -> importBytes("stranger.xml", camt.bytes()))
        .isInstanceOfSatisfying(OpenArException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(CashappError.CASHAPP_UNKNOWN_BANK_ACCOUNT);
          assertThat(e.args()).containsExactly(stranger);
        });
    assertThat(jdbc.sql("select count(*) from cashapp_statement where account = :a").param("a", stranger)
        .query(Long.class).single()).isZero();
  }

  @Test
  void aTruncatedFileIsRefusedNamingThePlaceAndNothingIsStored() {
    String xml = f.statement(today).credit("R-1", "10.00", "A", null, "x").xml();
    byte[] cut = xml.substring(0, xml.indexOf("</Ntry>")).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> importBytes("cut.xml", cut)).isInstanceOfSatisfying(StatementException.class, e -> {
      assertThat(e.getMessage()).startsWith("cut.xml, ").contains("line");
    });
    assertThat(countStatements()).isZero();
  }

  @Test
  void aStatementInAnotherCurrencyThanTheAccountsIsRefused() {
    Camt053 usd = new Camt053(f.account.accountNumber(), "USD", "U-1", today, BigDecimal.ZERO)
        .credit("R", "5.00", "A", null, "x");
    assertThatThrownBy(() -> importBytes("usd.xml", usd.bytes())).isInstanceOfSatisfying(OpenArException.class,
        e -> assertThat(e.errorCode()).isEqualTo(CashappError.CASHAPP_CURRENCY_NOT_ACCEPTED));
    assertThat(countStatements()).isZero();
  }

  @Test
  void aWatchedFolderOfOneCompanyRefusesAnotherCompanysAccount() {
    CompanyView other = customers.createCompany(new Customers.NewCompany("O" + f.tag, "其他", "Other " + f.tag,
        CurrencyCode.CNY, null));
    byte[] camt = f.statement(today).credit("R", "5.00", "A", null, "x").bytes();
    assertThatThrownBy(() -> imports.importAndMatch(new ImportRequest("f.xml", camt, null, null, other.id(),
        "FOLDER"), true)).isInstanceOfSatisfying(OpenArException.class,
        e -> assertThat(e.errorCode()).isEqualTo(CashappError.CASHAPP_ACCOUNT_OF_OTHER_COMPANY));
  }

  @Test
  void aCsvExportIsReadWithTheAccountsSavedColumnMapping() {
    HouseAccount csvAccount = accounts.create(f.company.id(), new HouseAccountService.AccountData(
        "6222 0210 " + CashFixture.randomAccount(), "ICBC", "工商银行", null, CurrencyCode.CNY,
        new CsvMapping(Map.of("booking_date", "交易日期", "credit", "贷方金额", "debit", "借方金额",
            "payer_name", "对方户名", "payer_account", "对方账号", "remittance", "摘要"), "yyyy/MM/dd", ".", ",", null),
        null));
    String csv = "交易日期,贷方金额,借方金额,对方户名,对方账号,摘要\n"
        + today.toString().replace('-', '/') + ",1200.50,,宁波港口贸易有限公司,6217000010001234,货款\n"
        + today.toString().replace('-', '/') + ",,80.00,电费,,缴费\n";
    CashImports.Result r = imports.importAndMatch(new ImportRequest("icbc.csv", csv.getBytes(StandardCharsets.UTF_8),
        null, csvAccount.id(), null, "API"), true);

    StatementOutcome s = r.outcome().statements().get(0);
    assertThat(s.accountId()).isEqualTo(csvAccount.id());
    assertThat(s.lines()).isEqualTo(2);
    assertThat(s.credits()).isEqualTo(1);
    assertThat(lines(s.id())).extracting(LineRow::status).containsExactly(LineStatus.UNMATCHED,
        LineStatus.NOT_RECEIPT);
  }

  @Test
  void aCsvWithoutAnAccountNeedsOneChosen() {
    String csv = "line_id,booking_date,value_date,amount,currency,payer_name,payer_account,remittance\n"
        + "1," + today + "," + today + ",10.00,CNY,A,,x\n";
    assertThatThrownBy(() -> importBytes("plain.csv", csv.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(OpenArException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CashappError.CASHAPP_ACCOUNT_REQUIRED));
  }

  CashImports.Result importBytes(String name, byte[] bytes) {
    return imports.importAndMatch(new ImportRequest(name, bytes, null, null, null, "API"), true);
  }

  List<LineRow> lines(StatementId id) {
    return queries.lines(new LineSearch(null, id, null, null, null, null, null, null, null, null, null),
        new PageQuery(0, 100, "ordinal", false)).items();
  }

  long countStatements() {
    return jdbc.sql("select count(*) from cashapp_statement where company_id = :c").param("c", f.company.id().value())
        .query(Long.class).single();
  }

  long countLines() {
    return jdbc.sql("select count(*) from cashapp_line where company_id = :c").param("c", f.company.id().value())
        .query(Long.class).single();
  }
}
