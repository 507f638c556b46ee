package org.openar.invoicing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openar.invoicing.Installment;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.InvoiceDraft.Part;
import org.openar.invoicing.ScheduleMode;
import org.openar.invoicing.TaxRounding;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;

class SchedulesTest {

  static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void equalInstallmentsSumExactlyWithTheExtraFenOnTheEarliest() {
    List<Installment> i = Schedules.plan(cny("100.00"), d("2026-02-14"),
        new InvoiceDraft.Schedule(ScheduleMode.EQUAL, 3, null, null));
    assertThat(i).extracting(Installment::amount).containsExactly(cny("33.34"), cny("33.33"), cny("33.33"));
    assertThat(i).extracting(Installment::dueDate).containsExactly(d("2026-02-14"), d("2026-03-14"), d("2026-04-14"));
    assertThat(i).extracting(Installment::installmentNo).containsExactly(1, 2, 3);
  }

  @Test
  void percentagesSplitByLargestRemainder() {
    List<Installment> i = Schedules.plan(cny("1000.01"), d("2026-01-31"), new InvoiceDraft.Schedule(
        ScheduleMode.PERCENT, null, 2, List.of(part("33.3333", null), part("33.3333", null), part("33.3334", null))));
    assertThat(i.stream().map(Installment::amount).reduce(Money::plus).orElseThrow()).isEqualTo(cny("1000.01"));
    assertThat(i).extracting(Installment::amount).containsExactly(cny("333.34"), cny("333.33"), cny("333.34"));
    // from the end of January, every two months, at each month's end
    assertThat(i).extracting(Installment::dueDate).containsExactly(d("2026-01-31"), d("2026-03-31"), d("2026-05-31"));
    assertThat(i.get(0).percent()).isEqualByComparingTo("33.3333");
  }

  @Test
  void givenDueDatesAnchorTheOnesThatFollow() {
    List<Installment> i = Schedules.plan(cny("90.00"), d("2026-02-10"), new InvoiceDraft.Schedule(
        ScheduleMode.EQUAL, null, null, List.of(part(null, null), part(null, "2026-06-15"), part(null, null))));
    assertThat(i).extracting(Installment::dueDate).containsExactly(d("2026-02-10"), d("2026-06-15"), d("2026-07-15"));
    assertThat(i).extracting(Installment::amount).containsOnly(cny("30.00"));
  }

  @Test
  void endOfMonthTermsGiveTheDueDateAfterTheInvoicesMonthEnd() {
    InvoiceDraft d = Lines.draft("2026-01-15", List.of(Lines.line("A", "1", "100.00", "13")), null);
    InvoiceCalculator.Computed c = InvoiceCalculator.compute(d,
        new InvoiceCalculator.Inputs(CurrencyCode.CNY, PaymentTerms.parse("EOM60"), false, TaxRounding.CN_VAT_HALF_UP));
    assertThat(c.dueDate()).isEqualTo(d("2026-04-01")); // 01-31 + 60 days
    InvoiceCalculator.Computed feb = InvoiceCalculator.compute(Lines.draft("2026-02-03", d.lines(), null),
        new InvoiceCalculator.Inputs(CurrencyCode.CNY, PaymentTerms.parse("EOM30"), false, TaxRounding.CN_VAT_HALF_UP));
    assertThat(feb.dueDate()).isEqualTo(d("2026-03-30")); // 02-28 + 30 days
    assertThat(feb.installments()).singleElement().satisfies(i -> assertThat(i.amount()).isEqualTo(cny("113.00")));
  }

  @Test
  void theWholeInvoiceIsDueWithItsLastInstallment() {
    InvoiceDraft d = Lines.draft("2026-01-15", List.of(Lines.line("A", "1", "1000.00", "13")),
        new InvoiceDraft.Schedule(ScheduleMode.EQUAL, 4, 3, null));
    InvoiceCalculator.Computed c = InvoiceCalculator.compute(d,
        new InvoiceCalculator.Inputs(CurrencyCode.CNY, PaymentTerms.net(30), false, TaxRounding.CN_VAT_HALF_UP));
    assertThat(c.installments()).extracting(Installment::dueDate)
        .containsExactly(d("2026-02-14"), d("2026-05-14"), d("2026-08-14"), d("2026-11-14"));
    assertThat(c.dueDate()).isEqualTo(d("2026-11-14"));
    assertThat(c.installments()).extracting(Installment::amount)
        .containsExactly(cny("282.50"), cny("282.50"), cny("282.50"), cny("282.50"));
  }

  static Part part(String percent, String due) {
    return new Part(percent == null ? null : new BigDecimal(percent), due == null ? null : LocalDate.parse(due));
  }
}
