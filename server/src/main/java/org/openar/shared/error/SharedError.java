package org.openar.shared.error;

/** Errors of the shared kernel and of the HTTP edge. */
public enum SharedError implements ErrorCode {
  VALIDATION_FAILED(ErrorKind.INVALID),
  MALFORMED_REQUEST(ErrorKind.INVALID),
  UNKNOWN_FIELD(ErrorKind.INVALID),
  MISSING_FIELD(ErrorKind.INVALID),
  INVALID_VALUE(ErrorKind.INVALID),
  INVALID_AMOUNT(ErrorKind.INVALID),
  AMOUNT_SCALE(ErrorKind.INVALID),
  AMOUNT_NOT_POSITIVE(ErrorKind.INVALID),
  UNKNOWN_CURRENCY(ErrorKind.INVALID),
  CURRENCY_MISMATCH(ErrorKind.RULE_VIOLATION),
  INVALID_DATE(ErrorKind.INVALID),
  PAYLOAD_TOO_LARGE(ErrorKind.TOO_LARGE),
  UNSUPPORTED_MEDIA_TYPE(ErrorKind.INVALID),
  METHOD_NOT_ALLOWED(ErrorKind.INVALID),
  NOT_FOUND(ErrorKind.NOT_FOUND),
  UNAUTHENTICATED(ErrorKind.UNAUTHENTICATED),
  FORBIDDEN(ErrorKind.FORBIDDEN),
  IDEMPOTENCY_KEY_REUSED(ErrorKind.CONFLICT),
  IDEMPOTENCY_KEY_INVALID(ErrorKind.INVALID),
  CONCURRENT_MODIFICATION(ErrorKind.CONFLICT),
  INVALID_PAGING(ErrorKind.INVALID),
  SERVICE_UNAVAILABLE(ErrorKind.UNAVAILABLE),
  INTERNAL(ErrorKind.INTERNAL);

  private final ErrorKind kind;

  SharedError(ErrorKind kind) {
    this.kind = kind;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public ErrorKind kind() {
    return kind;
  }
}
