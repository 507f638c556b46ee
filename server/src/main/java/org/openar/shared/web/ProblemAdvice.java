package org.openar.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openar.shared.error.ErrorCode;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** The one place where exceptions become RFC 9457 problem+json responses with a stable code. */
@RestControllerAdvice
public class ProblemAdvice {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
  public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

  private final ProblemFactory problems;

  public ProblemAdvice(ProblemFactory problems) {
    this.problems = problems;
  }

  @ExceptionHandler(OpenArException.class)
  ResponseEntity<Problem> openAr(OpenArException e, HttpServletRequest req) {
    return respond(problems.of(locale(), e, req.getRequestURI()));
  }

  @ExceptionHandler(BindException.class)
  ResponseEntity<Problem> validation(BindException e, HttpServletRequest req) {
    List<FieldViolation> violations = new ArrayList<>();
    for (org.springframework.validation.FieldError fe : e.getBindingResult().getFieldErrors()) {
      violations.add(FieldViolation.of(fe.getField(), codeFor(fe.getCode()), fe.getField(), String.valueOf(fe.getRejectedValue())));
    }
    e.getBindingResult().getGlobalErrors().forEach(
        ge -> violations.add(FieldViolation.of(ge.getObjectName(), SharedError.INVALID_VALUE, ge.getObjectName(), "")));
    return respond(problems.of(locale(), OpenArException.invalid(violations), req.getRequestURI()));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Problem> constraint(ConstraintViolationException e, HttpServletRequest req) {
    List<FieldViolation> violations = new ArrayList<>();
    e.getConstraintViolations().forEach(v -> {
      String path = v.getPropertyPath().toString();
      String field = path.contains(".") ? path.substring(path.indexOf('.') + 1) : path;
      String type = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
      violations.add(FieldViolation.of(field, codeFor(type), field, v.getInvalidValue()));
    });
    return respond(problems.of(locale(), OpenArException.invalid(violations), req.getRequestURI()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e, HttpServletRequest req) {
    return respond(problems.of(locale(), translateJson(e), req.getRequestURI()));
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
  ResponseEntity<Problem> missingParam(Exception e, HttpServletRequest req) {
    String name = e instanceof MissingServletRequestParameterException m
        ? m.getParameterName() : ((MissingServletRequestPartException) e).getRequestPartName();
    return respond(problems.of(locale(), new OpenArException(SharedError.MISSING_FIELD, name).onField(name),
        req.getRequestURI()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Problem> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest req) {
    if (e.getCause() != null && e.getCause().getCause() instanceof OpenArException oe) {
      return respond(problems.of(locale(), oe.field() == null ? oe.onField(e.getName()) : oe, req.getRequestURI()));
    }
    return respond(problems.of(locale(),
        new OpenArException(SharedError.INVALID_VALUE, e.getName(), String.valueOf(e.getValue())).onField(e.getName()),
        req.getRequestURI()));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Problem> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest req) {
    return respond(problems.of(locale(), SharedError.PAYLOAD_TOO_LARGE, req.getRequestURI(), e.getMaxUploadSize()));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Problem> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest req) {
    Problem p = problems.of(locale(), SharedError.UNSUPPORTED_MEDIA_TYPE, req.getRequestURI(), e.getContentType());
    return ResponseEntity.status(415).contentType(PROBLEM_JSON).body(withStatus(p, 415));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Problem> method(HttpRequestMethodNotSupportedException e, HttpServletRequest req) {
    Problem p = problems.of(locale(), SharedError.METHOD_NOT_ALLOWED, req.getRequestURI(), e.getMethod());
    return ResponseEntity.status(405).contentType(PROBLEM_JSON).body(withStatus(p, 405));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<Problem> noResource(NoResourceFoundException e, HttpServletRequest req) {
    return respond(problems.of(locale(), SharedError.NOT_FOUND, req.getRequestURI(), req.getRequestURI()));
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
  ResponseEntity<Problem> denied(RuntimeException e, HttpServletRequest req) {
    return respond(problems.of(locale(), SharedError.FORBIDDEN, req.getRequestURI()));
  }

  @ExceptionHandler({DuplicateKeyException.class, PessimisticLockingFailureException.class})
  ResponseEntity<Problem> conflict(RuntimeException e, HttpServletRequest req) {
    log.info("conflict on {}: {}", req.getRequestURI(), e.getMessage());
    return respond(problems.of(locale(), SharedError.CONCURRENT_MODIFICATION, req.getRequestURI()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Problem> unexpected(Exception e, HttpServletRequest req) {
    log.error("unexpected error on {} {}", req.getMethod(), req.getRequestURI(), e);
    return respond(problems.of(locale(), SharedError.INTERNAL, req.getRequestURI()));
  }

  private ResponseEntity<Problem> respond(Problem p) {
    return ResponseEntity.status(p.status()).contentType(PROBLEM_JSON).body(p);
  }

  private static Problem withStatus(Problem p, int status) {
    return new Problem(p.type(), p.title(), status, p.detail(), p.code(), p.instance(), p.errors());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  /** Finds the most precise reason a JSON body could not be read, with the JSON path of the offending field. */
  static OpenArException translateJson(HttpMessageNotReadableException e) {
    Throwable t = e.getCause();
    String path = t instanceof JacksonException je ? jsonPath(je) : null;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof PayloadLimitFilter.PayloadTooLargeException tooLarge) {
        return new OpenArException(SharedError.PAYLOAD_TOO_LARGE, tooLarge.limit());
      }
      if (c instanceof OpenArException oe) {
        if (oe.field() == null && path != null) {
          oe.onField(path);
        } else if (oe.field() != null && path != null && !path.endsWith(oe.field())) {
          oe.onField(path + "." + oe.field());
        }
        return oe;
      }
    }
    if (t instanceof UnrecognizedPropertyException u) {
      return new OpenArException(SharedError.UNKNOWN_FIELD, u.getPropertyName()).onField(path);
    }
    if (t instanceof InvalidFormatException || t instanceof MismatchedInputException) {
      if (t.getMessage() != null && t.getMessage().contains("No content to map")) {
        return new OpenArException(SharedError.MALFORMED_REQUEST, "empty body");
      }
      return new OpenArException(SharedError.INVALID_VALUE, path, "").onField(path);
    }
    if (t instanceof StreamReadException) {
      return new OpenArException(SharedError.MALFORMED_REQUEST, firstLine(t.getMessage()));
    }
    return new OpenArException(SharedError.MALFORMED_REQUEST, firstLine(e.getMessage()));
  }

  static String jsonPath(JacksonException e) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.isEmpty() ? null : sb.toString();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }

  private static ErrorCode codeFor(String constraint) {
    if (constraint == null) {
      return SharedError.INVALID_VALUE;
    }
    return switch (constraint) {
      case "NotNull", "NotBlank", "NotEmpty" -> SharedError.MISSING_FIELD;
      case "Positive", "PositiveOrZero" -> SharedError.AMOUNT_NOT_POSITIVE;
      default -> SharedError.INVALID_VALUE;
    };
  }
}
