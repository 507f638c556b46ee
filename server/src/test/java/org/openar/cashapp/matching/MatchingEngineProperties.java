package org.openar.cashapp.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.openar.shared.money.Money;

/** Invariants of the engine on random books and receipts. */
class MatchingEngineProperties {

  @Property(tries = 200)
  void appliedAmountsAndRemainderAlwaysAddUpToTheReceipt(@ForAll @IntRange(min = 1, max = 8) int items,
      @ForAll @IntRange(min = 1, max = 5_000_000) int cents, @ForAll @IntRange(min = 0, max = 9) int refItem,
      @ForAll @IntRange(min = 1, max = 3_000_000) int seedAmount) {
    EngineFixture book = new EngineFixture().customer("C1", "Atlas Foods Ltd.", "DE1");
    for (int i = 0; i < items; i++) {
      book.item("INV-2026-" + (1000 + i), "C1", BigDecimal.valueOf(seedAmount + 7919L * i, 2).toPlainString(), "CNY");
    }
    LineMatch m = book.pay(BigDecimal.valueOf(cents, 2).toPlainString(), "CNY", "Atlas Foods", "DE1",
        "INV-2026-" + (1000 + refItem % items));
    if (m.best() != null && m.best().hasAllocations()) {
      Money sum = m.best().onAccount();
      for (Allocation a : m.best().allocations()) {
        assertThat(a.applied().isNegative()).isFalse();
        sum = sum.plus(a.applied());
      }
      assertThat(sum).isEqualTo(m.receipt().amount());
    }
  }

  @Property(tries = 100)
  void twoIndistinguishableCandidatesAreNeverAuto(@ForAll @IntRange(min = 100, max = 10_000_000) int cents,
      @ForAll boolean sameCustomer, @ForAll boolean withAccount) {
    String amount = BigDecimal.valueOf(cents, 2).toPlainString();
    EngineFixture book = new EngineFixture()
        .customer("C1", "Nordic Components GmbH", withAccount ? "DE1" : null)
        .customer("C2", "Nordic Components AG", null)
        .item("A-100001", "C1", amount, "CNY")
        .item("A-100002", sameCustomer ? "C1" : "C2", amount, "CNY");
    LineMatch m = book.pay(amount, "CNY", "Nordic Components", withAccount ? "DE1" : "", "payment");
    if (sameCustomer || !withAccount) {
      assertThat(m.status()).isNotEqualTo(MatchStatus.AUTO);
    }
  }

  @Property(tries = 100)
  void aReceiptWithoutAnyLinkToTheBookIsNeverAuto(@ForAll @IntRange(min = 1, max = 100_000_00) int cents) {
    List<String> names = new ArrayList<>(List.of("Atlas Foods Ltd.", "上海华信贸易有限公司"));
    EngineFixture book = new EngineFixture().customer("C1", names.get(0), "DE1").customer("C2", names.get(1), "CN1")
        .item("INV-1", "C1", "100.00", "CNY").item("INV-2", "C2", "100.00", "CNY");
    LineMatch m = book.pay(BigDecimal.valueOf(cents, 2).toPlainString(), "CNY", "Finanzamt Muenchen", "DE99", "Erstattung");
    assertThat(m.status()).isNotEqualTo(MatchStatus.AUTO);
  }
}
