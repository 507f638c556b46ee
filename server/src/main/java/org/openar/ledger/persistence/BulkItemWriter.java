package org.openar.ledger.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.openar.customers.CompanyId;
import org.openar.ledger.domain.ItemFacts;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Inserts many items with PostgreSQL COPY (text format) on the transaction's connection. The COPY runs inside a
 * savepoint: when a document number turns out to be taken, only that attempt is rolled back and the caller can drop the
 * clashing rows and try again, so re-importing a file inserts nothing twice.
 */
@Repository
public class BulkItemWriter {

  private static final String COPY = """
      copy ledger_item (id, company_id, customer_id, original_minor, open_minor, created_at, document_date, due_date,
          value_date, installment_no, side, currency, type, status, document_number, payment_terms, reference,
          description, external_ref, batch_id, created_by) from stdin""";
  private static final int CHUNK = 1 << 16;

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final SQLExceptionTranslator translator;

  public BulkItemWriter(DataSource dataSource, JdbcClient jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
  }

  /** Copies the rows; false (and nothing written) when a document number was already taken. */
  public boolean copy(List<ItemFacts> rows, UUID batch, Instant now, String by) {
    Connection con = DataSourceUtils.getConnection(dataSource);
    Savepoint savepoint = null;
    try {
      savepoint = con.setSavepoint();
      CopyIn copy = con.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
      try {
        write(copy, rows, batch, DateTimeFormatter.ISO_INSTANT.format(now), escape(by));
        copy.endCopy();
      } finally {
        if (copy.isActive()) {
          copy.cancelCopy();
        }
      }
      con.releaseSavepoint(savepoint);
      return true;
    } catch (SQLException e) {
      rollback(con, savepoint);
      if ("23505".equals(e.getSQLState())) { // unique_violation: a document number is taken
        return false;
      }
      DataAccessException translated = translator.translate("copy", COPY, e);
      throw translated != null ? translated : new UncategorizedSQLException("copy", COPY, e);
    } finally {
      DataSourceUtils.releaseConnection(con, dataSource);
    }
  }

  /** Which of {@code numbers} a company already uses, as {@code type|number|installment} keys. */
  public Set<String> existingKeys(CompanyId company, Set<String> numbers) {
    Set<String> keys = new HashSet<>();
    List<String> all = new ArrayList<>(numbers);
    for (int from = 0; from < all.size(); from += 10_000) {
      List<String> slice = all.subList(from, Math.min(all.size(), from + 10_000));
      jdbc.sql("""
              select type, document_number, installment_no from ledger_item
               where company_id = :c and document_number in (:n)
                 and type not in ('DISCOUNT', 'WRITE_OFF', 'REVERSAL')""")
          .param("c", company.value()).param("n", slice)
          .query(rs -> {
            keys.add(key(rs.getString(1), rs.getString(2), rs.getObject(3, Integer.class)));
          });
    }
    return keys;
  }

  public static String key(String type, String number, Integer installment) {
    return type + "|" + number + "|" + installment;
  }

  private static void write(CopyIn copy, List<ItemFacts> rows, UUID batch, String now, String by)
      throws SQLException {
    StringBuilder sb = new StringBuilder(CHUNK + 1024);
    String batchText = batch.toString();
    for (ItemFacts f : rows) {
      sb.append(f.id().value()).append('\t').append(f.companyId().value()).append('\t')
          .append(f.customerId().value()).append('\t').append(f.originalMinor()).append('\t')
          .append(f.originalMinor()).append('\t').append(now).append('\t').append(f.documentDate()).append('\t');
      nullable(sb, f.dueDate()).append('\t');
      nullable(sb, f.valueDate()).append('\t');
      nullable(sb, f.installmentNo()).append('\t').append(f.side().code()).append('\t')
          .append(f.currency().code()).append('\t').append(f.type().name()).append("\tOPEN\t")
          .append(escape(f.documentNumber())).append('\t');
      nullable(sb, f.terms() == null ? null : f.terms().code()).append('\t');
      nullable(sb, escape(f.reference())).append('\t');
      nullable(sb, escape(f.description())).append('\t');
      nullable(sb, escape(f.externalRef())).append('\t').append(batchText).append('\t').append(by).append('\n');
      if (sb.length() >= CHUNK) {
        flush(copy, sb);
      }
    }
    flush(copy, sb);
  }

  private static void flush(CopyIn copy, StringBuilder sb) throws SQLException {
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    sb.setLength(0);
  }

  private static StringBuilder nullable(StringBuilder sb, Object value) {
    return value == null ? sb.append("\\N") : sb.append(value);
  }

  /** COPY text format: backslash, tab, newline and carriage return are escaped. */
  static String escape(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = switch (c) {
        case '\\' -> "\\\\";
        case '\t' -> "\\t";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        default -> null;
      };
      if (rep != null && out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (out != null) {
        out.append(rep != null ? rep : String.valueOf(c));
      }
    }
    return out == null ? s : out.toString();
  }

  private static void rollback(Connection con, Savepoint savepoint) {
    if (savepoint == null) {
      return;
    }
    try {
      con.rollback(savepoint);
    } catch (SQLException ignored) {
      // the transaction is aborted anyway and will roll back as a whole
    }
  }
}
