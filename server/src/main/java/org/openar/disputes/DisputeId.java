package org.openar.disputes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A dispute's id; in JSON the plain UUID string. */
public record DisputeId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public DisputeId {
    Objects.requireNonNull(value, "value");
  }

  public static DisputeId of(String uuid) {
    return new DisputeId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
