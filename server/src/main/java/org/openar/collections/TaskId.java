package org.openar.collections;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A worklist task's id; in JSON the plain UUID string. */
public record TaskId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public TaskId {
    Objects.requireNonNull(value, "value");
  }

  public static TaskId of(String uuid) {
    return new TaskId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
