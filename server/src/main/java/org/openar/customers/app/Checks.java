package org.openar.customers.app;

import java.util.ArrayList;
import java.util.List;
import org.openar.customers.CustomersError;
import org.openar.shared.error.ErrorCode;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Collects every invalid field of a request (with its JSON path, e.g. {@code contacts[1].email}) so the caller learns
 * all mistakes at once. One violation is thrown with its own code; several as VALIDATION_FAILED with {@code errors[]}.
 */
final class Checks {

  private final List<FieldViolation> violations = new ArrayList<>();

  static String path(String prefix, String field) {
    return prefix == null || prefix.isEmpty() ? field : prefix + "." + field;
  }

  /** A message argument translated in the caller's language when the problem is rendered. */
  static MessageSourceResolvable reason(String key, Object... args) {
    return new DefaultMessageSourceResolvable(new String[] {key}, args, key);
  }

  void add(String field, ErrorCode code, Object... args) {
    violations.add(FieldViolation.of(field, code, args));
  }

  boolean has(String field) {
    return violations.stream().anyMatch(v -> v.field().equals(field));
  }

  /** Trimmed text or null when blank; records a missing or too long value. */
  String text(String field, String value, int maxLength, boolean required) {
    String trimmed = value == null || value.isBlank() ? null : value.strip();
    if (trimmed == null && required) {
      add(field, SharedError.MISSING_FIELD, field);
    } else if (trimmed != null && trimmed.codePointCount(0, trimmed.length()) > maxLength) {
      add(field, CustomersError.CUSTOMERS_TOO_LONG, field, maxLength);
    }
    return trimmed;
  }

  <T> T required(String field, T value) {
    if (value == null) {
      add(field, SharedError.MISSING_FIELD, field);
    }
    return value;
  }

  void throwIfAny() {
    if (violations.size() == 1) {
      FieldViolation v = violations.get(0);
      throw new OpenArException(v.code(), v.args().toArray()).onField(v.field());
    }
    if (!violations.isEmpty()) {
      throw OpenArException.invalid(violations);
    }
  }
}
