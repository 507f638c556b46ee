package org.openar.cashapp.statement;

import org.openar.cashapp.CashappError;
import org.openar.shared.error.OpenArException;

/**
 * A statement file that cannot be imported. Always names the file, the place (line and column, XML element path, BAI2
 * record, MT940 tag) and the reason, so the person who uploaded it can find the fault; nothing of such a file is
 * posted.
 */
public class StatementException extends OpenArException {

  private final String source;
  private final String place;
  private final String reason;

  public StatementException(String source, String place, String reason) {
    super(CashappError.CASHAPP_STATEMENT_INVALID, source, place, reason);
    this.source = source;
    this.place = place;
    this.reason = reason;
  }

  public String source() {
    return source;
  }

  public String place() {
    return place;
  }

  public String reason() {
    return reason;
  }

  @Override
  public String getMessage() {
    return source + ", " + place + ": " + reason;
  }
}
