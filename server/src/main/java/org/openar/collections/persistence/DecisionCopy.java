package org.openar.collections.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** COPY (text format) on the transaction's connection, for the many rows a dunning run records. */
@Component
class DecisionCopy {

  private final DataSource dataSource;

  DecisionCopy(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Copies the rows (values in column order; null, strings, numbers, ids, dates) into {@code copySql}'s table. */
  void write(String copySql, List<Object[]> rows) {
    Connection con = DataSourceUtils.getConnection(dataSource);
    try {
      CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
      StringBuilder sb = new StringBuilder(rows.size() * 512);
      java.time.Instant lastInstant = null;
      String lastText = null;
      for (Object[] values : rows) {
        for (int i = 0; i < values.length; i++) {
          if (i > 0) {
            sb.append('\t');
          }
          if (values[i] instanceof java.time.Instant t) {
            if (!t.equals(lastInstant)) { // a run stamps all its decisions with one instant
              lastInstant = t;
              lastText = DateTimeFormatter.ISO_INSTANT.format(t);
            }
            sb.append(lastText);
          } else {
            escape(sb, values[i]);
          }
        }
        sb.append('\n');
      }
      copy.copyIn(copySql, new java.io.StringReader(sb.toString()));
    } catch (SQLException e) {
      throw new UncategorizedSQLException("copy", copySql, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      DataSourceUtils.releaseConnection(con, dataSource);
    }
  }

  /** COPY text format: \N for null; backslash, tab, newline and carriage return escaped. */
  private static void escape(StringBuilder sb, Object value) {
    if (value == null) {
      sb.append("\\N");
      return;
    }
    String s = value.toString();
    if (!needsEscape(s)) {
      sb.append(s);
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
  }

  private static boolean needsEscape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
