package org.openar.invoicing.domain;

import java.util.List;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;

/** Turns collected violations into the one exception the edge translates. */
public final class Violations {

  private Violations() {}

  /** Throws the one violation with its own code and field, or all of them as a validation failure. */
  public static void throwIfAny(List<FieldViolation> violations) {
    if (violations.size() == 1) {
      FieldViolation only = violations.get(0);
      throw new OpenArException(only.code(), only.args().toArray()).onField(only.field());
    }
    if (!violations.isEmpty()) {
      throw OpenArException.invalid(violations);
    }
  }
}
