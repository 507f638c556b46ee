package org.openar.reporting.app;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.openar.ledger.AccountStatement;
import org.openar.ledger.ItemType;
import org.openar.shared.i18n.I18nConfig;
import org.openar.shared.i18n.Messages;
import org.openar.shared.money.Money;

/** Texts and number formats of one statement in one language, already HTML-safe where it returns markup. */
final class StatementText {

  private final Messages messages;
  private final Locale locale;

  StatementText(Messages messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }

  boolean chinese() {
    return I18nConfig.ZH_CN.equals(locale);
  }

  String get(String key, Object... args) {
    return messages.get(locale, key, args);
  }

  /** 1,234.50 with the currency's decimals; negative with a minus sign. Digits only, so it needs no escaping. */
  String money(Money m) {
    if (m == null) {
      return "";
    }
    int digits = m.currency().minorDigits();
    DecimalFormat f = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
        DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    f.setParseBigDecimal(true);
    return f.format(m.amount());
  }

  /** What a customer reads for a line: "Invoice", "Payment received", "Payment PMT-7 returned", ... */
  String describe(AccountStatement.Line l) {
    return switch (l.type()) {
      case REVERSAL -> get("statement.reversed." + (l.reversedType() == null ? "OTHER" : l.reversedType().name()),
          l.reversedDocumentNumber() == null ? "" : l.reversedDocumentNumber());
      case DISCOUNT, WRITE_OFF -> get("statement.line." + l.type().name(), l.documentNumber());
      default -> kind(l.type());
    };
  }

  String kind(ItemType type) {
    return get("statement.kind." + type.name());
  }

  static String document(String number, Integer installment) {
    return installment == null ? number : number + " #" + installment;
  }
}
