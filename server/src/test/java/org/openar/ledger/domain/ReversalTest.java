package org.openar.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openar.ledger.domain.AllocationTest.assertCode;
import static org.openar.ledger.domain.Books.TODAY;
import static org.openar.ledger.domain.Books.allocate;
import static org.openar.ledger.domain.Books.line;
import static org.openar.ledger.domain.Books.reverse;
import static org.openar.ledger.domain.Books.state;
import static org.openar.ledger.domain.ItemBuilder.aPayment;
import static org.openar.ledger.domain.ItemBuilder.anInvoice;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemType;
import org.openar.ledger.Ledger;
import org.openar.ledger.Side;
import org.openar.shared.money.Money;

class ReversalTest {

  private final LedgerBook book = Books.newBook();
  private final Item inv = anInvoice().amount("300.00 CNY").dated("2026-01-10").postTo(book);
  private final Item pay = aPayment().amount("500.00 CNY").receivedOn("2026-02-01").postTo(book);

  @Test
  void reversingAnInvoiceReturnsItsPaymentsToAccountAndPostsACounterEntry() {
    allocate(book, pay, null, line(inv, "300.00 CNY"));
    Unwinder.Reversal r = reverse(book, inv, "2026-03-01");
    assertThat(r.undoRows()).singleElement().satisfies(u -> assertThat(u.amountMinor()).isEqualTo(-30000));
    assertThat(state(pay)).isEqualTo("500.00 OPEN");
    assertThat(state(inv)).isEqualTo("0.00 REVERSED");
    Item counter = r.reversal();
    assertThat(counter.type()).isEqualTo(ItemType.REVERSAL);
    assertThat(counter.side()).isEqualTo(Side.CREDIT);
    assertThat(counter.facts().reversesItemId()).isEqualTo(inv.id());
    assertThat(counter.facts().description()).isEqualTo("posted in error");
    assertThat(state(counter)).isEqualTo("0.00 REVERSED");
    // history stays: in February the invoice was paid, in March it no longer exists for the balance
    assertThat(inv.openAsOf(LocalDate.parse("2026-01-20"))).isEqualTo(30000);
    assertThat(inv.openAsOf(LocalDate.parse("2026-02-15"))).isZero();
    assertThat(pay.openAsOf(LocalDate.parse("2026-02-15"))).isEqualTo(20000);
    assertThat(pay.openAsOf(LocalDate.parse("2026-03-01"))).isEqualTo(50000);
  }

  @Test
  void reversingAPaymentReopensTheInvoicesItPaid() {
    Item inv2 = anInvoice().amount("200.00 CNY").dated("2026-01-11").postTo(book);
    allocate(book, pay, null, line(inv, null), line(inv2, null));
    Unwinder.Reversal r = reverse(book, pay, null);
    assertThat(r.reversal().side()).isEqualTo(Side.DEBIT);
    assertThat(r.reversal().facts().dueDate()).isEqualTo(TODAY);
    assertThat(state(inv)).isEqualTo("300.00 OPEN");
    assertThat(state(inv2)).isEqualTo("200.00 OPEN");
    assertThat(pay.status()).isEqualTo(ItemStatus.REVERSED);
  }

  @Test
  void aReversalCannotPredateTheItemsLastMovementNorHappenTwiceNorWithoutReason() {
    allocate(book, pay, "2026-02-10", line(inv, "100.00 CNY"));
    assertCode(() -> reverse(book, inv, "2026-02-09"), "LEDGER_DATE_TOO_EARLY");
    assertCode(() -> book.reverse(new Ledger.Reverse(inv.id(), "  ", null), TODAY), "LEDGER_REASON_REQUIRED");
    reverse(book, inv, "2026-02-10");
    assertCode(() -> reverse(book, inv, null), "LEDGER_ITEM_REVERSED");
  }

  @Test
  void theReversalAllocationItselfCannotBeUndone() {
    Unwinder.Reversal r = reverse(book, inv, null);
    Entry pair = r.reversal().entries().get(0);
    assertCode(() -> Books.unallocate(book, pair.id(), null), "LEDGER_ALLOCATION_NOT_REVERSIBLE");
  }

  @Test
  void reversingAPaymentThatEarnedADiscountReversesTheDiscountToo() {
    Item disc = anInvoice().amount("1000.00 CNY").dated("2026-01-25").terms("2/10,NET30").postTo(book);
    Item bigPay = aPayment().amount("980.00 CNY").receivedOn("2026-02-01").postTo(book);
    Allocator.Applied a = allocate(book, bigPay, null, line(disc, null)).get(0);
    assertThat(a.discountItem()).isNotNull();
    reverse(book, bigPay, null);
    assertThat(state(disc)).isEqualTo("1000.00 OPEN");
    assertThat(a.discountItem().status()).isEqualTo(ItemStatus.REVERSED);
  }

  @Test
  void aWriteOffClearsTheRestAndCanBeReversedLikeAnyItem() {
    allocate(book, pay, null, line(inv, "299.50 CNY"));
    Allocator.Applied w = book.writeOff(new Ledger.WriteOff(inv.id(), null, null, "small balance"), TODAY);
    assertThat(w.credit().type()).isEqualTo(ItemType.WRITE_OFF);
    assertThat(w.credit().original()).isEqualTo(Money.of("0.50", "CNY"));
    assertThat(state(inv)).isEqualTo("0.00 CLEARED");
    reverse(book, w.credit(), null);
    assertThat(state(inv)).isEqualTo("0.50 OPEN");
    assertCode(() -> book.writeOff(new Ledger.WriteOff(inv.id(), Money.of("0.51", "CNY"), null, "x"), TODAY),
        "LEDGER_OVER_ALLOCATION");
    assertCode(() -> book.writeOff(new Ledger.WriteOff(pay.id(), null, null, "x"), TODAY), "LEDGER_NOT_A_DEBIT");
  }
}
