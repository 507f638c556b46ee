package org.openar.ledger.app;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openar.audit.AuditTrail;
import org.openar.ledger.FxRates;
import org.openar.ledger.FxTable;
import org.openar.ledger.LedgerError;
import org.openar.ledger.persistence.FxRateRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** FX rates: maintained by controllers, used by reports to convert into a company's base currency. */
@Service
public class FxRateService implements FxRates {

  /** NUMERIC(18,8): at most 10 digits before the point and 8 after. */
  private static final BigDecimal MAX_RATE = new BigDecimal("9999999999.99999999");
  private static final int MAX_SOURCE = 100;

  private final FxRateRepository rates;
  private final AuditTrail audit;
  private final Clock clock;

  public FxRateService(FxRateRepository rates, AuditTrail audit, Clock clock) {
    this.rates = rates;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional
  public FxRate upsert(NewFxRate r) {
    validate(r);
    String source = r.source() == null || r.source().isBlank() ? "manual" : r.source().trim();
    Optional<FxRate> before = rates.find(r.from(), r.to(), r.validFrom());
    rates.upsert(r.from(), r.to(), r.validFrom(), r.rate(), source, clock.instant().truncatedTo(ChronoUnit.MICROS),
        CurrentActor.get().username());
    FxRate after = rates.find(r.from(), r.to(), r.validFrom()).orElseThrow();
    audit.record("ledger.fx-rate", r.from() + "/" + r.to() + "/" + r.validFrom(),
        before.isPresent() ? "replaced" : "created", before.orElse(null), after);
    return after;
  }

  @Override
  @Transactional(readOnly = true)
  public List<FxRate> list(CurrencyCode from, CurrencyCode to, LocalDate fromDate, LocalDate toDate) {
    return rates.list(from, to, fromDate, toDate);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<FxRate> rateOn(CurrencyCode from, CurrencyCode to, LocalDate date) {
    if (from.equals(to)) {
      return Optional.of(new FxRate(from, to, date, BigDecimal.ONE, "identity", false, null, null));
    }
    Optional<FxRate> direct = rates.latest(from, to, date);
    if (direct.isPresent()) {
      return direct;
    }
    return rates.latest(to, from, date).map(r -> new FxRate(from, to, r.validFrom(), r.rate(), r.source(), true,
        r.recordedAt(), r.recordedBy()));
  }

  @Override
  @Transactional(readOnly = true)
  public Money convert(Money amount, CurrencyCode to, LocalDate asOf) {
    return rateOn(amount.currency(), to, asOf)
        .orElseThrow(() -> new OpenArException(LedgerError.LEDGER_FX_RATE_MISSING, amount.currency().code(),
            to.code(), asOf))
        .convert(amount);
  }

  @Override
  @Transactional(readOnly = true)
  public FxTable table(CurrencyCode target, LocalDate asOf) {
    Map<CurrencyCode, FxTable.Quote> quotes = new HashMap<>();
    for (FxRate r : rates.latestAround(target, asOf)) {
      if (r.to().equals(target)) {
        quotes.put(r.from(), new FxTable.Quote(r.rate(), false)); // a direct rate wins over an inverse one
      } else {
        quotes.putIfAbsent(r.to(), new FxTable.Quote(r.rate(), true));
      }
    }
    return new FxTable(target, asOf, quotes);
  }

  private static void validate(NewFxRate r) {
    require(r.from(), "from");
    require(r.to(), "to");
    require(r.validFrom(), "validFrom");
    require(r.rate(), "rate");
    if (r.from().equals(r.to())) {
      throw new OpenArException(LedgerError.LEDGER_FX_SAME_CURRENCY, r.from().code()).onField("to");
    }
    BigDecimal rate = r.rate().stripTrailingZeros();
    if (rate.signum() <= 0 || rate.scale() > 8 || rate.compareTo(MAX_RATE) > 0) {
      throw new OpenArException(LedgerError.LEDGER_FX_INVALID_RATE, r.rate().toPlainString()).onField("rate");
    }
    if (r.source() != null && r.source().length() > MAX_SOURCE) {
      throw new OpenArException(LedgerError.LEDGER_TEXT_TOO_LONG, "source", MAX_SOURCE).onField("source");
    }
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new OpenArException(SharedError.MISSING_FIELD, field).onField(field);
    }
  }
}
