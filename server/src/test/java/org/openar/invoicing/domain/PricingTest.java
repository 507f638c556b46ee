package org.openar.invoicing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openar.invoicing.domain.Lines.discounted;
import static org.openar.invoicing.domain.Lines.exclusive;
import static org.openar.invoicing.domain.Lines.inclusive;
import static org.openar.invoicing.domain.Lines.line;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.openar.invoicing.PricedLine;
import org.openar.invoicing.TaxGroup;
import org.openar.invoicing.TaxRounding;
import org.openar.shared.money.Money;

class PricingTest {

  static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }

  @Test
  void perLineHalfUpTaxDiffersFromHalfEvenAndFromTaxingTheTotal() {
    // each line: 0.50 net at 13% = 0.065 tax exactly
    Pricing.Priced halfUp = exclusive(TaxRounding.CN_VAT_HALF_UP, line("A", "1", "0.50", "13"),
        line("B", "1", "0.50", "13"));
    Pricing.Priced halfEven = exclusive(TaxRounding.HALF_EVEN, line("A", "1", "0.50", "13"),
        line("B", "1", "0.50", "13"));

    assertThat(halfUp.lines()).extracting(PricedLine::taxAmount).containsExactly(cny("0.07"), cny("0.07"));
    assertThat(halfUp.totals().tax()).isEqualTo(cny("0.14"));
    assertThat(halfEven.lines()).extracting(PricedLine::taxAmount).containsExactly(cny("0.06"), cny("0.06"));
    assertThat(halfEven.totals().tax()).isEqualTo(cny("0.12"));
    Money taxOfTotal = halfUp.totals().net().times(new BigDecimal("0.13"), RoundingMode.HALF_UP);
    assertThat(taxOfTotal).isEqualTo(cny("0.13"));
    assertThat(halfUp.totals().gross()).isEqualTo(cny("1.14"));
  }

  @Test
  void totalsAreTheExactSumsOfTheRoundedLines() {
    Pricing.Priced p = exclusive(TaxRounding.CN_VAT_HALF_UP, line("A", "3", "33.33", "13"),
        line("B", "0.3333", "10.00", "9"), line("C", "7", "1.99", "6"), line("D", "1", "100.00", "0"));
    Money net = p.lines().stream().map(PricedLine::netAmount).reduce(Money::plus).orElseThrow();
    Money tax = p.lines().stream().map(PricedLine::taxAmount).reduce(Money::plus).orElseThrow();
    assertThat(p.totals().net()).isEqualTo(net);
    assertThat(p.totals().tax()).isEqualTo(tax);
    assertThat(p.totals().gross()).isEqualTo(net.plus(tax));
    // 0.3333 x 10.00 = 3.333 -> 3.33; 9% of it 0.2997 -> 0.30
    assertThat(p.lines().get(1).netAmount()).isEqualTo(cny("3.33"));
    assertThat(p.lines().get(1).taxAmount()).isEqualTo(cny("0.30"));
    assertThat(p.taxGroups()).extracting(TaxGroup::taxRate)
        .containsExactly(new BigDecimal("13"), new BigDecimal("9"), new BigDecimal("6"), new BigDecimal("0"));
    assertThat(p.taxGroups().get(0).net()).isEqualTo(cny("99.99"));
    assertThat(p.taxGroups().get(0).tax()).isEqualTo(cny("13.00"));
  }

  @Test
  void taxInclusivePricesSeparateTheTaxFromTheGross() {
    // 价税分离: 113.00 incl. 13% = 100.00 + 13.00; 10.00 incl. 6% = 9.43 + 0.57 (0.566...)
    Pricing.Priced p = inclusive(TaxRounding.CN_VAT_HALF_UP, line("A", "1", "113.00", "13"),
        line("B", "1", "10.00", "6"));
    assertThat(p.lines().get(0).netAmount()).isEqualTo(cny("100.00"));
    assertThat(p.lines().get(0).taxAmount()).isEqualTo(cny("13.00"));
    assertThat(p.lines().get(1).taxAmount()).isEqualTo(cny("0.57"));
    assertThat(p.lines().get(1).netAmount()).isEqualTo(cny("9.43"));
    assertThat(p.totals().gross()).isEqualTo(cny("123.00"));
  }

  @Test
  void aDiscountComesOffTheListAmountBeforeTax() {
    PricedLine l = exclusive(TaxRounding.CN_VAT_HALF_UP, discounted("3", "19.99", "12.5", "13")).lines().get(0);
    // 59.97 less 12.5% = 52.47375 -> 52.47; tax 6.8211 -> 6.82
    assertThat(l.listAmount()).isEqualTo(cny("59.97"));
    assertThat(l.netAmount()).isEqualTo(cny("52.47"));
    assertThat(l.discountAmount()).isEqualTo(cny("7.50"));
    assertThat(l.taxAmount()).isEqualTo(cny("6.82"));
    assertThat(l.grossAmount()).isEqualTo(cny("59.29"));
  }

  @Test
  void halfUpRoundsAwayFromZeroOnTheLineAmountToo() {
    // 3 x 0.335 = 1.005: half up 1.01, half even 1.00
    assertThat(exclusive(TaxRounding.CN_VAT_HALF_UP, line("A", "3", "0.335", "0")).lines().get(0).netAmount())
        .isEqualTo(cny("1.01"));
    assertThat(exclusive(TaxRounding.HALF_EVEN, line("A", "3", "0.335", "0")).lines().get(0).netAmount())
        .isEqualTo(cny("1.00"));
  }
}
