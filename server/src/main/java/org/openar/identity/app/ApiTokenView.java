package org.openar.identity.app;

import java.time.Instant;
import java.util.UUID;
import org.openar.identity.persistence.TokenRepository.TokenRow;

/** An API token as administrators see it; the secret is never shown again after creation. */
public record ApiTokenView(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
    Instant revokedAt, boolean active) {

  static ApiTokenView of(TokenRow t, Instant now) {
    boolean active = t.revokedAt() == null && (t.expiresAt() == null || t.expiresAt().isAfter(now));
    return new ApiTokenView(t.id(), t.name(), t.createdAt(), t.expiresAt(), t.lastUsedAt(), t.revokedAt(), active);
  }
}
