package org.openar.customers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openar.customers.PayerKeys;
import org.openar.customers.domain.Iban.Reason;

class IbanTest {

  @ParameterizedTest
  @ValueSource(strings = {"DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32",
      "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00", "CH93 0076 2011 6238 5295 7",
      "NO93 8601 1117 947", "MT84 MALT 0110 0001 2345 MTLC AST0 01S"})
  void registryExamplesAreValid(String iban) {
    String key = PayerKeys.accountNumber(iban);
    assertThat(Iban.looksLikeIban(key)).isTrue();
    assertThat(Iban.check(key)).isEmpty();
  }

  @Test
  void aMistypedDigitFailsTheChecksum() {
    assertThat(Iban.check("DE89370400440532013001")).map(Iban.Violation::reason).contains(Reason.CHECKSUM);
    assertThat(Iban.check("DE98370400440532013000")).map(Iban.Violation::reason).contains(Reason.CHECKSUM);
  }

  @Test
  void swappedAdjacentDigitsFailTheChecksum() {
    assertThat(Iban.check("DE89370400440532031000")).map(Iban.Violation::reason).contains(Reason.CHECKSUM);
  }

  @Test
  void theCountryFixesTheLength() {
    assertThat(Iban.check("DE8937040044053201300")).contains(new Iban.Violation(Reason.LENGTH, "DE", 21, 22));
    assertThat(Iban.check("NO938601111794")).contains(new Iban.Violation(Reason.LENGTH, "NO", 14, 15));
  }

  @Test
  void onlyLettersAndDigits() {
    assertThat(Iban.check("DE89370400440532013_00")).map(Iban.Violation::reason).contains(Reason.CHARACTER);
  }

  @Test
  void domesticNumbersAreNotTakenForIbans() {
    assertThat(Iban.looksLikeIban("6222021001123456789")).isFalse();   // a Chinese card/account number
    assertThat(Iban.looksLikeIban("CN12345678901234")).isFalse();      // CN does not use IBAN
    assertThat(Iban.looksLikeIban("DEUTDEFF")).isFalse();              // a BIC, no check digits
    assertThat(Iban.looksLikeIban("DE89")).isTrue();
  }

  @Test
  void mod97MatchesIso7064() {
    assertThat(Iban.mod97("370400440532013000DE89")).isEqualTo(1);
  }
}
