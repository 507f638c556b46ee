package org.openar.customers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openar.customers.domain.UnifiedSocialCreditCode.Reason;
import org.openar.customers.domain.UnifiedSocialCreditCode.Violation;

class UnifiedSocialCreditCodeTest {

  @Test
  void weightsAreThePowersOfThreeModulo31() {
    // GB 32100-2015 table: W1..W17
    String first17 = "10000000000000000";
    assertThat(UnifiedSocialCreditCode.checkDigit(first17)).isEqualTo(code(31 - 1));
    assertThat(UnifiedSocialCreditCode.checkDigit("01000000000000000")).isEqualTo(code(31 - 3));
    assertThat(UnifiedSocialCreditCode.checkDigit("00000000000000001")).isEqualTo(code(31 - 28));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "914403001922038216",  // the published code of a Shenzhen enterprise
      "91350100M000100Y43",  // the standard's own example format, letters in the organisation part
      "91110108551385082Q",  // check character is a letter
      "911100001000128855"})
  void realFormatCodesAreValid(String code) {
    assertThat(UnifiedSocialCreditCode.check(code)).isEmpty();
    assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
  }

  @Test
  void constructedCodesWithTheComputedCheckDigitAreValid() {
    for (String first17 : new String[] {"91310115MA1K3YJ2X", "12100000400000624", "93440300MA5DXX8X1",
        "52110000500012345", "Y1310000000000000"}) {
      String code = first17 + UnifiedSocialCreditCode.checkDigit(first17);
      assertThat(UnifiedSocialCreditCode.check(code)).as(code).isEmpty();
    }
  }

  @Test
  void checkDigitZeroWhenTheSumIsAMultipleOf31() {
    assertThat(UnifiedSocialCreditCode.checkDigit("00000000000000000")).isEqualTo('0');
    assertThat(UnifiedSocialCreditCode.check("000000000000000000")).isEmpty();
  }

  @Test
  void aWrongCheckDigitIsReportedWithTheExpectedOne() {
    assertThat(UnifiedSocialCreditCode.check("914403001922038217"))
        .contains(new Violation(Reason.CHECK_DIGIT, 18, "7", "6"));
  }

  @Test
  void aSingleMistypedDigitIsCaught() {
    String valid = "914403001922038216";
    for (int i = 8; i < 17; i++) {
      char[] chars = valid.toCharArray();
      chars[i] = chars[i] == '9' ? '8' : (char) (chars[i] + 1);
      assertThat(UnifiedSocialCreditCode.check(new String(chars))).as("changed position %d", i + 1)
          .map(Violation::reason).contains(Reason.CHECK_DIGIT);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "91440300192203821", "9144030019220382161", "91440300"})
  void wrongLengthIsRejectedWithTheLength(String code) {
    assertThat(UnifiedSocialCreditCode.check(code))
        .contains(new Violation(Reason.LENGTH, 0, String.valueOf(code.length()), "18"));
  }

  @ParameterizedTest
  @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
  void theLettersThatLookLikeDigitsAreForbidden(char letter) {
    String code = "91350100M000100" + letter + "43";
    assertThat(UnifiedSocialCreditCode.check(code)).contains(new Violation(Reason.CHARACTER, 16, String.valueOf(letter),
        null));
  }

  @Test
  void punctuationAndLowerCaseAfterNormalisationAreHandled() {
    assertThat(UnifiedSocialCreditCode.check("91350100M000100Y4-")).map(Violation::reason).contains(Reason.CHARACTER);
    assertThat(UnifiedSocialCreditCode.normalize(" 9135 0100m000100y43 ")).isEqualTo("91350100M000100Y43");
    assertThat(UnifiedSocialCreditCode.isValid("91350100m000100y43")).isTrue();
  }

  @Test
  void theDivisionCodeMustBeDigits() {
    String first17 = "91A10108551385082";
    String code = first17 + UnifiedSocialCreditCode.checkDigit(first17);
    assertThat(UnifiedSocialCreditCode.check(code)).contains(new Violation(Reason.DIVISION_CODE, 3, "A", null));
  }

  @Test
  void checkDigitNeedsSeventeenCodeCharacters() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.checkDigit("123")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UnifiedSocialCreditCode.checkDigit("9135010OM000100Y4"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static char code(int value) {
    return UnifiedSocialCreditCode.ALPHABET.charAt(value % 31);
  }
}
