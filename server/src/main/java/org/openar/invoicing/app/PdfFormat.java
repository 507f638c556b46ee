package org.openar.invoicing.app;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openar.shared.i18n.I18nConfig;
import org.openar.shared.i18n.Locales;
import org.openar.shared.i18n.Messages;
import org.openar.shared.money.Money;
import org.openar.shared.pdf.Html;

/** Labels, numbers and dates of one document in one language, already HTML-escaped. */
final class PdfFormat {

  private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
  private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final Messages messages;
  final Locale locale;
  final boolean chinese;

  PdfFormat(Messages messages, Locale locale) {
    this.messages = messages;
    this.locale = Locales.normalize(locale);
    this.chinese = this.locale.equals(I18nConfig.ZH_CN);
  }

  /** A translated label of the invoicing bundle, escaped. */
  String t(String key, Object... args) {
    return Html.escape(messages.get(locale, "invoicing.pdf." + key, args));
  }

  String label(String group, Enum<?> value) {
    return Html.escape(messages.get(locale, "invoicing." + group + "." + value.name()));
  }

  static String esc(String s) {
    return Html.escape(s);
  }

  String date(LocalDate d) {
    return d == null ? "" : (chinese ? ZH_DATE : EN_DATE).format(d);
  }

  /** 1,234.50: grouped, with the currency's digits (the currency stands in the column header). */
  String amount(Money m) {
    if (m == null) {
      return "";
    }
    return decimal(m.amount(), m.currency().minorDigits(), m.currency().minorDigits());
  }

  /** 1,234.5: grouped, trailing zeros dropped beyond {@code minDigits}. */
  String decimal(BigDecimal value, int minDigits, int maxDigits) {
    if (value == null) {
      return "";
    }
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMinimumFractionDigits(minDigits);
    f.setMaximumFractionDigits(maxDigits);
    f.setRoundingMode(java.math.RoundingMode.UNNECESSARY);
    return f.format(value);
  }

  String percent(BigDecimal p) {
    return p == null ? "" : decimal(p, 0, 4) + "%";
  }
}
