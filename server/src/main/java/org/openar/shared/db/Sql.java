package org.openar.shared.db;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * The small JDBC conversions every module's repositories share: instants are written and read as UTC
 * {@code timestamptz}, SQL NULL becomes Java {@code null}, and LIKE patterns take the user's text literally.
 */
public final class Sql {

  private Sql() {}

  /** An instant as a UTC {@code OffsetDateTime} parameter; {@code null} stays {@code null}. */
  public static OffsetDateTime utc(Instant i) {
    return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  public static UUID uuid(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  public static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  public static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  /** Minor units in {@code column} as money of a known currency; SQL NULL gives {@code null}. */
  public static Money money(ResultSet rs, String column, CurrencyCode currency) throws SQLException {
    long minor = rs.getLong(column);
    return rs.wasNull() ? null : Money.ofMinor(minor, currency);
  }

  /** Minor units and the currency code from two columns; {@code null} when either is NULL. */
  public static Money money(ResultSet rs, String minorColumn, String currencyColumn) throws SQLException {
    long minor = rs.getLong(minorColumn);
    if (rs.wasNull()) {
      return null;
    }
    String currency = rs.getString(currencyColumn);
    return currency == null ? null : Money.ofMinor(minor, CurrencyCode.of(currency.trim()));
  }

  /** 2.5000 -> 2.5, 10.0000 -> 10: decimals as the user wrote them, without the column's padding. */
  public static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal s = value.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** The UUIDs of typed ids, as a JDBC array parameter ({@code = any(:ids)}). */
  public static <T> UUID[] ids(Collection<T> ids, Function<T, UUID> value) {
    return ids.stream().map(value).toArray(UUID[]::new);
  }

  /**
   * A LIKE pattern (for {@code like ... escape '\'}) matching the trimmed {@code text} anywhere, with {@code %},
   * {@code _} and {@code \} in it taken literally. Case is left alone: use {@code ilike}, or lower-case both sides.
   */
  public static String contains(String text) {
    return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
