package org.openar.invoicing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.InvoicingError;
import org.openar.invoicing.ScheduleMode;
import org.openar.invoicing.TaxRounding;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.terms.PaymentTerms;

class DraftRulesTest {

  @Test
  void everyBrokenLineRuleIsReportedOnItsPath() {
    InvoiceDraft d = Lines.draft("2026-03-01", List.of(
        Lines.line("ok", "1", "10.00", "13"),
        new InvoiceDraft.Line(" ", null, new BigDecimal("0"), new BigDecimal("-1"), new BigDecimal("100.5"),
            new BigDecimal("101")),
        new InvoiceDraft.Line("x", null, new BigDecimal("1.23456"), new BigDecimal("10.005"), null, null)), null);
    List<FieldViolation> v = DraftRules.check(d, CurrencyCode.CNY);
    assertThat(v).extracting(FieldViolation::field, f -> f.code())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("lines[1].description", SharedError.MISSING_FIELD),
            org.assertj.core.groups.Tuple.tuple("lines[1].quantity", InvoicingError.INVOICING_INVALID_QUANTITY),
            org.assertj.core.groups.Tuple.tuple("lines[1].unitPrice", InvoicingError.INVOICING_INVALID_UNIT_PRICE),
            org.assertj.core.groups.Tuple.tuple("lines[1].discountPercent", InvoicingError.INVOICING_INVALID_DISCOUNT),
            org.assertj.core.groups.Tuple.tuple("lines[1].taxRate", InvoicingError.INVOICING_INVALID_TAX_RATE),
            org.assertj.core.groups.Tuple.tuple("lines[2].quantity", InvoicingError.INVOICING_INVALID_QUANTITY),
            org.assertj.core.groups.Tuple.tuple("lines[2].unitPrice", SharedError.AMOUNT_SCALE),
            org.assertj.core.groups.Tuple.tuple("lines[2].taxRate", SharedError.MISSING_FIELD));
  }

  @Test
  void aYenPriceMayHaveNoDecimalsAndADinarPriceThree() {
    InvoiceDraft d = Lines.draft("2026-03-01", List.of(Lines.line("a", "1", "10.5", "10")), null);
    assertThat(DraftRules.check(d, CurrencyCode.of("JPY"))).extracting(FieldViolation::field)
        .containsExactly("lines[0].unitPrice");
    InvoiceDraft kwd = Lines.draft("2026-03-01", List.of(Lines.line("a", "1", "10.125", "10")), null);
    assertThat(DraftRules.check(kwd, CurrencyCode.of("KWD"))).isEmpty();
  }

  @Test
  void dueDatesMayNotPrecedeTheInvoiceDate() {
    InvoiceDraft d = new InvoiceDraft(null, null, "CNY", LocalDate.parse("2026-03-01"), null,
        LocalDate.parse("2026-02-28"), false, null, null, null, List.of(Lines.line("a", "1", "1.00", "0")),
        new InvoiceDraft.Schedule(ScheduleMode.EQUAL, null, null, List.of(
            new InvoiceDraft.Part(null, LocalDate.parse("2026-02-01")),
            new InvoiceDraft.Part(null, LocalDate.parse("2026-05-01")),
            new InvoiceDraft.Part(null, LocalDate.parse("2026-04-01")))));
    assertThat(DraftRules.check(d, CurrencyCode.CNY)).extracting(FieldViolation::field, FieldViolation::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("customerId", SharedError.MISSING_FIELD),
            org.assertj.core.groups.Tuple.tuple("dueDate", InvoicingError.INVOICING_DUE_BEFORE_INVOICE),
            org.assertj.core.groups.Tuple.tuple("schedule.parts[0].dueDate", InvoicingError.INVOICING_DUE_BEFORE_INVOICE),
            org.assertj.core.groups.Tuple.tuple("schedule.parts[2].dueDate",
                InvoicingError.INVOICING_INSTALLMENT_DATES_ORDER));
  }

  @Test
  void percentagesMustAddUpToExactlyOneHundred() {
    InvoiceDraft d = Lines.draft("2026-03-01", List.of(Lines.line("a", "1", "1.00", "0")),
        new InvoiceDraft.Schedule(ScheduleMode.PERCENT, null, null, List.of(
            new InvoiceDraft.Part(new BigDecimal("30"), null), new InvoiceDraft.Part(new BigDecimal("60"), null))));
    assertThat(DraftRules.check(d, CurrencyCode.CNY)).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("schedule.parts");
      assertThat(v.code()).isEqualTo(InvoicingError.INVOICING_INSTALLMENT_PERCENT_SUM);
      assertThat(v.args()).containsExactly("90");
    });
  }

  @Test
  void installmentsTooSmallToHoldAFenAreRefused() {
    InvoiceDraft d = Lines.draft("2026-03-01", List.of(Lines.line("a", "1", "0.02", "0")),
        new InvoiceDraft.Schedule(ScheduleMode.EQUAL, 3, null, null));
    assertThat(DraftRules.check(d, CurrencyCode.CNY)).isEmpty();
    assertThatThrownBy(() -> InvoiceCalculator.compute(d, new InvoiceCalculator.Inputs(CurrencyCode.CNY,
        PaymentTerms.NET30, false, TaxRounding.CN_VAT_HALF_UP)))
        .isInstanceOfSatisfying(OpenArException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(InvoicingError.INVOICING_INSTALLMENT_TOO_SMALL);
          assertThat(e.field()).isEqualTo("schedule");
        });
  }

  @Test
  void anInvoiceOfNothingIsRefused() {
    InvoiceDraft d = Lines.draft("2026-03-01", List.of(Lines.line("free sample", "1", "0.00", "13")), null);
    assertThatThrownBy(() -> InvoiceCalculator.compute(d, new InvoiceCalculator.Inputs(CurrencyCode.CNY,
        PaymentTerms.NET30, false, TaxRounding.CN_VAT_HALF_UP)))
        .isInstanceOfSatisfying(OpenArException.class,
            e -> assertThat(e.errorCode()).isEqualTo(InvoicingError.INVOICING_TOTAL_NOT_POSITIVE));
  }
}
