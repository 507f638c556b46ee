package org.openar.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** An approval's id; in JSON the plain UUID string. */
public record ApprovalId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ApprovalId {
    if (value == null) {
      throw new IllegalArgumentException("an approval id needs a value");
    }
  }

  public static ApprovalId of(String uuid) {
    return new ApprovalId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
