package org.openar.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openar.ledger.domain.Books.allocate;
import static org.openar.ledger.domain.Books.line;
import static org.openar.ledger.domain.Books.snapshot;
import static org.openar.ledger.domain.Books.state;
import static org.openar.ledger.domain.Books.unallocate;
import static org.openar.ledger.domain.ItemBuilder.GLOBEX;
import static org.openar.ledger.domain.ItemBuilder.aCreditNote;
import static org.openar.ledger.domain.ItemBuilder.aPayment;
import static org.openar.ledger.domain.ItemBuilder.anAdvance;
import static org.openar.ledger.domain.ItemBuilder.anInvoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openar.ledger.ItemId;
import org.openar.shared.error.OpenArException;

class AllocationTest {

  private final LedgerBook book = Books.newBook();
  private final Item inv1 = anInvoice().amount("100.00 CNY").dated("2026-01-05").postTo(book);
  private final Item inv2 = anInvoice().amount("250.00 CNY").dated("2026-01-06").postTo(book);

  @Test
  void onePaymentSettlesSeveralInvoicesAndLeavesTheRestOnAccount() {
    Item pay = aPayment().amount("400.00 CNY").receivedOn("2026-02-01").postTo(book);
    List<Allocator.Applied> applied = allocate(book, pay, null, line(inv1, "100.00 CNY"), line(inv2, null));
    assertThat(applied).hasSize(2);
    assertThat(state(inv1)).isEqualTo("0.00 CLEARED");
    assertThat(state(inv2)).isEqualTo("0.00 CLEARED");
    assertThat(state(pay)).isEqualTo("50.00 OPEN");
    assertThat(applied.get(1).entry().amountMinor()).isEqualTo(25000);
    assertThat(applied.get(0).entry().effectiveDate()).isEqualTo("2026-02-01");
  }

  @Test
  void partialAllocationLeavesBothOpen() {
    Item cn = aCreditNote().amount("30.00 CNY").dated("2026-01-20").postTo(book);
    allocate(book, cn, null, line(inv1, "20.00 CNY"));
    assertThat(state(inv1)).isEqualTo("80.00 OPEN");
    assertThat(state(cn)).isEqualTo("10.00 OPEN");
  }

  @Test
  void anAdvanceReceivedBeforeTheInvoiceIsAppliedFromTheInvoiceDate() {
    Item adv = anAdvance().amount("100.00 CNY").receivedOn("2025-12-20").postTo(book);
    Allocator.Applied a = allocate(book, adv, null, line(inv1, null)).get(0);
    assertThat(a.entry().effectiveDate()).isEqualTo("2026-01-05");
    assertThat(inv1.openAsOf(LocalDate.parse("2026-01-04"))).isZero(); // the invoice did not exist yet
    assertThat(adv.openAsOf(LocalDate.parse("2026-01-04"))).isEqualTo(10000);
    assertThat(adv.openAsOf(LocalDate.parse("2026-01-05"))).isZero();
  }

  @Test
  void overAllocationOfTheCreditOrOfTheDebitIsRefusedAndChangesNothing() {
    Item pay = aPayment().amount("120.00 CNY").receivedOn("2026-02-01").postTo(book);
    Map<ItemId, String> before = snapshot(book);
    assertThatThrownBy(() -> allocate(book, pay, null, line(inv1, "100.00 CNY"), line(inv2, "30.00 CNY")))
        .isInstanceOfSatisfying(OpenArException.class, e -> {
          assertThat(e.errorCode().code()).isEqualTo("LEDGER_OVER_ALLOCATION");
          assertThat(e.field()).isEqualTo("lines[1].amount");
        });
    assertThatThrownBy(() -> allocate(book, pay, null, line(inv1, "100.01 CNY")))
        .isInstanceOfSatisfying(OpenArException.class,
            e -> assertThat(e.errorCode().code()).isEqualTo("LEDGER_OVER_ALLOCATION"));
    assertThat(snapshot(book)).isEqualTo(before);
    assertThat(book.entries()).isEmpty();
  }

  @Test
  void foreignCurrencyOtherCustomersAndNonDebitsAreRefused() {
    Item pay = aPayment().amount("500.00 CNY").receivedOn("2026-02-01").postTo(book);
    Item usd = anInvoice().amount("10.00 USD").postTo(book);
    Item foreign = anInvoice().of(GLOBEX).postTo(book);
    Item otherPay = aPayment().receivedOn("2026-02-01").postTo(book);
    assertCode(() -> allocate(book, pay, null, line(usd, null)), "LEDGER_CURRENCY_MISMATCH");
    assertCode(() -> allocate(book, pay, null, line(inv1, "10.00 USD")), "LEDGER_CURRENCY_MISMATCH");
    assertCode(() -> allocate(book, pay, null, line(foreign, null)), "LEDGER_CUSTOMER_MISMATCH");
    assertCode(() -> allocate(book, pay, null, line(otherPay, null)), "LEDGER_NOT_A_DEBIT");
    assertCode(() -> allocate(book, inv1, null, line(inv2, null)), "LEDGER_NOT_A_CREDIT");
    assertCode(() -> allocate(book, pay, null, line(inv1, null), line(inv1, null)), "LEDGER_DUPLICATE_LINE");
    assertCode(() -> allocate(book, pay, null), "LEDGER_NO_LINES");
    assertThat(book.entries()).isEmpty();
  }

  @Test
  void datesInTheFutureOrBeforeTheItemsExistAreRefused() {
    Item pay = aPayment().receivedOn("2026-02-01").postTo(book);
    assertCode(() -> allocate(book, pay, "2026-07-01", line(inv1, null)), "LEDGER_DATE_IN_FUTURE");
    assertCode(() -> allocate(book, pay, "2026-01-31", line(inv1, null)), "LEDGER_DATE_TOO_EARLY");
  }

  @Test
  void unallocationReopensBothItemsFromItsOwnDateAndKeepsHistory() {
    Item pay = aPayment().amount("100.00 CNY").receivedOn("2026-02-01").postTo(book);
    Allocator.Applied a = allocate(book, pay, null, line(inv1, null)).get(0);
    List<Entry> undone = unallocate(book, a.entry().id(), "2026-03-01");
    assertThat(undone).singleElement().satisfies(u -> {
      assertThat(u.amountMinor()).isEqualTo(-10000);
      assertThat(u.undoes()).isEqualTo(a.entry().id());
    });
    assertThat(state(inv1)).isEqualTo("100.00 OPEN");
    assertThat(state(pay)).isEqualTo("100.00 OPEN");
    assertThat(inv1.openAsOf(LocalDate.parse("2026-02-15"))).isZero();
    assertThat(inv1.openAsOf(LocalDate.parse("2026-03-01"))).isEqualTo(10000);
    assertCode(() -> unallocate(book, a.entry().id(), null), "LEDGER_ALLOCATION_NOT_ACTIVE");
    assertCode(() -> unallocate(book, undone.get(0).id(), null), "LEDGER_ALLOCATION_NOT_ACTIVE");
  }

  @Test
  void anUnallocationCannotPredateItsAllocation() {
    Item pay = aPayment().receivedOn("2026-02-01").postTo(book);
    Allocator.Applied a = allocate(book, pay, null, line(inv1, null)).get(0);
    assertCode(() -> unallocate(book, a.entry().id(), "2026-01-31"), "LEDGER_DATE_TOO_EARLY");
  }

  @Test
  void aBackdatedAllocationThatWouldOverApplyThePastIsRefused() {
    Item pay = aPayment().amount("100.00 CNY").receivedOn("2026-02-01").postTo(book);
    Allocator.Applied a = allocate(book, pay, "2026-02-01", line(inv1, null)).get(0);
    unallocate(book, a.entry().id(), "2026-03-01");
    // today the payment is free again, but in February it was already applied to inv1
    assertCode(() -> allocate(book, pay, "2026-02-10", line(inv2, null)), "LEDGER_OVER_ALLOCATION_AS_OF");
    allocate(book, pay, "2026-03-01", line(inv2, null));
    assertThat(pay.openAsOf(LocalDate.parse("2026-02-10"))).isZero();
    assertThat(state(pay)).isEqualTo("0.00 CLEARED");
  }

  @Test
  void aReversedItemTakesNoAllocation() {
    Item pay = aPayment().receivedOn("2026-02-01").postTo(book);
    Books.reverse(book, inv1, null);
    assertCode(() -> allocate(book, pay, null, line(inv1, null)), "LEDGER_ITEM_REVERSED");
  }

  static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable c, String code) {
    assertThatThrownBy(c).isInstanceOfSatisfying(OpenArException.class,
        e -> assertThat(e.errorCode().code()).isEqualTo(code));
  }
}
