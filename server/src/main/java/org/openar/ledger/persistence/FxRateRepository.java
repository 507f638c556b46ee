package org.openar.ledger.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openar.ledger.FxRates.FxRate;
import org.openar.shared.money.CurrencyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The FX-rate table. */
@Repository
public class FxRateRepository {

  private static final String COLUMNS = "from_currency, to_currency, valid_from, rate, source, recorded_at, recorded_by";

  private final JdbcClient jdbc;

  public FxRateRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<FxRate> find(CurrencyCode from, CurrencyCode to, LocalDate validFrom) {
    return jdbc.sql("select " + COLUMNS + " from ledger_fx_rate where from_currency = :f and to_currency = :t"
            + " and valid_from = :d")
        .param("f", from.code()).param("t", to.code()).param("d", validFrom).query(FxRateRepository::rate).optional();
  }

  public void upsert(CurrencyCode from, CurrencyCode to, LocalDate validFrom, BigDecimal rate, String source,
      Instant now, String by) {
    jdbc.sql("""
            insert into ledger_fx_rate (from_currency, to_currency, valid_from, rate, source, recorded_at, recorded_by)
            values (:f, :t, :d, :rate, :source, :now, :by)
            on conflict (from_currency, to_currency, valid_from)
            do update set rate = excluded.rate, source = excluded.source, recorded_at = excluded.recorded_at,
                          recorded_by = excluded.recorded_by""")
        .param("f", from.code()).param("t", to.code()).param("d", validFrom).param("rate", rate)
        .param("source", source).param("now", Rows.utc(now)).param("by", by).update();
  }

  /** The pair's latest rate on or before {@code date}. */
  public Optional<FxRate> latest(CurrencyCode from, CurrencyCode to, LocalDate date) {
    return jdbc.sql("select " + COLUMNS + " from ledger_fx_rate where from_currency = :f and to_currency = :t"
            + " and valid_from <= :d order by valid_from desc limit 1")
        .param("f", from.code()).param("t", to.code()).param("d", date).query(FxRateRepository::rate).optional();
  }

  /** For every currency, its latest rate into or out of {@code target} on or before {@code date}. */
  public List<FxRate> latestAround(CurrencyCode target, LocalDate date) {
    return jdbc.sql("select distinct on (from_currency, to_currency) " + COLUMNS + " from ledger_fx_rate"
            + " where (to_currency = :t or from_currency = :t) and valid_from <= :d"
            + " order by from_currency, to_currency, valid_from desc")
        .param("t", target.code()).param("d", date).query(FxRateRepository::rate).list();
  }

  public List<FxRate> list(CurrencyCode from, CurrencyCode to, LocalDate fromDate, LocalDate toDate) {
    return jdbc.sql("select " + COLUMNS + " from ledger_fx_rate where (cast(:f as text) is null or from_currency = :f)"
            + " and (cast(:t as text) is null or to_currency = :t)"
            + " and (cast(:d1 as date) is null or valid_from >= :d1) and (cast(:d2 as date) is null or valid_from <= :d2)"
            + " order by valid_from desc, from_currency, to_currency limit 5000")
        .param("f", from == null ? null : from.code()).param("t", to == null ? null : to.code())
        .param("d1", fromDate).param("d2", toDate).query(FxRateRepository::rate).list();
  }

  private static FxRate rate(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new FxRate(CurrencyCode.of(rs.getString("from_currency")), CurrencyCode.of(rs.getString("to_currency")),
        rs.getObject("valid_from", LocalDate.class), rs.getBigDecimal("rate").stripTrailingZeros(),
        rs.getString("source"), false, Rows.instant(rs, "recorded_at"), rs.getString("recorded_by"));
  }
}
