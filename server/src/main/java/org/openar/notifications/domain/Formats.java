package org.openar.notifications.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openar.notifications.VariableType;
import org.openar.shared.money.Money;

/**
 * How values print per language. zh-CN: "¥12,345.60", "2026年3月1日"; en: "CNY 12,345.60", "1 Mar 2026". Formatters
 * name the form: {@code money} (with currency), {@code amount} (digits only), {@code date}, {@code isodate},
 * {@code number}. Without a formatter a value prints in its type's default form.
 */
public final class Formats {

  /** Which formatter applies to which variable type. */
  public static final Map<String, Set<VariableType>> FORMATTERS = Map.of(
      "money", Set.of(VariableType.MONEY),
      "amount", Set.of(VariableType.MONEY),
      "date", Set.of(VariableType.DATE),
      "isodate", Set.of(VariableType.DATE),
      "number", Set.of(VariableType.NUMBER));

  private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.SIMPLIFIED_CHINESE);
  private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final Map<String, String> ZH_SYMBOLS = Map.of("CNY", "¥");

  private Formats() {}

  public static String format(Object value, String formatter, boolean chinese) {
    if (value == null) {
      return "";
    }
    if (value instanceof Money m) {
      return "amount".equals(formatter) ? digits(m.amount(), m.currency().minorDigits()) : money(m, chinese);
    }
    if (value instanceof LocalDate d) {
      return "isodate".equals(formatter) ? d.toString() : (chinese ? ZH_DATE : EN_DATE).format(d);
    }
    if (value instanceof BigDecimal n) {
      return digits(n, Math.max(0, n.stripTrailingZeros().scale()));
    }
    if (value instanceof Boolean b) {
      return chinese ? (b ? "是" : "否") : (b ? "yes" : "no");
    }
    return value.toString();
  }

  public static String money(Money m, boolean chinese) {
    String digits = digits(m.amount().abs(), m.currency().minorDigits());
    String sign = m.isNegative() ? "-" : "";
    String symbol = chinese ? ZH_SYMBOLS.get(m.currency().code()) : null;
    return symbol != null ? sign + symbol + digits : sign + m.currency().code() + " " + digits;
  }

  private static String digits(BigDecimal n, int scale) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMinimumFractionDigits(scale);
    f.setMaximumFractionDigits(scale);
    f.setParseBigDecimal(true);
    return f.format(n);
  }
}
