package org.openar.collections;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A promise to pay's id; in JSON the plain UUID string. */
public record PromiseId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public PromiseId {
    Objects.requireNonNull(value, "value");
  }

  public static PromiseId of(String uuid) {
    return new PromiseId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
