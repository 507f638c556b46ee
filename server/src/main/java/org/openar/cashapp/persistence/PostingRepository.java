package org.openar.cashapp.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.cashapp.StatementLineId;
import org.openar.cashapp.domain.Resolution;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.shared.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Postings of lines. The partial unique index cashapp_posting_once keeps one active posting per line. */
@Repository
public class PostingRepository {

  private static final String COLUMNS = """
      id, line_id, company_id, customer_id, kind, mode, receipt_ids, write_off_ids, details::text as details,
      posted_at, posted_by, reversed_at, reversed_by, reversal_reason""";

  private final JdbcClient jdbc;

  public PostingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(PostingRow p) {
    jdbc.sql("""
            insert into cashapp_posting (id, line_id, company_id, customer_id, kind, mode, receipt_ids, write_off_ids,
                details, posted_at, posted_by)
            values (:id, :line, :company, :customer, :kind, :mode, :receipts, :writeOffs, cast(:details as jsonb), :at,
                :by)""")
        .param("id", p.id()).param("line", p.lineId().value()).param("company", p.companyId().value())
        .param("customer", p.customerId().value()).param("kind", p.kind()).param("mode", p.mode().name())
        .param("receipts", p.receiptIds().toArray(UUID[]::new))
        .param("writeOffs", p.writeOffIds().toArray(UUID[]::new)).param("details", p.detailsJson())
        .param("at", Sql.utc(p.postedAt())).param("by", p.postedBy()).update();
  }

  public Optional<PostingRow> active(StatementLineId line) {
    return jdbc.sql("select " + COLUMNS + " from cashapp_posting where line_id = :line and reversed_at is null")
        .param("line", line.value()).query(PostingRepository::map).optional();
  }

  /** Every posting of the line, reversed ones included, oldest first. */
  public List<PostingRow> history(StatementLineId line) {
    return jdbc.sql("select " + COLUMNS + " from cashapp_posting where line_id = :line order by posted_at, id")
        .param("line", line.value()).query(PostingRepository::map).list();
  }

  public void markReversed(UUID id, Instant at, String by, String reason) {
    jdbc.sql("""
            update cashapp_posting set reversed_at = :at, reversed_by = :by, reversal_reason = :reason
            where id = :id and reversed_at is null""")
        .param("id", id).param("at", Sql.utc(at)).param("by", by).param("reason", reason).update();
  }

  /** The next receipt number of the sequence (gaps allowed: receipts are not tax documents). */
  public long nextReceiptNumber() {
    return jdbc.sql("select nextval('cashapp_receipt_seq')").query(Long.class).single();
  }

  static PostingRow map(ResultSet rs, int n) throws SQLException {
    return new PostingRow(Sql.uuid(rs, "id"), new StatementLineId(Sql.uuid(rs, "line_id")),
        new CompanyId(Sql.uuid(rs, "company_id")), new CustomerId(Sql.uuid(rs, "customer_id")), rs.getString("kind"),
        Resolution.valueOf(rs.getString("mode")), uuids(rs.getArray("receipt_ids")),
        uuids(rs.getArray("write_off_ids")), rs.getString("details"), Sql.instant(rs, "posted_at"),
        rs.getString("posted_by"), Sql.instant(rs, "reversed_at"), rs.getString("reversed_by"),
        rs.getString("reversal_reason"));
  }

  private static List<UUID> uuids(Array a) throws SQLException {
    return a == null ? List.of() : Arrays.asList((UUID[]) a.getArray());
  }
}
