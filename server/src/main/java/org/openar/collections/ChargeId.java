package org.openar.collections;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A late fee's or interest charge's id; in JSON the plain UUID string. */
public record ChargeId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ChargeId {
    Objects.requireNonNull(value, "value");
  }

  public static ChargeId of(String uuid) {
    return new ChargeId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
