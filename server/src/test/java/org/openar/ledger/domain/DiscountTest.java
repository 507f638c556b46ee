package org.openar.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openar.ledger.domain.AllocationTest.assertCode;
import static org.openar.ledger.domain.Books.allocate;
import static org.openar.ledger.domain.Books.line;
import static org.openar.ledger.domain.Books.lineWithoutDiscount;
import static org.openar.ledger.domain.Books.state;
import static org.openar.ledger.domain.Books.unallocate;
import static org.openar.ledger.domain.ItemBuilder.aCreditNote;
import static org.openar.ledger.domain.ItemBuilder.aPayment;
import static org.openar.ledger.domain.ItemBuilder.anInvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemType;

/** Terms 2/10, 1/20, NET30 on an invoice of 1,000.00 dated 2026-01-15. */
class DiscountTest {

  private final LedgerBook book = Books.newBook();
  private final Item inv = anInvoice().amount("1000.00 CNY").dated("2026-01-15").terms("2/10,1/20,NET30")
      .postTo(book);

  @Test
  void aPaymentInsideTheWindowEarnsTheDiscountAndClearsTheInvoice() {
    Item pay = aPayment().amount("980.00 CNY").receivedOn("2026-01-25").postTo(book);
    Allocator.Applied a = allocate(book, pay, null, line(inv, "980.00 CNY")).get(0);
    assertThat(a.discountItem()).isNotNull();
    assertThat(a.discountItem().type()).isEqualTo(ItemType.DISCOUNT);
    assertThat(a.discountItem().documentNumber()).isEqualTo(inv.documentNumber());
    assertThat(a.discountItem().facts().reference()).isEqualTo(pay.documentNumber());
    assertThat(state(a.discountItem())).isEqualTo("0.00 CLEARED");
    assertThat(a.discount().amountMinor()).isEqualTo(2000);
    assertThat(a.discount().linkedTo()).isEqualTo(a.entry().id());
    assertThat(state(inv)).isEqualTo("0.00 CLEARED");
    assertThat(state(pay)).isEqualTo("0.00 CLEARED");
  }

  @Test
  void withoutAnAmountTheAllocationTakesWhatSettlesAfterDiscount() {
    Item pay = aPayment().amount("5000.00 CNY").receivedOn("2026-02-01").postTo(book); // second tier: 1%
    Allocator.Applied a = allocate(book, pay, null, line(inv, null)).get(0);
    assertThat(a.entry().amountMinor()).isEqualTo(99000);
    assertThat(a.discount().amountMinor()).isEqualTo(1000);
    assertThat(state(pay)).isEqualTo("4010.00 OPEN");
  }

  @Test
  void aCustomerWhoDeductsLessThanTheTierGetsOnlyWhatHeDeducted() {
    Item pay = aPayment().amount("985.00 CNY").receivedOn("2026-01-20").postTo(book);
    Allocator.Applied a = allocate(book, pay, null, line(inv, null)).get(0);
    assertThat(a.entry().amountMinor()).isEqualTo(98000);
    assertThat(state(pay)).isEqualTo("5.00 OPEN");
    Item pay2 = aPayment().amount("985.00 CNY").receivedOn("2026-01-20").postTo(book);
    Item inv2 = anInvoice().amount("1000.00 CNY").dated("2026-01-15").terms("2/10,NET30").postTo(book);
    Allocator.Applied b = allocate(book, pay2, null, line(inv2, "985.00 CNY")).get(0);
    assertThat(b.discount().amountMinor()).isEqualTo(1500);
    assertThat(state(inv2)).isEqualTo("0.00 CLEARED");
  }

  @Test
  void noDiscountOutsideTheWindowForPartialPaymentsForCreditNotesOrWhenDeclined() {
    Item late = aPayment().amount("980.00 CNY").receivedOn("2026-02-05").postTo(book);
    assertThat(allocate(book, late, null, line(inv, null)).get(0).discount()).isNull();
    assertThat(state(inv)).isEqualTo("20.00 OPEN");

    Item inv2 = anInvoice().amount("1000.00 CNY").dated("2026-01-15").terms("2/10,NET30").postTo(book);
    Item partial = aPayment().amount("500.00 CNY").receivedOn("2026-01-20").postTo(book);
    assertThat(allocate(book, partial, null, line(inv2, null)).get(0).discount()).isNull();
    Item cn = aCreditNote().amount("490.00 CNY").dated("2026-01-20").postTo(book);
    assertThat(allocate(book, cn, null, line(inv2, null)).get(0).discount()).isNull();

    Item inv3 = anInvoice().amount("1000.00 CNY").dated("2026-01-15").terms("2/10,NET30").postTo(book);
    Item pay = aPayment().amount("980.00 CNY").receivedOn("2026-01-20").postTo(book);
    assertThat(allocate(book, pay, null, lineWithoutDiscount(inv3, null)).get(0).discount()).isNull();
    assertThat(state(inv3)).isEqualTo("20.00 OPEN");
  }

  @Test
  void theQuoteTellsWhatSettlesOnADate() {
    Discounts.Offer onDay10 = book.discountOn(inv.id(), LocalDate.parse("2026-01-25"));
    assertThat(onDay10.percent()).isEqualByComparingTo(new BigDecimal("2"));
    assertThat(onDay10.discountMinor()).isEqualTo(2000);
    assertThat(onDay10.windowEndsOn()).isEqualTo("2026-01-25");
    assertThat(book.discountOn(inv.id(), LocalDate.parse("2026-01-26")).discountMinor()).isEqualTo(1000);
    assertThat(book.discountOn(inv.id(), LocalDate.parse("2026-02-05")).available()).isFalse();
  }

  @Test
  void undoingThePaymentAllocationUndoesItsDiscountToo() {
    Item pay = aPayment().amount("980.00 CNY").receivedOn("2026-01-25").postTo(book);
    Allocator.Applied a = allocate(book, pay, null, line(inv, null)).get(0);
    assertThat(unallocate(book, a.entry().id(), "2026-02-01")).hasSize(2);
    assertThat(state(inv)).isEqualTo("1000.00 OPEN");
    assertThat(a.discountItem().status()).isEqualTo(ItemStatus.REVERSED);
    assertThat(state(pay)).isEqualTo("980.00 OPEN");
    assertCode(() -> unallocate(book, a.discount().id(), null), "LEDGER_ALLOCATION_NOT_ACTIVE");
  }

  @Test
  void undoingOnlyTheDiscountReversesTheDiscountItemAndReopensItsAmount() {
    Item pay = aPayment().amount("980.00 CNY").receivedOn("2026-01-25").postTo(book);
    Allocator.Applied a = allocate(book, pay, null, line(inv, null)).get(0);
    unallocate(book, a.discount().id(), "2026-02-01");
    assertThat(state(inv)).isEqualTo("20.00 OPEN");
    assertThat(a.discountItem().status()).isEqualTo(ItemStatus.REVERSED);
    assertThat(book.items()).filteredOn(i -> i.type() == ItemType.REVERSAL).singleElement()
        .satisfies(r -> assertThat(r.facts().reversesItemId()).isEqualTo(a.discountItem().id()));
  }
}
