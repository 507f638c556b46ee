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
  CASHAPP_INPUT_INVALID(ErrorKind.INVALID),
  /** {0} file: nothing in it. */
  CASHAPP_FILE_EMPTY(ErrorKind.INVALID),
  /** {0} file: a CSV/xlsx statement that names no account, and none was chosen. */
  CASHAPP_ACCOUNT_REQUIRED(ErrorKind.INVALID),
  /** {0} the account in the file, {1} the account chosen for the import. */
  CASHAPP_ACCOUNT_MISMATCH(ErrorKind.RULE_VIOLATION),
  /** {0} the account, {1} the company the import was for (a company's watched folder). */
  CASHAPP_ACCOUNT_OF_OTHER_COMPANY(ErrorKind.RULE_VIOLATION),
  /** {0} the account: deactivated, so no statements are imported for it. */
  CASHAPP_BANK_ACCOUNT_INACTIVE(ErrorKind.RULE_VIOLATION),
  /** {0} the account, {1} the statement currency, {2} the account currency. */
  CASHAPP_CURRENCY_NOT_ACCEPTED(ErrorKind.RULE_VIOLATION),
  /** {0} id. */
  CASHAPP_BANK_ACCOUNT_NOT_FOUND(ErrorKind.NOT_FOUND),
  /** {0} account number, {1} code of the company that has it. */
  CASHAPP_BANK_ACCOUNT_TAKEN(ErrorKind.CONFLICT),
  /** {0} account number: not 4 to 64 letters and digits. */
  CASHAPP_BANK_ACCOUNT_INVALID(ErrorKind.INVALID),
  /** {0} account number: looks like an IBAN, but its length or check digits are wrong. */
  CASHAPP_IBAN_INVALID(ErrorKind.INVALID),
  /** {0} account number, {1} number of statements imported for it. */
  CASHAPP_BANK_ACCOUNT_IN_USE(ErrorKind.CONFLICT),
  /** {0} what is wrong with the column mapping. */
  CASHAPP_INVALID_MAPPING(ErrorKind.INVALID),
  /** {0} the stale version sent, {1} the current one. */
  CASHAPP_STALE_VERSION(ErrorKind.CONFLICT),
  /** {0} id. */
  CASHAPP_STATEMENT_NOT_FOUND(ErrorKind.NOT_FOUND),
  /** {0} id. */
  CASHAPP_LINE_NOT_FOUND(ErrorKind.NOT_FOUND),
  /** {0} line reference, {1} its status: it left the queue (posted, on account, not AR) meanwhile. */
  CASHAPP_LINE_RESOLVED(ErrorKind.CONFLICT),
  /** {0} line reference: it waits in the queue, there is nothing to undo. */
  CASHAPP_LINE_NOT_RESOLVED(ErrorKind.CONFLICT),
  /** {0} line reference, {1} its status: a debit, or an entry imported before. */
  CASHAPP_NOT_A_RECEIPT(ErrorKind.RULE_VIOLATION),
  /** {0} line reference: someone else is working on it right now. */
  CASHAPP_LINE_BUSY(ErrorKind.CONFLICT),
  /** {0} the index asked for, {1} how many suggestions the line has. */
  CASHAPP_NO_SUCH_SUGGESTION(ErrorKind.INVALID),
  /** {0} line reference, {1} why (another currency, an item no longer open). */
  CASHAPP_SUGGESTION_NOT_POSTABLE(ErrorKind.RULE_VIOLATION),
  /** {0} document number: not an open invoice, fee or interest item. */
  CASHAPP_ITEM_NOT_OPEN(ErrorKind.RULE_VIOLATION),
  /** {0} document number, {1} its currency, {2} the line's currency. */
  CASHAPP_ITEM_CURRENCY(ErrorKind.RULE_VIOLATION),
  /** {0} document number: it belongs to another company. */
  CASHAPP_ITEM_OTHER_COMPANY(ErrorKind.RULE_VIOLATION),
  /** {0} document number: listed twice. */
  CASHAPP_DUPLICATE_ITEM(ErrorKind.INVALID),
  /** {0} document number, {1} amount applied with discount and write-off, {2} its open amount. */
  CASHAPP_EXCEEDS_OPEN(ErrorKind.RULE_VIOLATION),
  /** {0} total applied, {1} the line amount. */
  CASHAPP_EXCEEDS_LINE(ErrorKind.RULE_VIOLATION),
  /** {0} amount, {1} largest write-off allowed for it. */
  CASHAPP_WRITE_OFF_TOO_LARGE(ErrorKind.RULE_VIOLATION),
  /** {0} customer id: not a customer of the line's company. */
  CASHAPP_CUSTOMER_NOT_FOUND(ErrorKind.RULE_VIOLATION),
  /** {0} document number, {1} discount the plan expected, {2} discount the ledger would earn. */
  CASHAPP_DISCOUNT_DIFFERS(ErrorKind.RULE_VIOLATION),
  /** {0} company id: no such company. */
  CASHAPP_UNKNOWN_COMPANY(ErrorKind.RULE_VIOLATION),
  /** Amount filters need the currency they are in. */
  CASHAPP_AMOUNT_FILTER_NEEDS_CURRENCY(ErrorKind.INVALID),
  /** A reason is required for this action. */
  CASHAPP_REASON_REQUIRED(ErrorKind.INVALID),
  /** {0} field, {1} the largest length. */
  CASHAPP_TEXT_TOO_LONG(ErrorKind.INVALID);

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
