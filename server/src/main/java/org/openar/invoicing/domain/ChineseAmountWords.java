package org.openar.invoicing.domain;

import org.openar.shared.money.Money;

/**
 * An amount in Chinese financial capitals (大写金额), as printed on VAT invoices next to the total (价税合计): 12,345.67 is
 * 壹万贰仟叁佰肆拾伍元陆角柒分, 100,005.00 is 壹拾万零伍元整. Only for currencies with two minor digits (元, 角, 分).
 */
public final class ChineseAmountWords {

  private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String[] UNITS = {"", "拾", "佰", "仟"};
  private static final int[] POWERS = {1, 10, 100, 1000};
  private static final long WAN = 10_000L;
  private static final long YI = 100_000_000L;

  private ChineseAmountWords() {}

  public static boolean applies(Money amount) {
    return amount.currency().minorDigits() == 2;
  }

  public static String of(Money amount) {
    if (!applies(amount)) {
      throw new IllegalArgumentException("capitals need a currency with two minor digits: " + amount.currency());
    }
    long minor = Math.abs(amount.minor());
    long yuan = minor / 100;
    int jiao = (int) (minor / 10 % 10);
    int fen = (int) (minor % 10);
    StringBuilder sb = new StringBuilder(amount.isNegative() ? "负" : "");
    if (yuan > 0) {
      sb.append(integer(yuan)).append('元');
    }
    if (jiao == 0 && fen == 0) {
      return sb.append(yuan == 0 ? "零元整" : "整").toString();
    }
    if (jiao > 0) {
      sb.append(DIGITS.charAt(jiao)).append('角');
    } else if (yuan > 0) {
      sb.append('零');
    }
    if (fen > 0) {
      sb.append(DIGITS.charAt(fen)).append('分');
    }
    return sb.toString();
  }

  /** A positive integer: 亿 and 万 split it into groups, a gap of zeros before a non-zero group reads 零 once. */
  static String integer(long n) {
    if (n >= YI) {
      return join(integer(n / YI), "亿", n % YI, YI / 10);
    }
    if (n >= WAN) {
      return join(fourDigits((int) (n / WAN)), "万", n % WAN, WAN / 10);
    }
    return fourDigits((int) n);
  }

  private static String join(String high, String unit, long low, long leadingDigit) {
    if (low == 0) {
      return high + unit;
    }
    return high + unit + (low < leadingDigit ? "零" : "") + integer(low);
  }

  private static String fourDigits(int n) {
    StringBuilder sb = new StringBuilder();
    boolean zero = false;
    for (int pos = 3; pos >= 0; pos--) {
      int d = n / POWERS[pos] % 10;
      if (d == 0) {
        zero = sb.length() > 0;
      } else {
        if (zero) {
          sb.append('零');
          zero = false;
        }
        sb.append(DIGITS.charAt(d)).append(UNITS[pos]);
      }
    }
    return sb.toString();
  }
}
