package org.openar.identity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.openar.shared.money.Money;
import org.openar.shared.security.Actor;
import org.openar.shared.security.Role;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An approval as other modules and the API see it. {@code payload} is JSON text, written into JSON responses as the
 * object it is. {@code deciderRoles} were fixed when the request was made (policy and amount), so a later policy change
 * never changes who may decide a request already in the queue.
 */
public record ApprovalView(
    ApprovalId id,
    String type,
    String subjectType,
    String subjectId,
    String summary,
    Money amount,
    @JsonRawValue @JsonDeserialize(using = RawJson.class) @Schema(type = "object") String payload,
    ApprovalStatus status,
    Set<Role> deciderRoles,
    UUID requestedBy,
    String requestedByName,
    Instant requestedAt,
    UUID decidedBy,
    String decidedByName,
    Instant decidedAt,
    String comment,
    Instant cancelledAt,
    String cancelReason) {

  /** Whether {@code actor} may approve or reject this now: pending, a person, not the requester, a deciding role. */
  @JsonIgnore
  public boolean decidableBy(Actor actor) {
    return status == ApprovalStatus.PENDING && !actor.isSystem() && !actor.userId().equals(requestedBy)
        && actor.roles().stream().anyMatch(deciderRoles::contains);
  }

  /** Whether {@code actor} may cancel this now: only the requester, only while pending. */
  @JsonIgnore
  public boolean cancellableBy(Actor actor) {
    return status == ApprovalStatus.PENDING && actor.userId().equals(requestedBy);
  }

  /** Reads an embedded JSON value back as text, so a view written with its raw payload can be read again. */
  static final class RawJson extends ValueDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      return ctxt.readTree(p).toString();
    }
  }
}
