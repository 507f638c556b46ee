package org.openar.shared.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openar.shared.money.Money;

class PaymentTermsTest {

  private static final LocalDate INVOICED = LocalDate.parse("2026-01-15");

  @Test
  void netDaysCountFromTheInvoiceDate() {
    assertThat(PaymentTerms.parse("NET30").dueDate(INVOICED)).isEqualTo("2026-02-14");
  }

  @Test
  void endOfMonthCountsFromTheLastDayOfTheInvoiceMonth() {
    assertThat(PaymentTerms.parse("EOM+30").dueDate(INVOICED)).isEqualTo("2026-03-02");
    assertThat(PaymentTerms.parse("eom 0").dueDate(LocalDate.parse("2024-02-03"))).isEqualTo("2024-02-29");
  }

  @Test
  void tieredDiscountsApplyInsideTheirWindowIncludingTheLastDay() {
    PaymentTerms terms = PaymentTerms.parse("2/10, 1/20, NET30");
    Money gross = Money.of("1000.00", "CNY");
    assertThat(terms.discountAmount(gross, INVOICED, INVOICED.plusDays(10))).isEqualTo(Money.of("20.00", "CNY"));
    assertThat(terms.discountAmount(gross, INVOICED, INVOICED.plusDays(11))).isEqualTo(Money.of("10.00", "CNY"));
    assertThat(terms.discountAmount(gross, INVOICED, INVOICED.plusDays(20))).isEqualTo(Money.of("10.00", "CNY"));
    assertThat(terms.discountAmount(gross, INVOICED, INVOICED.plusDays(21))).isEqualTo(Money.of("0.00", "CNY"));
    assertThat(terms.code()).isEqualTo("2/10,1/20,NET30");
    assertThat(PaymentTerms.parse(terms.code())).isEqualTo(terms);
  }

  @Test
  void nonsenseIsRejectedWithAReason() {
    assertThatThrownBy(() -> PaymentTerms.parse("NET")).hasMessageContaining("NET");
    assertThatThrownBy(() -> PaymentTerms.parse("2/40,NET30")).hasMessageContaining("after the due date");
    assertThatThrownBy(() -> PaymentTerms.parse("1/10,2/20,NET30")).hasMessageContaining("less");
    assertThatThrownBy(() -> PaymentTerms.parse("")).hasMessageContaining("empty");
  }
}
