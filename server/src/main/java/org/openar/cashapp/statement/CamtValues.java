package org.openar.cashapp.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** Amounts and dates as camt writes them, with errors that name the element and its line. */
final class CamtValues {

  private CamtValues() {}

  /** {@code <Amt Ccy="EUR">12.50</Amt>} and {@code <CdtDbtInd>} under {@code n}, signed (debit negative). */
  static Money signedAmount(String source, XmlNode n, String where) {
    Money m = amount(source, n.child("Amt"), where + "/Amt");
    String ind = n.text("CdtDbtInd");
    if (ind == null) {
      throw new StatementException(source, "line " + n.line + ", element " + where, "CdtDbtInd (credit or debit) is missing");
    }
    return switch (ind) {
      case "CRDT" -> m;
      case "DBIT" -> m.negate();
      default -> throw new StatementException(source, "line " + n.line + ", element " + where + "/CdtDbtInd",
          "'" + ind + "' is neither CRDT nor DBIT");
    };
  }

  static Money amount(String source, XmlNode amt, String where) {
    if (amt == null) {
      throw new StatementException(source, "element " + where, "the amount is missing");
    }
    String place = "line " + amt.line + ", element " + where;
    BigDecimal value = Texts.decimal(amt.value());
    if (value == null || amt.value().contains(",")) {
      throw new StatementException(source, place, "'" + amt.value() + "' is not an amount");
    }
    String ccy = amt.attributes.get("Ccy");
    if (ccy == null) {
      throw new StatementException(source, place, "the currency attribute Ccy is missing");
    }
    try {
      return Money.of(value, CurrencyCode.of(ccy));
    } catch (OpenArException e) {
      throw new StatementException(source, place, "'" + value.toPlainString() + " " + ccy
          + "' is not a valid amount in that currency");
    }
  }

  /** A date from either of two children ({@code DtTm} or {@code Dt}); null when the node or both are absent. */
  static LocalDate date(String source, XmlNode n, String dateTimeChild, String dateChild) {
    if (n == null) {
      return null;
    }
    String dt = n.text(dateTimeChild);
    String d = n.text(dateChild);
    String text = d != null ? d : dt;
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      XmlNode at = n.at(d != null ? dateChild : dateTimeChild);
      throw new StatementException(source, "line " + at.line + ", element " + n.name + "/" + at.name,
          "'" + text + "' is not a date");
    }
  }
}
