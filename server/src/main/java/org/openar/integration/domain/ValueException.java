package org.openar.integration.domain;

import java.util.List;
import org.openar.integration.IntegrationError;
import org.openar.shared.error.ErrorCode;

/**
 * A cell that cannot be read as its field's type. Thrown often on bad files, so it carries no stack trace: building
 * one costs what the message costs.
 */
public final class ValueException extends RuntimeException {

  private final transient ErrorCode code;
  private final transient List<String> args;

  public ValueException(ErrorCode code, Object... args) {
    super(code.code(), null, false, false);
    this.code = code;
    this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
  }

  public static ValueException of(IntegrationError code, Object... args) {
    return new ValueException(code, args);
  }

  public ErrorCode code() {
    return code;
  }

  public List<String> args() {
    return args;
  }
}
