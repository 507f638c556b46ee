package org.openar.identity.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TokenRepository {

  private final JdbcClient jdbc;

  public TokenRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(UUID id, UUID userId, String name, String hash, Instant now, Instant expiresAt) {
    jdbc.sql("""
            insert into identity_api_token (id, user_id, name, token_hash, created_at, expires_at)
            values (:id, :user, :name, :hash, :now, :exp)""")
        .param("id", id).param("user", userId).param("name", name).param("hash", hash)
        .param("now", utc(now)).param("exp", expiresAt == null ? null : utc(expiresAt))
        .update();
  }

  /** The user of a live (not revoked, not expired) token. */
  public Optional<UUID> userOf(String hash, Instant now) {
    return jdbc.sql("""
            select user_id from identity_api_token
            where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > :now)""")
        .param("hash", hash).param("now", utc(now)).query(UUID.class).optional();
  }

  public void touch(String hash, Instant now) {
    jdbc.sql("update identity_api_token set last_used_at = :now where token_hash = :hash"
            + " and (last_used_at is null or last_used_at < :now - interval '1 minute')")
        .param("hash", hash).param("now", utc(now)).update();
  }

  private static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }
}
