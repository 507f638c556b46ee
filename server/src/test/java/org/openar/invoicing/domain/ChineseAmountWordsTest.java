package org.openar.invoicing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openar.shared.money.Money;

class ChineseAmountWordsTest {

  @ParameterizedTest
  @CsvSource({
      "12345.67, 壹万贰仟叁佰肆拾伍元陆角柒分",
      "100005.00, 壹拾万零伍元整",
      "1000.09, 壹仟元零玖分",
      "0.50, 伍角",
      "0.00, 零元整",
      "10.00, 壹拾元整",
      "1010.00, 壹仟零壹拾元整",
      "100000000.00, 壹亿元整",
      "100010000.10, 壹亿零壹万元壹角",
      "123456789012.34, 壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分",
      "-58.00, 负伍拾捌元整"})
  void amountsReadInFinancialCapitals(String amount, String words) {
    assertThat(ChineseAmountWords.of(Money.of(amount, "CNY"))).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource({"INV, 2026, 123, 6, INV-2026-000123", "CN, 2027, 1234567, 6, CN-2027-1234567"})
  void documentNumbersArePaddedPerYear(String prefix, int year, long seq, int digits, String expected) {
    assertThat(DocumentNumbers.format(prefix, year, seq, digits)).isEqualTo(expected);
  }
}
