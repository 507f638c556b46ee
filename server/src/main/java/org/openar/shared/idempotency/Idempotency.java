package org.openar.shared.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency keys for every API call that creates a money movement: the same key with the same body returns the first
 * call's result without doing anything again; the same key with another body is a 409. The key row is written in the
 * same transaction as the movement, so a failed call leaves the key free, and a concurrent duplicate waits on the
 * unique index until the first commits, then answers with its result.
 */
@Component
public class Idempotency {

  public static final String HEADER = "Idempotency-Key";

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final JsonMapper json;
  private final Clock clock;

  public Idempotency(JdbcClient jdbc, TransactionTemplate tx, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Runs {@code action} once per (scope, key). {@code key} may be null (no idempotency requested); {@code request} is
   * what makes two calls "the same" (usually the request body, plus path variables).
   */
  public <T> T execute(String scope, String key, Object request, Class<T> resultType, Supplier<T> action) {
    if (key == null) {
      return tx.execute(s -> action.get());
    }
    if (key.isBlank() || key.length() > 128 || !key.matches("[A-Za-z0-9_\\-:.]+")) {
      throw new OpenArException(SharedError.IDEMPOTENCY_KEY_INVALID, key).onField(HEADER);
    }
    String hash = sha256(json.writeValueAsString(request));
    return tx.execute(s -> {
      int inserted = jdbc.sql("""
              insert into shared_idempotency_key (scope, idem_key, request_hash, created_at)
              values (:scope, :key, :hash, :now) on conflict do nothing""")
          .param("scope", scope).param("key", key).param("hash", hash)
          .param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
          .update();
      if (inserted == 0) {
        return replay(scope, key, hash, resultType);
      }
      T result = action.get();
      jdbc.sql("update shared_idempotency_key set response = cast(:response as jsonb) where scope = :scope and idem_key = :key")
          .param("response", json.writeValueAsString(result)).param("scope", scope).param("key", key)
          .update();
      return result;
    });
  }

  private <T> T replay(String scope, String key, String hash, Class<T> resultType) {
    record Stored(String requestHash, String response) {}
    Stored stored = jdbc.sql("select request_hash, response::text as response from shared_idempotency_key where scope = :scope and idem_key = :key")
        .param("scope", scope).param("key", key)
        .query((rs, n) -> new Stored(rs.getString("request_hash"), rs.getString("response")))
        .single();
    if (!stored.requestHash().equals(hash)) {
      throw new OpenArException(SharedError.IDEMPOTENCY_KEY_REUSED, key).onField(HEADER);
    }
    if (stored.response() == null) {
      throw new OpenArException(SharedError.CONCURRENT_MODIFICATION, key);
    }
    return json.readValue(stored.response(), resultType);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
