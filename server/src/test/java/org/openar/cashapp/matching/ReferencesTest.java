package org.openar.cashapp.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferencesTest {

  @Test
  void rfCreditorReferenceChecksumFollowsIso11649() {
    assertThat(References.isValidRf("RF18 5390 0754 7034")).isTrue();
    assertThat(References.isValidRf("RF18539007547034")).isTrue();
    assertThat(References.isValidRf("RF19 5390 0754 7034")).isFalse();
    assertThat(References.isValidRf("RF18 5390 0754 7043")).isFalse();
    assertThat(References.rf("539007547034")).isEqualTo("RF18539007547034");
    assertThat(References.rf("INV2026000123")).satisfies(r -> assertThat(References.isValidRf(r)).isTrue());
    assertThat(References.rfBody("RF18 5390 0754 7034")).isEqualTo("539007547034");
  }

  @Test
  void swissQrReferenceUsesRecursiveMod10() {
    assertThat(References.isValidQrr("21 00000 00003 13947 14300 09017")).isTrue();
    assertThat(References.isValidQrr("210000000003139471430009016")).isFalse();
    assertThat(References.qrr("2026000123")).hasSize(27).satisfies(q -> assertThat(References.isValidQrr(q)).isTrue());
    assertThat(References.qrrPayload(References.qrr("2026000123"))).isEqualTo("2026000123");
  }

  @Test
  void invoiceNumbersAreRecognisedWithoutSeparatorsPrefixOrLeadingZeros() {
    assertThat(InvoiceKeys.forms("INV-2026-000123")).containsExactly("INV2026000123", "2026000123", "2026-123");
    assertThat(InvoiceKeys.forms("inv 2026/000123".replace(" ", ""))).contains("2026000123", "2026-123");
    assertThat(InvoiceKeys.forms("2026-123")).contains("2026-123");
    assertThat(ReferenceTokens.candidates("Rechnung INV 2026 000123, RF18 5390 0754 7034 danke"))
        .contains("INV2026000123", "RF18539007547034");
  }

  @Test
  void oneCharacterTyposAreWithinOneEdit() {
    assertThat(Typos.withinOne("INV2026000123", "INV2026000124")).isTrue();
    assertThat(Typos.withinOne("INV2026000123", "INV2026000132")).isTrue();
    assertThat(Typos.withinOne("INV2026000123", "INV202600123")).isTrue();
    assertThat(Typos.withinOne("INV2026000123", "INV2026001132")).isFalse();
    assertThat(Typos.withinOne("INV2026000123", "INV2026000123")).isFalse();
  }
}
