package org.openar.notifications.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.notifications.LetterBatchView;
import org.openar.shared.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Print batches of letters. */
@Repository
public class LetterBatchRepository {

  private final JdbcClient jdbc;

  public LetterBatchRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Queued, due letters in the order they were written, locked so two batch runs never print one letter twice. */
  public List<UUID> lockQueuedLetters(Instant now, int limit) {
    return jdbc.sql("""
            select id from notifications_message where status = 'QUEUED' and channel = 'LETTER' and next_attempt_at <= :now
            order by created_at, id limit :limit for update skip locked""")
        .param("now", Sql.utc(now)).param("limit", limit).query(UUID.class).list();
  }

  public void insert(LetterBatchView b, String sha256) {
    jdbc.sql("""
            insert into notifications_letter_batch (id, letters, pages, sha256, created_by, created_at)
            values (:id, :letters, :pages, :sha, :by, :at)""")
        .param("id", b.id()).param("letters", b.letters()).param("pages", b.pages()).param("sha", sha256)
        .param("by", b.createdBy()).param("at", Sql.utc(b.createdAt())).update();
  }

  public void markPrinted(List<UUID> messages, UUID batch, Instant now) {
    jdbc.sql("""
            update notifications_message set status = 'SENT', letter_batch_id = :batch, attempts = attempts + 1,
                sent_at = :now, updated_at = :now where id in (:ids)""")
        .param("batch", batch).param("now", Sql.utc(now)).param("ids", messages).update();
  }

  public List<LetterBatchView> list(int limit) {
    return jdbc.sql("""
            select b.id, b.letters, b.pages, s.size, b.created_by, b.created_at from notifications_letter_batch b
            join notifications_blob s on s.sha256 = b.sha256 order by b.created_at desc limit :limit""")
        .param("limit", limit).query(LetterBatchRepository::view).list();
  }

  public Optional<String> sha256(UUID batch) {
    return jdbc.sql("select sha256 from notifications_letter_batch where id = :id").param("id", batch)
        .query(String.class).optional();
  }

  private static LetterBatchView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new LetterBatchView(rs.getObject("id", UUID.class), rs.getInt("letters"), rs.getInt("pages"),
        rs.getLong("size"), rs.getString("created_by"), Sql.instant(rs, "created_at"));
  }
}
