package org.openar.cashapp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openar.cashapp.CashFixture;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.Customers;
import org.openar.ledger.Ledger;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A company's watched folder: statement files are imported and moved to processed/ with a result, broken ones to
 * failed/ with a .error.txt naming the reason in both languages; files still being written are left alone. The
 * watcher thread itself only runs with {@code openar.jobs.enabled}.
 */
@OpenArIntegrationTest
class FolderImportTest {

  @Autowired FolderImporter importer;
  @Autowired Customers customers;
  @Autowired CustomerMasterData masterData;
  @Autowired HouseAccountService accounts;
  @Autowired Ledger ledger;
  @Autowired BusinessCalendar calendar;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;
  @TempDir Path dir;

  CashFixture f;
  LocalDate today;

  @BeforeEach
  void setUp() {
    f = new CashFixture(customers, masterData, accounts, ledger);
    today = calendar.today();
  }

  @Test
  void goodFilesGoToProcessedBrokenOnesToFailedWithTheReason() throws Exception {
    byte[] camt = f.statement(today).credit("F-1", "10.00", "Somebody", null, "x").bytes();
    Files.write(dir.resolve("day1.xml"), camt);
    Files.write(dir.resolve("day1-again.xml"), camt);
    Files.writeString(dir.resolve("broken.sta"), ":20:X\n:25:123456\n:28C:1\n:61:garbage\n", StandardCharsets.UTF_8);
    Files.write(dir.resolve("incoming.xml.tmp"), camt);
    Files.write(dir.resolve(".hidden.xml"), camt);

    FolderImporter.Pass pass = importer.scan(f.company.id(), dir, Duration.ZERO);

    assertThat(pass.processed()).containsExactly("day1-again.xml", "day1.xml");
    assertThat(pass.failed()).containsExactly("broken.sta");
    assertThat(dir.resolve("processed/day1.xml")).exists();
    assertThat(Files.readString(dir.resolve("processed/day1.xml.result.txt")))
        .containsAnyOf("imported:", "skipped, imported before:");
    assertThat(Files.readString(dir.resolve("processed/day1-again.xml.result.txt"))).contains("imported");
    String error = Files.readString(dir.resolve("failed/broken.sta.error.txt"));
    assertThat(error).contains("broken.sta").containsPattern("\\p{IsHan}").contains("CASHAPP_");
    assertThat(dir.resolve("incoming.xml.tmp")).exists();
    assertThat(dir.resolve(".hidden.xml")).exists();
    assertThat(jdbc.sql("select count(*) from cashapp_statement where company_id = :c and channel = 'FOLDER'")
        .param("c", f.company.id().value()).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void aFileStillBeingWrittenWaitsForTheNextPass() throws Exception {
    Files.write(dir.resolve("now.xml"), f.statement(today).credit("F-2", "10.00", "A", null, "x").bytes());
    assertThat(importer.scan(f.company.id(), dir, Duration.ofHours(1)).processed()).isEmpty();
    assertThat(dir.resolve("now.xml")).exists();
  }

  @Test
  void aStatementOfAnotherCompanysAccountFails() throws Exception {
    CashFixture other = new CashFixture(customers, masterData, accounts, ledger);
    Files.write(dir.resolve("other.xml"), other.statement(today).credit("F-3", "1.00", "A", null, "x").bytes());
    assertThat(importer.scan(f.company.id(), dir, Duration.ZERO).failed()).containsExactly("other.xml");
    assertThat(Files.readString(dir.resolve("failed/other.xml.error.txt"))).contains(other.account.accountNumber());
  }

  @Test
  void theWatcherDoesNotRunWhenJobsAreDisabled() {
    assertThat(context.getBeanNamesForType(FolderWatcher.class)).isEmpty();
  }
}
