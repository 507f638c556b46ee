package org.openar.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayerKeysTest {

  @Test
  void accountNumbersIgnoreSpacesDashesCaseAndFullWidth() {
    assertThat(PayerKeys.accountNumber("de89 3704-0044 0532 0130 00")).isEqualTo("DE89370400440532013000");
    assertThat(PayerKeys.accountNumber("６２２２　０２１０－０１１２")).isEqualTo("622202100112");
    assertThat(PayerKeys.accountNumber("6222\u20130210\u20140112")).isEqualTo("622202100112");
    assertThat(PayerKeys.accountNumber(null)).isEmpty();
  }

  @Test
  void payerNamesKeepOnlyLettersAndDigits() {
    assertThat(PayerKeys.payerName("ACME Co., Ltd.")).isEqualTo(PayerKeys.payerName("acme co ltd"));
    assertThat(PayerKeys.payerName("上海（某某）贸易有限公司")).isEqualTo(PayerKeys.payerName("上海(某某)贸易有限公司"))
        .isEqualTo("上海某某贸易有限公司");
    assertThat(PayerKeys.payerName("ＡＣＭＥ")).isEqualTo("acme");
    assertThat(PayerKeys.payerName("---")).isEmpty();
  }
}
