package org.openar.cashapp.domain;

import java.util.ArrayList;
import java.util.List;
import org.openar.shared.error.ErrorCode;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;

/** Collects every problem of a request, so a form shows them all at once, each on its field. */
public final class Violations {

  private final List<FieldViolation> list = new ArrayList<>();

  public Violations add(String field, ErrorCode code, Object... args) {
    list.add(FieldViolation.of(field, code, args));
    return this;
  }

  public Violations addAll(List<FieldViolation> more) {
    list.addAll(more);
    return this;
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** One problem keeps its own code (and HTTP status); several are a validation failure listing each. */
  public void throwIfAny() {
    throwIfAny(list);
  }

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
