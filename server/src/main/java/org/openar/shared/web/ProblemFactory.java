package org.openar.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openar.shared.error.ErrorCode;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.openar.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/** Builds translated {@link Problem}s from error codes; used by the REST advice and the security entry points. */
@Component
public class ProblemFactory {

  private final Messages messages;

  public ProblemFactory(Messages messages) {
    this.messages = messages;
  }

  public Problem of(Locale locale, OpenArException e, String instance) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (FieldViolation v : e.violations()) {
      errors.add(fieldError(locale, v));
    }
    if (e.field() != null && errors.isEmpty()) {
      errors.add(new Problem.FieldError(e.field(), e.errorCode().code(), messages.describe(locale, e)));
    }
    return build(locale, e.errorCode(), messages.describe(locale, e), instance, errors);
  }

  public Problem of(Locale locale, ErrorCode code, String instance, Object... args) {
    return build(locale, code, messages.describe(locale, code, args), instance, List.of());
  }

  public Problem.FieldError fieldError(Locale locale, FieldViolation v) {
    return new Problem.FieldError(v.field(), v.code().code(), messages.describe(locale, v.code(), v.args().toArray()));
  }

  public Problem build(Locale locale, ErrorCode code, String detail, String instance, List<Problem.FieldError> errors) {
    return new Problem(
        Problem.TYPE_BASE + code.code().toLowerCase(Locale.ROOT).replace('_', '-'),
        messages.title(locale, code),
        code.kind().status(),
        detail,
        code.code(),
        instance,
        errors);
  }
}
