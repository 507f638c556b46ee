package org.openar.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.audit.AuditTrail;
import org.openar.customers.CustomerId;
import org.openar.customers.Customers;
import org.openar.ledger.Ledger.BulkResult;
import org.openar.ledger.Ledger.PostItem;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bulk posting through COPY: validated by row, duplicates refused by row, one audit record per batch. */
@OpenArIntegrationTest
class BulkPostingTest {

  @Autowired Ledger ledger;
  @Autowired LedgerQueries queries;
  @Autowired Customers customers;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.transaction.support.TransactionTemplate tx;
  LedgerFixture f;

  @BeforeEach
  void setUp() {
    f = new LedgerFixture(customers);
  }

  @Test
  void tenThousandInvoicesGoInWithOneCopyAndOneAuditRecord() {
    List<PostItem> rows = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      CustomerId c = i % 2 == 0 ? f.acme.id() : f.globex.id();
      rows.add(new PostItem(ItemType.INVOICE, null, c, "B-" + f.company.code() + "-" + i, null,
          Money.ofMinor(1000 + i, org.openar.shared.money.CurrencyCode.CNY), LocalDate.parse("2026-03-01"), null,
          null, PaymentTerms.parse("2/10,NET30"), "PO " + i, null, "ext-" + i));
    }
    long auditsBefore = batches();
    long t0 = System.nanoTime();
    BulkResult result = ledger.postBulk(rows);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("bulk-posted %d invoices in %d ms (%.0f rows/s)%n", result.accepted(), millis,
        result.accepted() * 1000.0 / Math.max(1, millis));
    assertThat(result.accepted()).isEqualTo(10_000);
    assertThat(result.rejected()).isEmpty();
    assertThat(batches()).isEqualTo(auditsBefore + 1);
    assertThat(jdbc.sql("select count(*), sum(original_minor), min(due_date) from ledger_item where batch_id = :b")
        .param("b", result.batchId()).query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getString(3))
        .single()).isEqualTo("10000/" + (10_000L * 1000 + 9_999L * 10_000 / 2) + "/2026-03-31");
    ItemView one = queries.search(new LedgerQueries.ItemQuery(f.companyId(), null, null, null, null, null, null, null,
        null, null, "B-" + f.company.code() + "-42"), org.openar.shared.paging.PageQuery.of(0, 10)).items().get(0);
    assertThat(one.openAmount()).isEqualTo(Money.of("10.42", "CNY"));
    assertThat(one.paymentTerms().code()).isEqualTo("2/10,NET30");
    assertThat(one.batchId()).isEqualTo(result.batchId());
    assertThat(one.externalRef()).isEqualTo("ext-42");
  }

  @Test
  void badRowsAndDuplicatesAreRejectedByIndexAndTheRestGoesIn() {
    String n = LedgerFixture.unique("DUP");
    ledger.post(LedgerFixture.invoice(f.acme.id(), n, "5.00 CNY", "2026-01-01", "2026-01-31"));
    List<PostItem> rows = List.of(
        LedgerFixture.invoice(f.acme.id(), LedgerFixture.unique("OK"), "1.00 CNY", "2026-01-01", "2026-01-31"),
        LedgerFixture.invoice(f.acme.id(), n, "1.00 CNY", "2026-01-01", "2026-01-31"),
        LedgerFixture.invoice(f.acme.id(), "TWICE-" + n, "1.00 CNY", "2026-01-01", "2026-01-31"),
        LedgerFixture.invoice(f.acme.id(), "TWICE-" + n, "2.00 CNY", "2026-01-01", "2026-01-31"),
        LedgerFixture.invoice(f.acme.id(), LedgerFixture.unique("NEG"), "-1.00 CNY", "2026-01-01", "2026-01-31"),
        LedgerFixture.invoice(f.acme.id(), LedgerFixture.unique("DUE"), "1.00 CNY", "2026-02-01", "2026-01-31"),
        LedgerFixture.invoice(new CustomerId(UUID.randomUUID()), LedgerFixture.unique("WHO"), "1.00 CNY",
            "2026-01-01", "2026-01-31"),
        new PostItem(ItemType.CREDIT_NOTE, null, f.acme.id(), "weird \\ 名称 " + n, null,
            Money.of("3.00", "CNY"), LocalDate.parse("2026-01-05"), null, null, null, "tab\there", "多行\n说明", null));
    BulkResult result = ledger.postBulk(rows);
    assertThat(result.accepted()).isEqualTo(3);
    assertThat(result.rejected()).extracting(r -> r.index() + ":" + r.violations().get(0).code().code())
        .containsExactly("1:LEDGER_DUPLICATE_DOCUMENT", "3:LEDGER_DUPLICATE_DOCUMENT", "4:AMOUNT_NOT_POSITIVE",
            "5:LEDGER_DUE_BEFORE_DOCUMENT", "6:LEDGER_UNKNOWN_CUSTOMER");
    ItemView weird = queries.search(LedgerQueries.ItemQuery.ofCustomer(f.acme.id()),
        org.openar.shared.paging.PageQuery.of(0, 50)).items().stream()
        .filter(i -> i.type() == ItemType.CREDIT_NOTE).findFirst().orElseThrow();
    assertThat(weird.documentNumber()).isEqualTo("weird \\ 名称 " + n);
    assertThat(weird.reference()).isEqualTo("tab\there");
    assertThat(weird.description()).isEqualTo("多行\n说明");
    assertThat(weird.valueDate()).isEqualTo("2026-01-05");

    BulkResult again = ledger.postBulk(rows);
    assertThat(again.accepted()).as("re-posting the same rows inserts nothing").isZero();
    assertThat(again.batchId()).isNull();
  }

  @Test
  void anImportLoopCanSkipADuplicateAndGoOnInTheSameTransaction() {
    String n = LedgerFixture.unique("LOOP");
    ledger.post(LedgerFixture.invoice(f.acme.id(), n, "5.00 CNY", "2026-01-01", "2026-01-31"));
    tx.executeWithoutResult(s -> {
      assertThatThrownBy(() -> ledger.post(LedgerFixture.invoice(f.acme.id(), n, "5.00 CNY", "2026-01-01",
          "2026-01-31"))).isInstanceOfSatisfying(OpenArException.class,
              e -> assertThat(e.errorCode()).isEqualTo(LedgerError.LEDGER_DUPLICATE_DOCUMENT));
      ledger.post(LedgerFixture.invoice(f.acme.id(), n + "-2", "5.00 CNY", "2026-01-01", "2026-01-31"));
    });
    assertThat(queries.search(new LedgerQueries.ItemQuery(f.companyId(), null, null, null, null, null, null, null,
        null, null, n), org.openar.shared.paging.PageQuery.of(0, 10)).total()).isEqualTo(2);
  }

  @Test
  void aCallAboveTheLimitIsRefusedWhole() {
    List<PostItem> rows = new ArrayList<>();
    PostItem one = LedgerFixture.invoice(f.acme.id(), "X", "1.00 CNY", "2026-01-01", "2026-01-31");
    for (int i = 0; i <= 100_000; i++) {
      rows.add(one);
    }
    assertThatThrownBy(() -> ledger.postBulk(rows)).isInstanceOfSatisfying(OpenArException.class,
        e -> assertThat(e.errorCode()).isEqualTo(LedgerError.LEDGER_BULK_TOO_LARGE));
  }

  private long batches() {
    return audit.count(new AuditTrail.AuditQuery("ledger.batch", null, null, null, null, 0, 1));
  }
}
