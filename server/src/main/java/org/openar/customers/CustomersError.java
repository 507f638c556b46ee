package org.openar.customers;

import org.openar.shared.error.ErrorCode;
import org.openar.shared.error.ErrorKind;

public enum CustomersError implements ErrorCode {
  CUSTOMERS_COMPANY_NOT_FOUND(ErrorKind.NOT_FOUND),
  CUSTOMERS_COMPANY_CODE_TAKEN(ErrorKind.CONFLICT),
  CUSTOMERS_CUSTOMER_NOT_FOUND(ErrorKind.NOT_FOUND),
  CUSTOMERS_CODE_TAKEN(ErrorKind.CONFLICT),
  CUSTOMERS_NAME_REQUIRED(ErrorKind.INVALID),
  CUSTOMERS_INVALID_CODE(ErrorKind.INVALID),
  CUSTOMERS_INVALID_TAX_ID(ErrorKind.INVALID),
  CUSTOMERS_INVALID_TERMS(ErrorKind.INVALID),
  CUSTOMERS_INVALID_TIME_ZONE(ErrorKind.INVALID),
  CUSTOMERS_STALE_VERSION(ErrorKind.CONFLICT);

  private final ErrorKind kind;

  CustomersError(ErrorKind kind) {
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
