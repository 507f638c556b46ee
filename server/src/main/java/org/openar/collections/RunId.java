package org.openar.collections;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A dunning run's id; in JSON the plain UUID string. */
public record RunId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public RunId {
    Objects.requireNonNull(value, "value");
  }

  public static RunId of(String uuid) {
    return new RunId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
