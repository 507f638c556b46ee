package org.openar.invoicing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openar.invoicing.domain.Lines.line;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openar.invoicing.CreditMode;
import org.openar.invoicing.CreditNoteLine;
import org.openar.invoicing.CreditNoteRequest;
import org.openar.invoicing.InvoicingError;
import org.openar.invoicing.TaxRounding;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

class CreditingTest {

  final Pricing.Priced invoice = Lines.exclusive(TaxRounding.CN_VAT_HALF_UP, line("Widget", "3", "0.50", "13"),
      line("Service", "1", "200.00", "6"));
  final List<CreditNoteLine> earlier = new ArrayList<>();

  static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }

  Crediting.Credit credit(CreditMode mode, List<CreditNoteRequest.Line> lines, Money amount) {
    CreditState state = new CreditState(CurrencyCode.CNY, invoice.lines(), invoice.taxGroups(), earlier);
    Crediting.Credit c = Crediting.compute(new CreditNoteRequest(null, null, mode, "r", lines, amount), state, false,
        RoundingMode.HALF_UP);
    earlier.addAll(c.lines());
    return c;
  }

  static CreditNoteRequest.Line creditLine(int no, String qty) {
    return new CreditNoteRequest.Line(no, qty == null ? null : new BigDecimal(qty));
  }

  @Test
  void creditingALineInPartsEndsAtItsExactAmounts() {
    // the line: 1.50 net, 0.195 -> 0.20 tax. One unit: 0.50 + 0.07 (0.065 half up); three times would be 0.21
    Crediting.Credit first = credit(CreditMode.LINES, List.of(creditLine(1, "1")), null);
    assertThat(first.lines().get(0).taxAmount()).isEqualTo(cny("0.07"));
    credit(CreditMode.LINES, List.of(creditLine(1, "1")), null);
    Crediting.Credit last = credit(CreditMode.LINES, List.of(creditLine(1, null)), null);
    assertThat(last.lines().get(0).quantity()).isEqualByComparingTo("1");
    assertThat(last.lines().get(0).taxAmount()).isEqualTo(cny("0.06"));
    Money tax = earlier.stream().map(CreditNoteLine::taxAmount).reduce(Money::plus).orElseThrow();
    assertThat(tax).isEqualTo(invoice.lines().get(0).taxAmount());
    assertThatThrownBy(() -> credit(CreditMode.LINES, List.of(creditLine(1, "0.5")), null))
        .isInstanceOfSatisfying(OpenArException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(InvoicingError.INVOICING_LINE_OVER_CREDIT);
          assertThat(e.field()).isEqualTo("lines[0].quantity");
        });
  }

  @Test
  void anAmountIsSpreadOverTheRatesWithItsTaxAndTheRestCanBeCreditedInFull() {
    // gross: 1.70 at 13%, 212.00 at 6%; 100.00 split by what is left: 0.7955 -> 0.80, 99.2045 -> 99.20
    Crediting.Credit part = credit(CreditMode.AMOUNT, null, cny("100.00"));
    assertThat(part.totals().gross()).isEqualTo(cny("100.00"));
    assertThat(part.lines()).extracting(CreditNoteLine::grossAmount).containsExactly(cny("0.80"), cny("99.20"));
    assertThat(part.lines().get(1).taxAmount()).isEqualTo(cny("5.62")); // 99.20 x 6/106 = 5.6151
    assertThat(part.creditableAfter()).isEqualTo(cny("113.70"));

    Crediting.Credit rest = credit(CreditMode.FULL, null, null);
    assertThat(rest.totals().gross()).isEqualTo(cny("113.70"));
    assertThat(rest.creditableAfter()).isEqualTo(cny("0.00"));
    Money tax = earlier.stream().map(CreditNoteLine::taxAmount).reduce(Money::plus).orElseThrow();
    assertThat(tax).isEqualTo(invoice.totals().tax());
  }

  @Test
  void nothingBeyondWhatIsLeftCanBeCredited() {
    credit(CreditMode.LINES, List.of(creditLine(2, null)), null);
    assertThatThrownBy(() -> credit(CreditMode.AMOUNT, null, cny("1.71")))
        .isInstanceOfSatisfying(OpenArException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(InvoicingError.INVOICING_OVER_CREDIT);
          assertThat(e.field()).isEqualTo("amount");
          assertThat(e.args()).containsExactly(cny("1.71"), cny("1.70"));
        });
    credit(CreditMode.FULL, null, null);
    assertThatThrownBy(() -> credit(CreditMode.FULL, null, null))
        .isInstanceOfSatisfying(OpenArException.class,
            e -> assertThat(e.errorCode()).isEqualTo(InvoicingError.INVOICING_OVER_CREDIT));
  }

  @Test
  void afterAnAmountCreditALineCannotTakeMoreTaxThanIsLeftAtItsRate() {
    credit(CreditMode.AMOUNT, null, cny("150.00"));
    assertThatThrownBy(() -> credit(CreditMode.LINES, List.of(creditLine(2, null)), null))
        .isInstanceOfSatisfying(OpenArException.class,
            e -> assertThat(e.errorCode()).isEqualTo(InvoicingError.INVOICING_OVER_CREDIT));
  }

  @Test
  void aFullCreditOfAnUntouchedInvoiceMirrorsItsLines() {
    Crediting.Credit full = credit(CreditMode.FULL, null, null);
    assertThat(full.lines()).extracting(CreditNoteLine::invoiceLineNo).containsExactly(1, 2);
    assertThat(full.totals().gross()).isEqualTo(invoice.totals().gross());
    assertThat(full.totals().tax()).isEqualTo(invoice.totals().tax());
  }
}
