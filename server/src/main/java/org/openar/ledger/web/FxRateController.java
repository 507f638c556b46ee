package org.openar.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openar.ledger.FxRates;
import org.openar.ledger.FxRates.FxRate;
import org.openar.ledger.web.LedgerRequests.FxRateRequest;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.security.Access;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Exchange rates (maintained by controllers) and conversion for reports. */
@RestController
@RequestMapping("/api/v1/ledger/fx-rates")
@Tag(name = "FX rates", description = "Exchange rates: 1 from = rate to, valid from a date")
public class FxRateController {

  private final FxRates rates;

  public FxRateController(FxRates rates) {
    this.rates = rates;
  }

  @GetMapping
  @PreAuthorize(Access.READ)
  @Operation(summary = "Stored rates, newest first, filtered by pair and validity dates")
  public List<FxRate> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate fromDate,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate toDate) {
    return rates.list(LedgerRequests.currency(from, "from"), LedgerRequests.currency(to, "to"), fromDate, toDate);
  }

  @PutMapping
  @PreAuthorize(Access.CONTROL)
  @Operation(summary = "Set the rate of a pair from a date (replaces that date's rate if there is one)")
  public FxRate upsert(@Valid @RequestBody FxRateRequest body) {
    return rates.upsert(body.command());
  }

  @GetMapping("/convert")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Convert an amount with the rate in force on a date (default today's rate is not assumed)")
  public Money convert(@RequestParam BigDecimal amount, @RequestParam String currency, @RequestParam String to,
      @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
    CurrencyCode from = LedgerRequests.currency(currency, "currency");
    CurrencyCode target = LedgerRequests.currency(to, "to");
    if (from == null || target == null) {
      throw new OpenArException(SharedError.MISSING_FIELD, from == null ? "currency" : "to");
    }
    return rates.convert(Money.of(amount, from), target, date);
  }
}
