package org.openar.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openar.ledger.domain.Books.allocate;
import static org.openar.ledger.domain.Books.line;
import static org.openar.ledger.domain.ItemBuilder.aPayment;
import static org.openar.ledger.domain.ItemBuilder.anInvoice;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openar.ledger.AgingBasis;
import org.openar.ledger.AgingBuckets;
import org.openar.ledger.AgingReport;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.Money;

class AgingTest {

  @Test
  void defaultBucketsAreCurrentAndFiveRanges() {
    AgingBuckets b = AgingBuckets.DEFAULT;
    assertThat(b.labels()).containsExactly("current", "1-30", "31-60", "61-90", "91-180", ">180");
    assertThat(List.of(-5L, 0L, 1L, 30L, 31L, 60L, 61L, 90L, 91L, 180L, 181L, 5000L))
        .extracting(b::indexOf).containsExactly(0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    assertThat(AgingBuckets.parse(" 15, 45 ").labels()).containsExactly("current", "1-15", "16-45", ">45");
    assertThat(AgingBuckets.parse(null)).isEqualTo(b);
  }

  @Test
  void nonsenseBucketsAreRefused() {
    for (String bad : List.of("30,30", "60,30", "0,30", "x", "30,,60")) {
      assertThatThrownBy(() -> AgingBuckets.parse(bad)).isInstanceOfSatisfying(OpenArException.class,
          e -> assertThat(e.errorCode().code()).isEqualTo("LEDGER_INVALID_AGING_BUCKETS"));
    }
  }

  @Test
  void agingAsOfAPastDateUsesTheStateOfThatDay() {
    LedgerBook book = Books.newBook();
    Item old = anInvoice().amount("100.00 CNY").dated("2026-01-01").dueOn("2026-01-31").postTo(book);
    Item recent = anInvoice().amount("40.00 CNY").dated("2026-03-01").dueOn("2026-03-31").postTo(book);
    Item pay = aPayment().amount("70.00 CNY").receivedOn("2026-04-10").postTo(book);
    allocate(book, pay, null, line(old, "60.00 CNY"));

    AgingReport march = AgingCalculator.aging(book.items(), LocalDate.parse("2026-04-01"), AgingBasis.DUE_DATE,
        AgingBuckets.DEFAULT);
    assertThat(march.rows()).singleElement().satisfies(r -> {
      assertThat(r.amounts()).containsExactly(cny("0.00"), cny("40.00"), cny("100.00"), cny("0.00"),
          cny("0.00"), cny("0.00"));
      assertThat(r.total()).isEqualTo(cny("140.00"));
    });
    AgingReport april = AgingCalculator.aging(book.items(), LocalDate.parse("2026-04-10"), AgingBasis.DUE_DATE,
        AgingBuckets.DEFAULT);
    // the unapplied 10.00 of the payment is a credit aging from its value date (today: current)
    assertThat(april.rows().get(0).amounts()).containsExactly(cny("-10.00"), cny("40.00"), cny("0.00"),
        cny("40.00"), cny("0.00"), cny("0.00"));
    assertThat(april.rows().get(0).total()).isEqualTo(cny("70.00"));
    AgingReport byInvoiceDate = AgingCalculator.aging(book.items(), LocalDate.parse("2026-04-10"),
        AgingBasis.DOCUMENT_DATE, AgingBuckets.DEFAULT);
    assertThat(byInvoiceDate.rows().get(0).amounts()).containsExactly(cny("-10.00"), cny("0.00"), cny("40.00"),
        cny("0.00"), cny("40.00"), cny("0.00"));
  }

  private static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }
}
