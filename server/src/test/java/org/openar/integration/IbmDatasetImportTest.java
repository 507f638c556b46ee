package org.openar.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openar.customers.Customers;
import org.openar.ledger.ItemType;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.money.CurrencyCode;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The IBM accounts-receivable sample (2,466 settled invoices of 100 customers, 2012-2014) through the shipped preset:
 * every row imported as invoice + payment + allocation on the settled date, customers created from the ids, the
 * disputed flag kept; the open balance on past dates matches what the file says; importing it again adds nothing.
 * The file is read from {@code openar.realdata.dir} and never copied into the repository.
 */
@OpenArIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IbmDatasetImportTest {

  static final String FILE = "ar-datasets/WA_Fn-UseC_-Accounts-Receivable.csv";
  static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy");

  @Autowired Imports imports;
  @Autowired Customers customers;
  @Autowired LedgerQueries ledger;
  @Autowired JdbcClient jdbc;
  ImportFixture f;
  Path file;
  ImportResult first;

  @BeforeAll
  void importOnce() {
    String dir = System.getProperty("openar.realdata.dir");
    file = dir == null ? null : Path.of(dir, FILE);
    Assumptions.assumeTrue(file != null && Files.isRegularFile(file),
        "IBM AR dataset not found (set -Dopenar.realdata.dir to ../shared/realdata): " + file);
    f = new ImportFixture(customers, CurrencyCode.USD);
    first = imports.run(file, "WA_Fn-UseC_-Accounts-Receivable.csv", f.request(ImportType.SETTLED_INVOICES, preset()),
        null);
  }

  ColumnMapping preset() {
    return imports.mappings(ImportType.SETTLED_INVOICES, null).stream().filter(SavedMapping::preset)
        .filter(m -> m.name().startsWith("IBM")).findFirst().orElseThrow().mapping();
  }

  @Test
  void everyRowBecomesASettledInvoiceOfAnAutoCreatedCustomer() {
    ImportProgress p = first.job().progress();
    assertThat(first.rejected()).isEmpty();
    assertThat(p.rowsRead()).isEqualTo(2466);
    assertThat(p.accepted()).isEqualTo(2466);
    assertThat(p.customersCreated()).isEqualTo(100);
    assertThat(p.percent()).isEqualTo(100.0);
    assertThat(count("INVOICE")).isEqualTo(2466);
    assertThat(count("PAYMENT")).isEqualTo(2466);
    assertThat(jdbc.sql("select sum(original_minor), sum(open_minor), count(distinct customer_id) from ledger_item"
            + " where company_id = :c and type = 'INVOICE'").param("c", f.company.id().value())
        .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3)).single())
        .as("total invoiced (cents) / still open / customers").isEqualTo("14770318/0/100");
    assertThat(customers.findByCode(f.company.id(), "0379-NEVHP")).get()
        .satisfies(c -> assertThat(c.tags()).contains("imported"));
  }

  @Test
  void theDisputedFlagAndThePaperlessColumnsAreKeptPerInvoice() {
    assertThat(imports.disputedDocuments(f.company.id(), org.openar.shared.paging.PageQuery.of(0, 1)).total())
        .isEqualTo(561);
    DocumentAttributes a = imports.documentAttributes(f.company.id(), ItemType.INVOICE, "0007900770").orElseThrow();
    assertThat(a.disputed()).isTrue();
    assertThat(a.attributes()).containsEntry("paperlessBill", "Electronic").containsEntry("countryCode", "406");
  }

  @Test
  void theOpenBalanceOnPastDatesIsWhatTheFileSays() throws IOException {
    for (LocalDate d : List.of(LocalDate.of(2012, 6, 30), LocalDate.of(2013, 3, 31), LocalDate.of(2013, 12, 31))) {
      assertThat(openInLedger(d)).as("open on %s", d).isEqualTo(openInFile(d));
    }
    assertThat(openInFile(LocalDate.of(2013, 3, 31))).isPositive();
  }

  @Test
  void importingTheFileAgainAddsNothing() {
    ImportResult again = imports.run(file, "again.csv", f.request(ImportType.SETTLED_INVOICES, preset()), null);
    assertThat(again.job().progress().accepted()).isZero();
    assertThat(again.job().progress().alreadyPresent()).isEqualTo(2466);
    assertThat(again.job().progress().customersCreated()).isZero();
    assertThat(again.job().previousJobId()).isEqualTo(first.job().id());
    assertThat(count("INVOICE")).isEqualTo(2466);
    assertThat(count("PAYMENT")).isEqualTo(2466);
  }

  private long count(String type) {
    return jdbc.sql("select count(*) from ledger_item where company_id = :c and type = :t")
        .param("c", f.company.id().value()).param("t", type).query(Long.class).single();
  }

  /** The ledger's open debit amount on {@code d}, by the rule the ledger documents for SQL reports. */
  private long openInLedger(LocalDate d) {
    return jdbc.sql("""
            select coalesce(sum(i.original_minor - coalesce((select sum(a.amount_minor) from ledger_allocation a
                     where a.debit_item_id = i.id and a.effective_date <= :d), 0)), 0)
              from ledger_item i where i.company_id = :c and i.type = 'INVOICE' and i.document_date <= :d""")
        .param("c", f.company.id().value()).param("d", d).query(Long.class).single();
  }

  private long openInFile(LocalDate d) throws IOException {
    long cents = 0;
    for (String line : Files.readAllLines(file).subList(1, 2467)) {
      String[] c = line.split(",");
      LocalDate invoiced = LocalDate.parse(c[4], US);
      LocalDate settled = LocalDate.parse(c[8], US);
      if (!invoiced.isAfter(d) && settled.isAfter(d)) {
        cents += new BigDecimal(c[6]).movePointRight(2).longValueExact();
      }
    }
    return cents;
  }
}
