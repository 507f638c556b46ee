package org.openar.cashapp.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openar.cashapp.matching.EngineFixture.allocations;

import org.junit.jupiter.api.Test;

class MatchingEngineTest {

  private final EngineFixture book = new EngineFixture()
      .customer("C1", "上海华信贸易有限公司", "6222000011112222", "SHANGHAI HUAXIN TRADING CO LTD")
      .customer("C2", "Müller Maschinenbau GmbH", "DE89370400440532013000")
      .customer("C3", "Atlas Foods Ltd.", null)
      .item("INV-2026-000123", "C1", "1000.00", "CNY")
      .item("INV-2026-000124", "C1", "2500.00", "CNY")
      .item("INV-2026-000125", "C1", "730.50", "CNY")
      .item("9000004711", "C2", "845.20", "CNY")
      .item("9000004712", "C2", "845.20", "CNY")
      .item("FV/2026/03/00077", "C3", "12000.00", "CNY")
      .item("FV/2026/03/00078", "C3", "999.99", "CNY")
      .discounted("INV-2026-000200", "C3", "5000.00", "2", EngineFixture.TODAY.plusDays(2));

  @Test
  void anExactReferenceAndAmountIsPostedAutomatically() {
    LineMatch m = book.pay("1000.00", "CNY", "", "", "货款 INV-2026-000123");
    assertThat(m.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(m)).containsExactly("INV-2026-000123=1000.00");
    assertThat(m.best().reasons()).extracting(Reason::code).contains("REFERENCE_EXACT", "AMOUNT_EXACT");
  }

  @Test
  void referencesAreFoundDespiteSeparatorsMissingPrefixAndLeadingZeros() {
    assertThat(allocations(book.pay("1000.00", "CNY", "", "", "inv2026000123"))).containsExactly("INV-2026-000123=1000.00");
    assertThat(allocations(book.pay("1000.00", "CNY", "", "", "RE 2026-123"))).containsExactly("INV-2026-000123=1000.00");
    assertThat(book.pay("12000.00", "CNY", "", "", "Rechnung 2026/03/77").status()).isEqualTo(MatchStatus.AUTO);
  }

  @Test
  void aOneCharacterTypoNeedsTheRightPayerAndAmount() {
    LineMatch m = book.pay("730.50", "CNY", "上海华信贸易有限公司", "6222000011112222", "INV-2026-000152");
    assertThat(m.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(m)).containsExactly("INV-2026-000125=730.50");
  }

  @Test
  void severalInvoicesInOneRemittanceAndStructuredReferences() {
    LineMatch m = book.pay("3500.00", "CNY", "", "", "INV-2026-000123 / INV-2026-000124");
    assertThat(m.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(m)).containsExactlyInAnyOrder("INV-2026-000123=1000.00", "INV-2026-000124=2500.00");
    LineMatch rf = book.payStructured("1000.00", References.rf("INV2026000123"));
    assertThat(rf.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(rf.best().reasons()).extracting(Reason::code).contains("REFERENCE_STRUCTURED");
    assertThat(book.payStructured("845.20", References.qrr("9000004711")).status()).isEqualTo(MatchStatus.AUTO);
  }

  @Test
  void discountFeeSubsetPartialAndForeignCurrency() {
    LineMatch discount = book.pay("4900.00", "CNY", "Atlas Foods", "", "INV-2026-000200");
    assertThat(discount.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(discount.best().allocations().get(0).discount().amount()).isEqualByComparingTo("100.00");
    LineMatch fee = book.pay("11985.00", "CNY", "", "", "FV/2026/03/00077");
    assertThat(fee.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(fee.best().allocations().get(0).writeOff().amount()).isEqualByComparingTo("15.00");
    LineMatch subset = book.pay("3230.50", "CNY", "", "6222000011112222", "payment");
    assertThat(subset.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(subset)).containsExactlyInAnyOrder("INV-2026-000124=2500.00", "INV-2026-000125=730.50");
    LineMatch partial = book.pay("400.00", "CNY", "", "6222000011112222", "INV-2026-000123");
    assertThat(allocations(partial)).containsExactly("INV-2026-000123=400.00");
    LineMatch fx = book.pay("138.90", "USD", "", "", "INV-2026-000123");
    assertThat(fx.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(fx)).containsExactly("INV-2026-000123=138.90");
  }

  @Test
  void twoEquallyGoodCandidatesAreNeverPostedAutomatically() {
    LineMatch m = book.pay("845.20", "CNY", "Müller Maschinenbau GmbH", "DE89370400440532013000", "Zahlung");
    assertThat(m.status()).isEqualTo(MatchStatus.SUGGESTED);
    assertThat(m.alternatives()).isNotEmpty();
  }

  @Test
  void payersAreRecognisedByAliasAndChineseNameVariants() {
    assertThat(book.pay("2500.00", "CNY", "SHANGHAI HUAXIN TRADING CO LTD", "", "payment").status())
        .isEqualTo(MatchStatus.AUTO);
    assertThat(allocations(book.pay("2500.00", "CNY", "华信贸易", "", "货款"))).containsExactly("INV-2026-000124=2500.00");
  }

  @Test
  void receiptsFromStrangersStayUnmatchedAndUnknownPurposeGoesOnAccount() {
    assertThat(book.pay("88.10", "CNY", "国家税务总局", "", "退税").status()).isEqualTo(MatchStatus.UNMATCHED);
    LineMatch onAccount = book.pay("77777.00", "CNY", "", "DE89370400440532013000", "Vorauszahlung");
    assertThat(onAccount.status()).isEqualTo(MatchStatus.ON_ACCOUNT);
    assertThat(onAccount.best().customerId()).isEqualTo("C2");
  }

  @Test
  void aThirdPartyPayingWithAReferenceIsStillApplied() {
    LineMatch m = book.pay("999.99", "CNY", "Zimmermann Factoring GmbH", "GB29NWBK60161331926819", "FV/2026/03/00078");
    assertThat(m.status()).isEqualTo(MatchStatus.AUTO);
    assertThat(m.best().customerId()).isEqualTo("C3");
  }
}
