package org.openar.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.audit.AuditTrail;
import org.openar.identity.Users;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** FX rates: kept by controllers, valid from a date, used to convert to a base currency with a clear error if none. */
@OpenArIntegrationTest
class FxRatesTest {

  private static final CurrencyCode GBP = CurrencyCode.of("GBP");
  private static final CurrencyCode KWD = CurrencyCode.of("KWD");
  private static final CurrencyCode JPY = CurrencyCode.of("JPY");

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired FxRates rates;
  @Autowired AuditTrail audit;
  String controller;
  String clerk;

  @BeforeEach
  void setUp() {
    controller = Api.bearer(users, "fx-controller", Role.CONTROLLER);
    clerk = Api.bearer(users, "fx-clerk", Role.AR_CLERK);
  }

  @Test
  void aRateAppliesFromItsDateUntilTheNextOne() throws Exception {
    putRate("GBP", "CNY", "2026-01-01", "9.1").andExpect(status().isOk()).andExpect(jsonPath("$.rate").value("9.1"));
    putRate("GBP", "CNY", "2026-02-01", "9.25").andExpect(status().isOk());
    assertThat(rates.convert(Money.of("100.00", "GBP"), CurrencyCode.CNY, LocalDate.parse("2026-01-31")))
        .isEqualTo(Money.of("910.00", "CNY"));
    assertThat(rates.convert(Money.of("100.00", "GBP"), CurrencyCode.CNY, LocalDate.parse("2026-02-01")))
        .isEqualTo(Money.of("925.00", "CNY"));
    mvc.perform(get("/api/v1/ledger/fx-rates/convert").header("Authorization", clerk).param("amount", "10.01")
            .param("currency", "GBP").param("to", "CNY").param("date", "2026-03-15"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.amount").value("92.59"));
    mvc.perform(get("/api/v1/ledger/fx-rates").header("Authorization", clerk).param("from", "GBP"))
        .andExpect(status().isOk()).andExpect(jsonPath("$[0].validFrom").value("2026-02-01"))
        .andExpect(jsonPath("$[1].rate").value("9.1"));
  }

  @Test
  void theOppositePairIsUsedInverselyAndRoundingIsHalfEvenToTheTargetsDecimals() {
    rates.upsert(new FxRates.NewFxRate(CurrencyCode.CNY, JPY, LocalDate.parse("2026-01-01"), new BigDecimal("20.5"),
        "PBOC"));
    assertThat(rates.convert(Money.of("1.00", "CNY"), JPY, LocalDate.parse("2026-05-01")))
        .isEqualTo(Money.of("20", "JPY")); // 20.5 rounds half-even to 20
    assertThat(rates.convert(Money.of("41", "JPY"), CurrencyCode.CNY, LocalDate.parse("2026-05-01")))
        .isEqualTo(Money.of("2.00", "CNY"));
    FxTable table = rates.table(CurrencyCode.CNY, LocalDate.parse("2026-05-01"));
    assertThat(table.convert(Money.of("205", "JPY"))).isEqualTo(Money.of("10.00", "CNY"));
    assertThat(table.convert(Money.of("3.00", "CNY"))).isEqualTo(Money.of("3.00", "CNY"));
  }

  @Test
  void noRateIsAClearErrorNotAGuess() throws Exception {
    assertThatThrownBy(() -> rates.convert(Money.of("1.000", "KWD"), CurrencyCode.CNY, LocalDate.parse("2026-01-01")))
        .isInstanceOfSatisfying(OpenArException.class,
            e -> assertThat(e.errorCode()).isEqualTo(LedgerError.LEDGER_FX_RATE_MISSING));
    rates.upsert(new FxRates.NewFxRate(KWD, CurrencyCode.CNY, LocalDate.parse("2026-06-01"), new BigDecimal("23.4"),
        null));
    mvc.perform(get("/api/v1/ledger/fx-rates/convert").header("Authorization", clerk).param("amount", "1.000")
            .param("currency", "KWD").param("to", "CNY").param("date", "2026-05-31"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("LEDGER_FX_RATE_MISSING"));
    assertThatThrownBy(() -> rates.table(CurrencyCode.CNY, LocalDate.parse("2026-05-31"))
        .convert(Money.of("1.000", "KWD"))).isInstanceOf(OpenArException.class);
  }

  @Test
  void badRatesAreRefusedAndReplacementsAreAudited() throws Exception {
    putRate("USD", "CNY", "2026-01-01", "0").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("LEDGER_FX_INVALID_RATE"));
    putRate("USD", "CNY", "2026-01-01", "-7.1").andExpect(jsonPath("$.code").value("LEDGER_FX_INVALID_RATE"));
    putRate("USD", "CNY", "2026-01-01", "7.123456789").andExpect(jsonPath("$.code").value("LEDGER_FX_INVALID_RATE"));
    putRate("USD", "USD", "2026-01-01", "1").andExpect(jsonPath("$.code").value("LEDGER_FX_SAME_CURRENCY"));
    putRate("USD", "XXY", "2026-01-01", "1").andExpect(jsonPath("$.code").value("UNKNOWN_CURRENCY"));
    assertThat(rates.list(CurrencyCode.USD, CurrencyCode.CNY, null, null)).isEmpty();
    putRate("USD", "CNY", "2026-01-01", "7.1").andExpect(status().isOk());
    putRate("USD", "CNY", "2026-01-01", "7.2").andExpect(status().isOk()).andExpect(jsonPath("$.rate").value("7.2"));
    assertThat(audit.search(new AuditTrail.AuditQuery("ledger.fx-rate", "USD/CNY/2026-01-01", null, null, null, 0, 5)))
        .extracting(AuditTrail.AuditEntryView::action).containsExactly("replaced", "created");
  }

  private org.springframework.test.web.servlet.ResultActions putRate(String from, String to, String date, String rate)
      throws Exception {
    return mvc.perform(put("/api/v1/ledger/fx-rates").header("Authorization", controller)
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"from\":\"%s\",\"to\":\"%s\",\"validFrom\":\"%s\",\"rate\":\"%s\",\"source\":\"test\"}"
            .formatted(from, to, date, rate)));
  }
}
