package org.openar.integration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openar.integration.DateFormat;

/** Dates and amounts as finance files write them, and what is refused rather than guessed. */
class ValueParsingTest {

  @Test
  void datesInTheExplicitFormats() {
    DateParser auto = new DateParser(DateFormat.AUTO);
    assertThat(auto.parse("2026-03-01")).isEqualTo("2026-03-01");
    assertThat(auto.parse("2026/3/1")).isEqualTo("2026-03-01");
    assertThat(auto.parse("2026.03.01")).isEqualTo("2026-03-01");
    assertThat(auto.parse("2026年3月1日")).isEqualTo("2026-03-01");
    assertThat(auto.parse("20260301")).isEqualTo("2026-03-01");
    assertThat(auto.parse("2026-03-01 00:00:00")).isEqualTo("2026-03-01");
    assertThat(auto.parse("2026-03-01T08:30")).isEqualTo("2026-03-01");
    assertThat(auto.parse("45352")).as("Excel serial").isEqualTo("2024-03-01");
    assertThat(auto.parse("45352.75")).as("Excel serial with a time").isEqualTo("2024-03-01");
    assertThat(new DateParser(DateFormat.MDY).parse("3/1/2026")).isEqualTo("2026-03-01");
    assertThat(new DateParser(DateFormat.MDY).parse("1/2/13")).isEqualTo("2013-01-02");
    assertThat(new DateParser(DateFormat.DMY).parse("3/1/2026")).isEqualTo("2026-01-03");
    assertThat(new DateParser(DateFormat.DMY).parse("03.01.2026")).isEqualTo("2026-01-03");
    assertThat(new DateParser(DateFormat.MDY).parse("2026-03-01")).as("ISO in any format").isEqualTo("2026-03-01");
    assertThat(new DateParser(DateFormat.EXCEL).parse("1")).isEqualTo(LocalDate.of(1899, 12, 31));
  }

  @Test
  void ambiguousAndImpossibleDatesAreRefused() {
    assertThatThrownBy(() -> new DateParser(DateFormat.AUTO).parse("3/1/2026"))
        .isInstanceOfSatisfying(ValueException.class, e -> assertThat(e.code().code())
            .isEqualTo("INTEGRATION_AMBIGUOUS_DATE"));
    for (String bad : new String[] {"2026-02-30", "2026-13-01", "13/13/2026", "2026/03-01", "tomorrow", "3/1",
        "2026-03-01x", "1.5.2026.1"}) {
      assertThatThrownBy(() -> new DateParser(DateFormat.MDY).parse(bad)).as(bad)
          .isInstanceOfSatisfying(ValueException.class, e -> assertThat(e.code().code())
              .isEqualTo("INTEGRATION_INVALID_DATE"));
    }
    assertThatThrownBy(() -> new DateParser(DateFormat.EXCEL).parse("3/1/2026")).isInstanceOf(ValueException.class);
  }

  @Test
  void amountsWithSeparatorsSymbolsAndSigns() {
    assertThat(minor("1,234,567.89", '.')).isEqualTo(123456789);
    assertThat(minor("1.234.567,89", ',')).isEqualTo(123456789);
    assertThat(minor("1 234 567,89", ',')).isEqualTo(123456789);
    assertThat(minor("12'345.50", '.')).isEqualTo(1234550);
    assertThat(minor("12,34,567.00", '.')).as("Indian grouping").isEqualTo(123456700);
    assertThat(minor("¥1,200", '.')).isEqualTo(120000);
    assertThat(minor("１２３．４５", '.')).as("full-width").isEqualTo(12345);
    assertThat(minor("(12.00)", '.')).isEqualTo(-1200);
    assertThat(minor("12.00-", '.')).isEqualTo(-1200);
    assertThat(minor("-0.5", '.')).isEqualTo(-50);
    assertThat(minor("100.000", '.')).as("zeros beyond the currency's digits").isEqualTo(10000);
    assertThat(AmountParser.parse("CNY 1,200.00", '.').currency()).isEqualTo("CNY");
    assertThat(AmountParser.parse("1200.00 USD", '.').currency()).isEqualTo("USD");
    assertThat(AmountParser.parse("1200 元", '.').currency()).isEqualTo("CNY");
  }

  @Test
  void irregularAmountsAreRefusedNotGuessed() {
    for (String bad : new String[] {"1,23", "1,2345.00", "12.", "abc", "1.2.3", "", "1,234,", "USD 5 EUR",
        "123456789012345678", "1e5"}) {
      assertThatThrownBy(() -> AmountParser.parse(bad, '.')).as(bad).isInstanceOf(ValueException.class);
    }
    assertThatThrownBy(() -> AmountParser.parse("12.345", '.').toMinor(2, "12.345", "CNY"))
        .isInstanceOfSatisfying(ValueException.class, e -> assertThat(e.code().code())
            .isEqualTo("INTEGRATION_TOO_MANY_DECIMALS"));
    assertThat(AmountParser.parse("12", '.').toMinor(0, "12", "JPY")).isEqualTo(12);
  }

  @Test
  void booleansListsAndText() {
    assertThat(Values.bool("Yes")).isTrue();
    assertThat(Values.bool("是")).isTrue();
    assertThat(Values.bool("N")).isFalse();
    assertThat(Values.bool("否")).isFalse();
    assertThatThrownBy(() -> Values.bool("maybe")).isInstanceOf(ValueException.class);
    assertThat(Values.list("INV-1; INV-2，INV-3、INV-4")).containsExactly("INV-1", "INV-2", "INV-3", "INV-4");
    assertThatThrownBy(() -> Values.text("a\u0000b", 10, true)).isInstanceOfSatisfying(ValueException.class,
        e -> assertThat(e.args()).containsExactly("U+0000"));
    assertThatThrownBy(() -> Values.text("abcdef", 5, true)).isInstanceOf(ValueException.class);
  }

  private static long minor(String text, char decimal) {
    return AmountParser.parse(text, decimal).toMinor(2, text, "CNY");
  }
}
