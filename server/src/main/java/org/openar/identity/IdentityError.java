package org.openar.identity;

import org.openar.shared.error.ErrorCode;
import org.openar.shared.error.ErrorKind;

public enum IdentityError implements ErrorCode {
  IDENTITY_BAD_CREDENTIALS(ErrorKind.UNAUTHENTICATED),
  IDENTITY_INVALID_TOKEN(ErrorKind.UNAUTHENTICATED),
  IDENTITY_CSRF_REJECTED(ErrorKind.FORBIDDEN),
  IDENTITY_USER_NOT_FOUND(ErrorKind.NOT_FOUND),
  IDENTITY_USERNAME_TAKEN(ErrorKind.CONFLICT),
  IDENTITY_INVALID_USERNAME(ErrorKind.INVALID),
  IDENTITY_WEAK_PASSWORD(ErrorKind.INVALID),
  IDENTITY_NO_ROLES(ErrorKind.INVALID),
  IDENTITY_UNSUPPORTED_LANGUAGE(ErrorKind.INVALID);

  private final ErrorKind kind;

  IdentityError(ErrorKind kind) {
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
