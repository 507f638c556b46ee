package org.openar.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.shared.db.Sql;
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
        .param("now", Sql.utc(now)).param("exp", expiresAt == null ? null : Sql.utc(expiresAt))
        .update();
  }

  /** The user of a live (not revoked, not expired) token. */
  public Optional<UUID> userOf(String hash, Instant now) {
    return jdbc.sql("""
            select user_id from identity_api_token
            where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > :now)""")
        .param("hash", hash).param("now", Sql.utc(now)).query(UUID.class).optional();
  }

  public void touch(String hash, Instant now) {
    jdbc.sql("update identity_api_token set last_used_at = :now where token_hash = :hash"
            + " and (last_used_at is null or last_used_at < :now - interval '1 minute')")
        .param("hash", hash).param("now", Sql.utc(now)).update();
  }

  /** A token as administrators see it: never its secret or hash. */
  public record TokenRow(UUID id, UUID userId, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
      Instant revokedAt) {}

  private static final String COLUMNS = "id, user_id, name, created_at, expires_at, last_used_at, revoked_at";

  public List<TokenRow> ofUser(UUID userId) {
    return jdbc.sql("select " + COLUMNS + " from identity_api_token where user_id = :user order by created_at desc, id")
        .param("user", userId).query(TokenRepository::map).list();
  }

  public Optional<TokenRow> find(UUID userId, UUID tokenId) {
    return jdbc.sql("select " + COLUMNS + " from identity_api_token where id = :id and user_id = :user")
        .param("id", tokenId).param("user", userId).query(TokenRepository::map).optional();
  }

  /** Revokes a live token; false if it was already revoked. */
  public boolean revoke(UUID tokenId, Instant now) {
    return jdbc.sql("update identity_api_token set revoked_at = :now where id = :id and revoked_at is null")
        .param("id", tokenId).param("now", Sql.utc(now)).update() == 1;
  }

  private static TokenRow map(ResultSet rs, int n) throws SQLException {
    return new TokenRow(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("name"),
        Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"), Sql.instant(rs, "last_used_at"), Sql.instant(rs, "revoked_at"));
  }

}
