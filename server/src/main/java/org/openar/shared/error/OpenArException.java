package org.openar.shared.error;

import java.util.Arrays;
import java.util.List;

/**
 * The one exception domain code throws for a rule the caller broke. It carries a stable {@link ErrorCode}, positional
 * message arguments and optionally per-field violations; translation happens at the edge (REST, CLI, import reports).
 */
public class OpenArException extends RuntimeException {

  private final transient ErrorCode errorCode;
  private final transient List<Object> args;
  private final transient List<FieldViolation> violations;
  private String field;

  public OpenArException(ErrorCode errorCode, Object... args) {
    this(errorCode, List.of(), args);
  }

  public OpenArException(ErrorCode errorCode, List<FieldViolation> violations, Object... args) {
    super(errorCode.code() + (args.length == 0 ? "" : " " + Arrays.toString(args)));
    this.errorCode = errorCode;
    this.args = Arrays.asList(args.clone());
    this.violations = List.copyOf(violations);
  }

  public static OpenArException invalid(List<FieldViolation> violations) {
    return new OpenArException(SharedError.VALIDATION_FAILED, violations);
  }

  /** Names the request field this error is about, so it can be shown next to that field. */
  public OpenArException onField(String fieldPath) {
    this.field = fieldPath;
    return this;
  }

  public ErrorCode errorCode() {
    return errorCode;
  }

  public List<Object> args() {
    return args;
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  public String field() {
    return field;
  }
}
