package org.openar.identity.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.openar.shared.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class LoginAttemptRepository {

  private final JdbcClient jdbc;

  public LoginAttemptRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Serialises attempts for one username until the transaction ends (the check and the insert must not interleave). */
  public void lockKey(String key) {
    jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 7301))) l").param("key", key)
        .query(Integer.class).single();
  }

  /** The newest attempts for the key since {@code since}, newest first. */
  public List<Instant> recent(String key, Instant since, int limit) {
    return jdbc.sql("""
            select attempted_at from identity_login_attempt where username_key = :key and attempted_at >= :since
            order by attempted_at desc limit :limit""")
        .param("key", key).param("since", Sql.utc(since)).param("limit", limit)
        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).list();
  }

  public long insert(String key, Instant at) {
    return jdbc.sql("insert into identity_login_attempt (username_key, attempted_at) values (:key, :at) returning id")
        .param("key", key).param("at", Sql.utc(at)).query(Long.class).single();
  }

  public void clear(String key) {
    jdbc.sql("delete from identity_login_attempt where username_key = :key").param("key", key).update();
  }

  public void purgeBefore(Instant cutoff) {
    jdbc.sql("delete from identity_login_attempt where attempted_at < :cutoff").param("cutoff", Sql.utc(cutoff)).update();
  }

}
