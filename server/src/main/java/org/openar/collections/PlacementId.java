package org.openar.collections;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A placement with an agency or lawyer's id; in JSON the plain UUID string. */
public record PlacementId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public PlacementId {
    Objects.requireNonNull(value, "value");
  }

  public static PlacementId of(String uuid) {
    return new PlacementId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
