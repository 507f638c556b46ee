package org.openar.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.Customers;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A row the database refuses inside a chunk costs only that row (the chunk is split until the row is alone; the other
 * chunks are untouched), and a large import reports its progress while it runs.
 */
@OpenArIntegrationTest
class ChunksAndProgressTest {

  @Autowired Imports imports;
  @Autowired Customers customers;
  @Autowired JdbcClient jdbc;
  ImportFixture f;

  @BeforeEach
  void setUp() {
    f = new ImportFixture(customers);
    f.customer(customers, "Q1");
  }

  @Test
  void aPoisonedRowIsIsolatedAndEveryOtherRowOfEveryChunkIsCommitted() throws Exception {
    StringBuilder csv = new StringBuilder("customer,payment number,payment date,amount\n");
    for (int i = 1; i <= 1200; i++) {
      csv.append("Q1,").append(i == 700 ? "POISON-" + f.tag : f.tag + "-" + i).append(",2026-02-01,1.00\n");
    }
    ImportResult r = withPoisonTrigger(() -> imports.run(ImportFixture.csv(csv.toString()), "poison.csv",
        f.request(ImportType.PAYMENTS, Map.of()), null));
    assertThat(r.job().progress().accepted()).isEqualTo(1199);
    assertThat(r.rejected()).singleElement().satisfies(x -> {
      assertThat(x.rowNumber()).isEqualTo(701);
      assertThat(x.problems().get(0).code()).isEqualTo("INTEGRATION_ROW_FAILED");
      assertThat(x.problems().get(0).args().get(0)).contains("poisoned row");
    });
    assertThat(jdbc.sql("select count(*) from ledger_item where company_id = :c").param("c", f.company.id().value())
        .query(Long.class).single()).isEqualTo(1199);
  }

  @Test
  void openInvoiceChunksWrittenAtTheSameTimeIsolateTheirPoisonedRowsAndAReImportAddsNothing() throws Exception {
    // 120,000 rows are three chunks of 50,000; two are written at once (openar.integration.chunk-writers, default 2)
    StringBuilder csv = new StringBuilder("customer,invoice,invoice date,due date,amount\n");
    int rows = 120_000;
    for (int i = 1; i <= rows; i++) {
      String number = i == 10_000 || i == 75_000 ? "POISON-" + f.tag + "-" + i : f.tag + "-" + i;
      csv.append("Q1,").append(number).append(",2026-01-05,2026-02-04,").append(i % 997 + 1).append(".25\n");
    }
    Path file = ImportFixture.csv(csv.toString());
    ImportResult r = withPoisonTrigger(() -> imports.run(file, "poison.csv",
        f.request(ImportType.OPEN_INVOICES, Map.of()), null));
    assertThat(r.job().progress().accepted()).isEqualTo(rows - 2);
    assertThat(r.rejected()).extracting(RejectedRow::rowNumber).containsExactly(10_001L, 75_001L);
    assertThat(r.rejected()).allSatisfy(x -> assertThat(x.problems().get(0).code())
        .isEqualTo("INTEGRATION_ROW_FAILED"));
    assertThat(jdbc.sql("select count(*) from ledger_item where company_id = :c").param("c", f.company.id().value())
        .query(Long.class).single()).isEqualTo(rows - 2);

    ImportResult again = imports.run(file, "poison.csv", f.request(ImportType.OPEN_INVOICES, Map.of()), null);
    assertThat(again.job().progress().accepted()).isEqualTo(2);
    assertThat(again.job().progress().alreadyPresent()).isEqualTo(rows - 2);
    assertThat(jdbc.sql("select count(*) from ledger_item where company_id = :c").param("c", f.company.id().value())
        .query(Long.class).single()).isEqualTo(rows);
  }

  @Test
  void progressIsReportedWhileALargeFileIsImported() throws Exception {
    // three chunks of 50,000: two are written at once (openar.integration.chunk-writers), so the bar stands part-way
    // once they commit while the third is written
    StringBuilder csv = new StringBuilder("customer,invoice,invoice date,due date,amount\n");
    int rows = 150_000;
    for (int i = 1; i <= rows; i++) {
      csv.append("Q1,").append(f.tag).append('-').append(i).append(",2026-01-05,2026-02-04,").append(i % 997 + 1)
          .append(".25\n");
    }
    Path file = ImportFixture.csv(csv.toString());
    List<ImportJobView> seen = new CopyOnWriteArrayList<>();
    // the last chunk's last row is held for 2.5 s, so the progress ticks (every second) see the first two chunks
    // committed and the third not yet: the bar stands part-way whatever the machine's speed
    ImportResult r = withTrigger("if new.document_number = '" + f.tag + "-" + rows + "' then perform pg_sleep(2.5);"
        + " end if;", () -> imports.run(file, "big.csv", f.request(ImportType.OPEN_INVOICES, Map.of()), seen::add));

    assertThat(r.job().progress().accepted()).isEqualTo(rows);
    assertThat(r.job().progress().percent()).isEqualTo(100.0);
    List<ImportJobView> running = seen.stream().filter(v -> v.status() == ImportStatus.RUNNING).toList();
    assertThat(running).as("progress while running").isNotEmpty();
    assertThat(running).allSatisfy(v -> assertThat(v.progress().percent()).isBetween(0.0, 100.0));
    assertThat(running.stream().mapToLong(v -> v.progress().rowsRead()).toArray()).isSorted();
    // reading may finish long before the rows are committed: the bar then stands part-way, never at 100% early
    assertThat(running).anySatisfy(v -> assertThat(v.progress().percent()).isStrictlyBetween(0.0, 100.0));
    assertThat(running).allSatisfy(v -> assertThat(v.progress().percent())
        .isLessThanOrEqualTo(100.0 * (v.progress().accepted() + 1) / (v.progress().rowsRead() + 1) + 0.1));
    assertThat(seen.get(seen.size() - 1).status()).isEqualTo(ImportStatus.COMPLETED);
    assertThat(imports.find(r.job().id()).orElseThrow().progress().rowsRead()).isEqualTo(rows);
  }

  interface Run {
    ImportResult run() throws Exception;
  }

  /** Runs the import with a trigger that makes the database refuse every ledger row numbered POISON-…. */
  private ImportResult withPoisonTrigger(Run run) throws Exception {
    return withTrigger("""
        if new.document_number like 'POISON-%' then
          raise exception 'poisoned row %', new.document_number;
        end if;""", run);
  }

  /** Runs the import with {@code body} (PL/pgSQL) executed before every ledger row is inserted. */
  private ImportResult withTrigger(String body, Run run) throws Exception {
    jdbc.sql("create function test_row() returns trigger language plpgsql as $$ begin " + body
        + " return new; end $$").update();
    jdbc.sql("create trigger test_row before insert on ledger_item for each row execute function test_row()")
        .update();
    try {
      return run.run();
    } finally {
      jdbc.sql("drop trigger test_row on ledger_item").update();
      jdbc.sql("drop function test_row()").update();
    }
  }
}
