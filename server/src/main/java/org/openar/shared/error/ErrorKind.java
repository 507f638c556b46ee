package org.openar.shared.error;

/** How an error maps to HTTP; the mapping lives in one place (the problem-details advice). */
public enum ErrorKind {
  INVALID(400),
  UNAUTHENTICATED(401),
  FORBIDDEN(403),
  NOT_FOUND(404),
  CONFLICT(409),
  TOO_LARGE(413),
  RULE_VIOLATION(422),
  TOO_MANY_REQUESTS(429),
  UNAVAILABLE(503),
  INTERNAL(500);

  private final int status;

  ErrorKind(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }
}
