package org.openar.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openar.ledger.domain.ItemBuilder.aCreditNote;
import static org.openar.ledger.domain.ItemBuilder.aPayment;
import static org.openar.ledger.domain.ItemBuilder.anInvoice;

import org.junit.jupiter.api.Test;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemType;
import org.openar.ledger.Side;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;

class PostingTest {

  private final LedgerBook book = Books.newBook();

  @Test
  void anInvoiceIsPostedOpenForItsWholeAmount() {
    Item inv = anInvoice().amount("1200.50 CNY").dated("2026-01-10").dueOn("2026-02-09").postTo(book);
    assertThat(inv.side()).isEqualTo(Side.DEBIT);
    assertThat(inv.status()).isEqualTo(ItemStatus.OPEN);
    assertThat(inv.openMinor()).isEqualTo(inv.originalMinor()).isEqualTo(120050);
    assertThat(inv.ledgerDate()).isEqualTo("2026-01-10");
  }

  @Test
  void theDueDateFollowsFromTheTermsWhenNotGiven() {
    Item inv = anInvoice().dated("2026-01-15").terms("2/10,EOM30").postTo(book);
    assertThat(inv.facts().dueDate()).isEqualTo("2026-03-02");
  }

  @Test
  void aPaymentCountsFromItsValueDate() {
    Item pay = aPayment().receivedOn("2026-02-03").postTo(book);
    assertThat(pay.side()).isEqualTo(Side.CREDIT);
    assertThat(pay.ledgerDate()).isEqualTo("2026-02-03");
    assertThat(pay.facts().dueDate()).isNull();
  }

  @Test
  void aDueDateBeforeTheInvoiceDateIsRefused() {
    assertThatThrownBy(() -> anInvoice().dated("2026-02-01").dueOn("2026-01-31").postTo(book))
        .isInstanceOfSatisfying(OpenArException.class, e -> {
          assertThat(e.errorCode().code()).isEqualTo("LEDGER_DUE_BEFORE_DOCUMENT");
          assertThat(e.field()).isEqualTo("dueDate");
        });
    assertThat(book.items()).isEmpty();
  }

  @Test
  void zeroAndNegativeAmountsAreRefused() {
    assertThatThrownBy(() -> anInvoice().amount("0.00 CNY").postTo(book))
        .isInstanceOfSatisfying(OpenArException.class,
            e -> assertThat(e.errorCode()).isEqualTo(SharedError.AMOUNT_NOT_POSITIVE));
    assertThatThrownBy(() -> aPayment().amount("-5.00 CNY").postTo(book))
        .isInstanceOfSatisfying(OpenArException.class,
            e -> assertThat(e.errorCode()).isEqualTo(SharedError.AMOUNT_NOT_POSITIVE));
  }

  @Test
  void systemTypesCannotBePostedFromOutside() {
    for (ItemType t : ItemType.SYSTEM) {
      assertThatThrownBy(() -> aCreditNote().ofType(t).postTo(book))
          .isInstanceOfSatisfying(OpenArException.class,
              e -> assertThat(e.errorCode().code()).isEqualTo("LEDGER_SYSTEM_TYPE"));
    }
  }

  @Test
  void aCreditWithADueDateIsRefusedAndAllProblemsAreReportedTogether() {
    assertThatThrownBy(() -> aPayment().dueOn("2026-03-01").amount("-1.00 CNY").number(" ").postTo(book))
        .isInstanceOfSatisfying(OpenArException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(SharedError.VALIDATION_FAILED);
          assertThat(e.violations()).extracting(v -> v.field() + ":" + v.code().code())
              .containsExactlyInAnyOrder("documentNumber:MISSING_FIELD", "amount:AMOUNT_NOT_POSITIVE",
                  "dueDate:LEDGER_FIELD_NOT_APPLICABLE");
        });
  }

  @Test
  void aDocumentNumberIsUsedOncePerTypeButInstallmentsShareIt() {
    anInvoice().number("INV-7").installment(1).postTo(book);
    anInvoice().number("INV-7").installment(2).postTo(book);
    aCreditNote().number("INV-7").postTo(book);
    assertThatThrownBy(() -> anInvoice().number("INV-7").installment(2).postTo(book))
        .isInstanceOfSatisfying(OpenArException.class,
            e -> assertThat(e.errorCode().code()).isEqualTo("LEDGER_DUPLICATE_DOCUMENT"));
    assertThatThrownBy(() -> anInvoice().number("INV-7").installment(0).postTo(book))
        .isInstanceOfSatisfying(OpenArException.class,
            e -> assertThat(e.errorCode().code()).isEqualTo("LEDGER_INVALID_INSTALLMENT"));
  }

  @Test
  void datesOutsideAnyPlausibleRangeAreRefused() {
    assertThatThrownBy(() -> anInvoice().dated("1899-12-31").dueOn("1900-01-31").postTo(book))
        .isInstanceOfSatisfying(OpenArException.class,
            e -> assertThat(e.errorCode().code()).isEqualTo("LEDGER_DATE_OUT_OF_RANGE"));
  }
}
