package org.openar.disputes;

import org.openar.shared.error.ErrorCode;
import org.openar.shared.error.ErrorKind;

public enum DisputesError implements ErrorCode {
  DISPUTES_NOT_FOUND(ErrorKind.NOT_FOUND),
  DISPUTES_ITEM_NOT_FOUND(ErrorKind.NOT_FOUND),
  DISPUTES_NOT_A_DEBIT(ErrorKind.RULE_VIOLATION),
  DISPUTES_ITEM_REVERSED(ErrorKind.RULE_VIOLATION),
  DISPUTES_ALREADY_OPEN(ErrorKind.CONFLICT),
  DISPUTES_NOT_OPEN(ErrorKind.CONFLICT),
  DISPUTES_NOTE_REQUIRED(ErrorKind.INVALID),
  DISPUTES_NOTE_TOO_LONG(ErrorKind.INVALID);

  private final ErrorKind kind;

  DisputesError(ErrorKind kind) {
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
