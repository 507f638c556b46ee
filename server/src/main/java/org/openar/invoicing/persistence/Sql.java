package org.openar.invoicing.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** Small JDBC conversions shared by this module's repositories. */
final class Sql {

  private Sql() {}

  static OffsetDateTime utc(Instant i) {
    return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static UUID uuid(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  static Money money(ResultSet rs, String column, CurrencyCode currency) throws SQLException {
    long minor = rs.getLong(column);
    return rs.wasNull() ? null : Money.ofMinor(minor, currency);
  }

  static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  /** 2.5000 -> 2.5, 10.0000 -> 10: decimals as the user wrote them, without the column's padding. */
  static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal s = value.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** A LIKE pattern matching {@code text} anywhere, with the wildcards in {@code text} taken literally. */
  static String contains(String text) {
    return "%" + text.trim().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
        .replace("_", "\\_") + "%";
  }
}
