package org.openar.collections;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A collection agency's or law firm's id; in JSON the plain UUID string. */
public record AgencyId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public AgencyId {
    Objects.requireNonNull(value, "value");
  }

  public static AgencyId of(String uuid) {
    return new AgencyId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
