package org.openar.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 9457 problem details as OpenAR returns them: {@code type}, translated {@code title} and {@code detail}, the HTTP
 * {@code status}, a stable {@code code}, and per-field {@code errors} for validation failures.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type, String title, int status, String detail, String code, String instance, List<FieldError> errors) {

  public static final String TYPE_BASE = "https://openar.org/problems/";

  /** One field's error: JSON path ({@code lines[2].quantity}), stable code, translated message. */
  public record FieldError(String field, String code, String message) {}
}
