package org.openar.reporting;

import org.openar.shared.error.ErrorCode;
import org.openar.shared.error.ErrorKind;

/** Stable error codes of reporting; titles and messages in {@code i18n/reporting*.properties}. */
public enum ReportingError implements ErrorCode {
  REPORTING_DATE_IN_FUTURE(ErrorKind.RULE_VIOLATION),
  REPORTING_DATE_OUT_OF_RANGE(ErrorKind.INVALID),
  REPORTING_INVALID_PERIOD(ErrorKind.INVALID),
  REPORTING_INVALID_GROUPING(ErrorKind.INVALID),
  REPORTING_INVALID_BASIS(ErrorKind.INVALID),
  REPORTING_INVALID_GROUP_KEY(ErrorKind.INVALID),
  REPORTING_INVALID_BUCKET(ErrorKind.INVALID),
  REPORTING_UNSUPPORTED_FORMAT(ErrorKind.INVALID),
  REPORTING_UNSUPPORTED_LANGUAGE(ErrorKind.INVALID),
  REPORTING_EXPORT_TOO_LARGE(ErrorKind.TOO_LARGE),
  REPORTING_COMPANY_REQUIRED(ErrorKind.INVALID),
  REPORTING_INVALID_MONTH(ErrorKind.INVALID),
  REPORTING_INVALID_MONTHS(ErrorKind.INVALID),
  REPORTING_TARGET_NOT_POSITIVE(ErrorKind.INVALID),
  REPORTING_TARGET_CURRENCY(ErrorKind.RULE_VIOLATION),
  REPORTING_TARGET_NOT_FOUND(ErrorKind.NOT_FOUND);

  private final ErrorKind kind;

  ReportingError(ErrorKind kind) {
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
