package org.openar.shared.error;

import java.util.List;

/** One invalid field of a request: its JSON path, a stable code and the message arguments. */
public record FieldViolation(String field, ErrorCode code, List<Object> args) {

  public FieldViolation {
    args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
  }

  public static FieldViolation of(String field, ErrorCode code, Object... args) {
    return new FieldViolation(field, code, java.util.Arrays.asList(args));
  }
}
