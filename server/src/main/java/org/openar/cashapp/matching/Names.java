package org.openar.cashapp.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Payer and customer names to comparable form: full-width to ASCII (NFKC), German umlauts transliterated (Müller and
 * Mueller agree), other accents dropped, upper case, punctuation to spaces, and legal forms removed from the end
 * (有限公司, 股份有限公司, Co., Ltd., GmbH & Co. KG, Inc., LLC, S.A. ...), so that the name itself is compared.
 */
final class Names {

  private static final String[] CJK_SUFFIXES = {"股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "分公司", "公司"};
  private static final Set<String> LEGAL_TOKENS = Set.of("CO", "LTD", "LIMITED", "COMPANY", "GMBH", "AG", "KG",
      "INC", "INCORPORATED", "LLC", "CORP", "CORPORATION", "SA", "SAS", "SARL", "BV", "NV", "PLC", "SRL", "SPA",
      "PTE", "PTY", "OY", "AB", "KK", "LLP", "LP", "OHG", "EK", "UG", "MBH", "SE", "SL", "AS", "ZRT", "KFT", "SRO");

  private Names() {}

  /** Comparable form without legal forms; "" for a name that is only a legal form or empty. */
  static String core(String name) {
    String s = plain(name);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String suffix : CJK_SUFFIXES) {
        if (s.endsWith(suffix) && s.length() > suffix.length()) {
          s = s.substring(0, s.length() - suffix.length()).strip();
          changed = true;
        }
      }
      int space = s.lastIndexOf(' ');
      if (space > 0 && LEGAL_TOKENS.contains(s.substring(space + 1))) {
        s = s.substring(0, space);
        changed = true;
      }
    }
    return s;
  }

  /** Comparable form keeping legal forms (to recognise a name cut off at 35 or 140 characters). */
  static String plain(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "AE").replace("Ö", "OE")
        .replace("Ü", "UE").replace("ß", "SS");
    s = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (isCjk(c) && !space && !sb.isEmpty() && !isCjk(sb.charAt(sb.length() - 1))) {
          sb.append(' ');
        }
        sb.append(Character.toUpperCase(c));
        space = false;
      } else if (!space && c != '\'' && c != '\u2019') {
        sb.append(' ');
        space = true;
      }
    }
    return sb.toString().strip();
  }

  /** Index terms: words of three or more letters, and overlapping character pairs of Chinese text. */
  static List<String> terms(String core) {
    List<String> out = new ArrayList<>();
    for (String w : core.split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      if (isCjk(w.charAt(0))) {
        for (int i = 0; i + 1 < w.length(); i++) {
          out.add(w.substring(i, i + 2));
        }
        if (w.length() == 1) {
          out.add(w);
        }
      } else if (w.length() >= 3 || w.chars().allMatch(Character::isDigit) && w.length() >= 2) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Similarity in [0, 1]: Dice coefficient of character bigrams (Chinese) or trigrams (Latin) of the core names; a
   * payer name that is a cut-off prefix of the customer's full name (banks truncate at 35 or 140 characters) counts
   * as 0.97.
   */
  static double similarity(String payerCore, String payerPlain, String customerCore, String customerPlain) {
    if (payerCore.isEmpty() || customerCore.isEmpty()) {
      return 0;
    }
    if (payerCore.equals(customerCore)) {
      return 1.0;
    }
    if (payerPlain.length() >= 20 && customerPlain.length() > payerPlain.length()
        && customerPlain.startsWith(payerPlain)) {
      return 0.97;
    }
    double d = dice(payerCore, customerCore);
    // 华信贸易 for 上海华信贸易: Chinese payers often drop the city; a long enough inner part is nearly as good
    if (payerCore.length() >= 4 && isCjk(payerCore.charAt(0)) && customerCore.contains(payerCore)) {
      return Math.max(d, 0.92);
    }
    return d;
  }

  static double dice(String a, String b) {
    int n = isCjk(a.charAt(0)) || isCjk(b.charAt(0)) ? 2 : 3;
    List<String> ga = grams(a, n);
    List<String> gb = grams(b, n);
    if (ga.isEmpty() || gb.isEmpty()) {
      return 0;
    }
    List<String> rest = new ArrayList<>(gb);
    int common = 0;
    for (String g : ga) {
      if (rest.remove(g)) {
        common++;
      }
    }
    return 2.0 * common / (ga.size() + gb.size());
  }

  private static List<String> grams(String s, int n) {
    String p = n == 3 ? " " + s + " " : s;
    List<String> out = new ArrayList<>(p.length());
    for (int i = 0; i + n <= p.length(); i++) {
      out.add(p.substring(i, i + n));
    }
    if (out.isEmpty()) {
      out.add(p);
    }
    return out;
  }

  static boolean isCjk(char c) {
    return c >= '\u3400' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff';
  }
}
