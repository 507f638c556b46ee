package org.openar.collections.persistence;

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

  static Money money(ResultSet rs, String minorColumn, String currencyColumn) throws SQLException {
    long minor = rs.getLong(minorColumn);
    if (rs.wasNull()) {
      return null;
    }
    String currency = rs.getString(currencyColumn);
    return currency == null ? null : Money.ofMinor(minor, CurrencyCode.of(currency.trim()));
  }

  static <T> UUID[] ids(Collection<T> ids, Function<T, UUID> value) {
    return ids.stream().map(value).toArray(UUID[]::new);
  }

  static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }
}
