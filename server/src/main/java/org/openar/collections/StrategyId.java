package org.openar.collections;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A dunning strategy's id; in JSON the plain UUID string. */
public record StrategyId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public StrategyId {
    Objects.requireNonNull(value, "value");
  }

  public static StrategyId of(String uuid) {
    return new StrategyId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
