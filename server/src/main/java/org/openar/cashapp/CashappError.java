package org.openar.cashapp;

import org.openar.shared.error.ErrorCode;
import org.openar.shared.error.ErrorKind;

/** Errors of cash application; the messages live in {@code i18n/cashapp*.properties}. */
public enum CashappError implements ErrorCode {
  /** A statement file that cannot be read: {0} file, {1} place (line, element, record), {2} reason. */
  CASHAPP_STATEMENT_INVALID(ErrorKind.INVALID),
  /** {0} file, {1} what was found instead of a bank statement. */
  CASHAPP_STATEMENT_UNRECOGNISED(ErrorKind.INVALID),
  /** {0} the account the statement is for. */
  CASHAPP_UNKNOWN_BANK_ACCOUNT(ErrorKind.RULE_VIOLATION),
  /** {0} statement duplicate key, {1} when it was imported before. */
  CASHAPP_DUPLICATE_STATEMENT(ErrorKind.CONFLICT),
  /** {0} line id, {1} entry duplicate key. */
  CASHAPP_DUPLICATE_ENTRY(ErrorKind.CONFLICT),
  /** An input table (customers, open items, truth, mapping): {0} file, {1} line, {2} column, {3} reason. */
  CASHAPP_INPUT_INVALID(ErrorKind.INVALID);

  private final ErrorKind kind;

  CashappError(ErrorKind kind) {
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
