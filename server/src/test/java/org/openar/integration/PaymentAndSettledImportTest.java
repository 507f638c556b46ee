package org.openar.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.Customers;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.money.Money;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Payments allocated to the invoices they name, settled history on top of open invoices imported earlier, and what
 * each refuses: an unknown or settled invoice, a settlement before the invoice or in the future, a document number
 * already used by a different document.
 */
@OpenArIntegrationTest
class PaymentAndSettledImportTest {

  @Autowired Imports imports;
  @Autowired Customers customers;
  @Autowired LedgerQueries ledger;
  ImportFixture f;

  @BeforeEach
  void setUp() throws Exception {
    f = new ImportFixture(customers);
    f.customer(customers, "P1");
    f.customer(customers, "P2");
    ImportResult open = imports.run(ImportFixture.csv("""
        customer code,invoice number,invoice date,due date,amount
        P1,PI-1,2026-01-10,2026-02-09,100.00
        P1,PI-2,2026-01-11,2026-02-10,50.00
        P2,PI-3,2026-01-12,2026-02-11,70.00
        P1,PI-4,2026-01-13,2026-02-12,30.00
        """), "open.csv", f.request(ImportType.OPEN_INVOICES, Map.of()), null);
    assertThat(open.job().progress().accepted()).isEqualTo(4);
  }

  @Test
  void paymentsPayTheInvoicesTheyNameAndTheRestGoesOnAccount() throws Exception {
    ImportResult r = imports.run(ImportFixture.csv("""
        客户编码,收款单号,收款日期,金额,核销发票,收款类型
        P1,RC-1,2026-02-01,"120.00","PI-1; PI-2",
        P1,RC-2,2026-02-02,10.00,,ADVANCE
        P2,RC-3,2026-02-02,10.00,PI-404,
        P2,RC-4,2026-02-02,10.00,PI-4,
        P1,RC-5,2026-02-03,5.00,PI-1,
        """), "pay.csv", f.request(ImportType.PAYMENTS, Map.of()), null);

    assertThat(r.job().progress().accepted()).isEqualTo(2);
    assertThat(r.rejected()).extracting(x -> x.rowNumber() + ":" + x.problems().get(0).column() + ":"
        + x.problems().get(0).code()).containsExactly(
            "4:核销发票:INTEGRATION_INVOICE_NOT_FOUND",
            "5:核销发票:LEDGER_CUSTOMER_MISMATCH",
            "6:核销发票:INTEGRATION_INVOICE_NOT_OPEN");
    assertThat(invoice("PI-1").status()).isEqualTo(ItemStatus.CLEARED);
    assertThat(invoice("PI-2").openAmount()).isEqualTo(Money.of("30.00", "CNY"));
    assertThat(ledger.findDocuments(f.company.id(), ItemType.ADVANCE, List.of("RC-2"))).hasSize(1);

    ImportResult again = imports.run(ImportFixture.csv("""
        客户编码,收款单号,收款日期,金额,核销发票,收款类型
        P1,RC-1,2026-02-01,"120.00","PI-1; PI-2",
        P1,RC-2,2026-02-02,11.00,,ADVANCE
        """), "pay2.csv", f.request(ImportType.PAYMENTS, Map.of()), null);
    assertThat(again.job().progress().alreadyPresent()).isEqualTo(1);
    assertThat(again.rejected()).singleElement().satisfies(x -> {
      assertThat(x.problems().get(0).code()).isEqualTo("INTEGRATION_DOCUMENT_CONFLICT");
      assertThat(x.problems().get(0).args()).containsExactly("RC-2", "amount");
    });
    assertThat(invoice("PI-2").openAmount()).as("nothing allocated twice").isEqualTo(Money.of("30.00", "CNY"));
  }

  @Test
  void settledHistorySettlesOpenInvoicesAndRefusesImpossibleDates() throws Exception {
    ImportResult r = imports.run(ImportFixture.csv("""
        Customer,Invoice,Invoice Date,Due Date,Amount,Settled Date
        P1,PI-4,2026-01-13,2026-02-12,30.00,2026-02-20
        P2,SI-1,2025-03-01,2025-03-31,40.00,2025-03-15
        P2,SI-2,2025-03-01,2025-03-31,40.00,2025-02-15
        P2,SI-3,2025-03-01,2025-03-31,40.00,2999-01-01
        P1,PI-2,2026-01-11,2026-02-10,55.00,2026-02-20
        NEW9,SI-4,2025-03-01,2025-03-31,1.00,2025-03-02
        """), "hist.csv", f.request(ImportType.SETTLED_INVOICES, Map.of()), null);

    assertThat(r.job().progress().accepted()).isEqualTo(2);
    assertThat(r.rejected()).extracting(x -> x.rowNumber() + ":" + x.problems().get(0).column() + ":"
        + x.problems().get(0).code()).containsExactly(
            "4:Settled Date:INTEGRATION_SETTLED_BEFORE_INVOICE",
            "5:Settled Date:INTEGRATION_DATE_IN_FUTURE",
            "6:Invoice:INTEGRATION_DOCUMENT_CONFLICT",
            "7:Customer:INTEGRATION_UNKNOWN_CUSTOMER");
    assertThat(invoice("PI-4").status()).as("the open invoice imported before is now settled")
        .isEqualTo(ItemStatus.CLEARED);
    ItemView si1 = invoice("SI-1");
    assertThat(si1.status()).isEqualTo(ItemStatus.CLEARED);
    assertThat(ledger.openAsOf(si1.id(), java.time.LocalDate.of(2025, 3, 14))).isEqualTo(Money.of("40.00", "CNY"));
    assertThat(ledger.openAsOf(si1.id(), java.time.LocalDate.of(2025, 3, 15))).isEqualTo(Money.of("0.00", "CNY"));
    assertThat(ledger.findDocuments(f.company.id(), ItemType.INVOICE, List.of("SI-2", "SI-3"))).isEmpty();
    assertThat(ledger.findDocuments(f.company.id(), ItemType.PAYMENT, List.of("SI-1", "PI-4"))).hasSize(2);
  }

  @Test
  void aDryRunReportsEverythingAndWritesNothing() throws Exception {
    ColumnMapping create = new ColumnMapping(Map.of(), null, null, null, true);
    ImportResult r = imports.run(ImportFixture.csv("""
        Customer,Invoice,Invoice Date,Due Date,Amount
        DRY1,DR-1,2026-01-13,2026-02-12,30.00
        DRY1,DR-2,2026-01-13,2026-02-12,-3.00
        DRY2,DR-3,2026-01-13,2026-02-12,12.00
        """), "dry.csv", new ImportRequest(ImportType.OPEN_INVOICES, f.company.id(), create, null, null, true), null);
    assertThat(r.job().dryRun()).isTrue();
    assertThat(r.job().progress().accepted()).isEqualTo(2);
    assertThat(r.job().progress().customersCreated()).isEqualTo(2);
    assertThat(r.rejected()).singleElement().satisfies(x -> assertThat(x.problems().get(0).code())
        .isEqualTo("AMOUNT_NOT_POSITIVE"));
    assertThat(ledger.findDocuments(f.company.id(), ItemType.INVOICE, List.of("DR-1", "DR-3"))).isEmpty();
    assertThat(customers.findByCode(f.company.id(), "DRY1")).isEmpty();
  }

  private ItemView invoice(String number) {
    return ledger.findDocuments(f.company.id(), ItemType.INVOICE, List.of(number)).get(0);
  }
}
