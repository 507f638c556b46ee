package org.openar.cashapp.offline;

import org.openar.cashapp.CashappError;
import org.openar.shared.error.OpenArException;

/** A bad cell in C.csv, I.csv or T.csv: names the file, the line (header = line 1) and the column. */
public class InputException extends OpenArException {

  private final String text;

  public InputException(String file, long line, String column, String reason) {
    super(CashappError.CASHAPP_INPUT_INVALID, file, line, column, reason);
    this.text = file + ", line " + line + ", column " + column + ": " + reason;
  }

  @Override
  public String getMessage() {
    return text;
  }
}
