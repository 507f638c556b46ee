package org.openar.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.Customers;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.money.Money;
import org.openar.test.OpenArIntegrationTest;
import org.openar.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Open invoices from CSV and xlsx: posted to the ledger, bad rows reported by row, column and reason. */
@OpenArIntegrationTest
@RecordApplicationEvents
class OpenInvoiceImportTest {

  @Autowired Imports imports;
  @Autowired Customers customers;
  @Autowired LedgerQueries ledger;
  @Autowired ApplicationEvents events;
  @Autowired AuditTrail audit;
  ImportFixture f;

  @BeforeEach
  void setUp() {
    f = new ImportFixture(customers);
    f.customer(customers, "C001");
    f.customer(customers, "C002");
  }

  @Test
  void goodRowsArePostedAndEachBadRowIsReportedWithItsColumnAndReason() throws Exception {
    Path file = ImportFixture.csv("""
        客户编码,发票号,开票日期,到期日,金额,币种
        C001,INV-1,2026-01-05,2026-02-04,"1,234.50",CNY
        C002,INV-2,2026/1/6,,800,
        C001,INV-3,2026-13-01,2026-02-04,12.00,CNY
        C999,INV-4,2026-01-05,2026-02-04,12.00,CNY
        C001,INV-5,2026-01-05,2026-02-04,12.345,CNY
        C001,INV-1,2026-01-05,2026-02-04,1,CNY
        C002,INV-6,2026-01-05,2026-01-01,5.00,CNY
        """);
    ImportResult r = imports.run(file, "open.csv", f.request(ImportType.OPEN_INVOICES, Map.of()), null);

    assertThat(r.job().status()).isEqualTo(ImportStatus.COMPLETED);
    assertThat(r.job().progress().accepted()).isEqualTo(2);
    assertThat(r.job().progress().rejected()).isEqualTo(5);
    assertThat(r.rejected()).extracting(x -> x.rowNumber() + ":" + x.problems().get(0).column() + ":"
        + x.problems().get(0).code()).containsExactly(
            "4:开票日期:INTEGRATION_INVALID_DATE",
            "5:客户编码:INTEGRATION_UNKNOWN_CUSTOMER",
            "6:金额:INTEGRATION_TOO_MANY_DECIMALS",
            "7:发票号:INTEGRATION_DUPLICATE_ROW",
            "8:到期日:LEDGER_DUE_BEFORE_DOCUMENT");
    assertThat(r.rejected().get(3).problems().get(0).args()).containsExactly("INV-1", "2");
    assertThat(events.stream(ImportCompleted.class).filter(e -> e.jobId().equals(r.job().id())))
        .singleElement().satisfies(e -> assertThat(e.accepted() + "/" + e.rejected()).isEqualTo("2/5"));
    assertThat(audit.count(new AuditTrail.AuditQuery("integration.import", r.job().id().toString(), null, null, null,
        0, 10))).as("queued and completed").isEqualTo(2);
    List<ItemView> posted = ledger.findDocuments(f.company.id(), ItemType.INVOICE, List.of("INV-1", "INV-2"));
    assertThat(posted).extracting(v -> v.documentNumber() + " " + v.originalAmount() + " " + v.dueDate())
        .containsExactlyInAnyOrder("INV-1 1234.50 CNY 2026-02-04", "INV-2 800.00 CNY 2026-02-05");
  }

  @Test
  void reimportingTheSameFileAddsNothingAndSaysWhatWasAlreadyThere() throws Exception {
    Path file = ImportFixture.csv("""
        Customer Code,Invoice No,Invoice Date,Due Date,Amount
        C001,R-1,2026-01-05,2026-02-04,100.00
        C002,R-2,2026-01-05,2026-02-04,200.00
        """);
    ImportResult first = imports.run(file, "r.csv", f.request(ImportType.OPEN_INVOICES, Map.of()), null);
    ImportResult again = imports.run(file, "r.csv", f.request(ImportType.OPEN_INVOICES, Map.of()), null);

    assertThat(first.job().progress().accepted()).isEqualTo(2);
    assertThat(again.job().progress().accepted()).isZero();
    assertThat(again.job().progress().alreadyPresent()).isEqualTo(2);
    assertThat(again.job().previousJobId()).isEqualTo(first.job().id());
    assertThat(ledger.findDocuments(f.company.id(), ItemType.INVOICE, List.of("R-1", "R-2"))).hasSize(2);
    assertThat(ledger.findDocuments(f.company.id(), ItemType.INVOICE, List.of("R-1")).get(0).originalAmount())
        .isEqualTo(Money.of("100.00", "CNY"));
  }
}
