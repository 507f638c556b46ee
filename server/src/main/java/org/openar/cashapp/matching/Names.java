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
    return coreOfPlain(plain(name));
  }

  /** {@link #core} of a name already in {@link #plain} form. */
  static String coreOfPlain(String plain) {
    String s = plain;
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

  /** Lengths at which banks cut the payer's name (SWIFT lines of 35 characters, camt.053's 140). */
  private static final int[] CUTS = {35, 70, 140};

  /**
   * Whether {@code name} has the length of a bank's cut, so that its last word may be a fragment ("GMBH & CO. K",
   * "CO., LT").
   */
  static boolean mayBeCut(String name) {
    for (int cut : CUTS) {
      if (name.length() == cut) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #plain} of a name cut at a bank's field length without a trailing fragment of a legal form ("K" of "KG",
   * "LT" of "LTD"), so that the legal form before it is recognised and removed from the core; other plain forms are
   * returned as they are.
   */
  static String withoutCutLegalForm(String plain) {
    int space = plain.lastIndexOf(' ');
    if (space <= 0) {
      return plain;
    }
    String last = plain.substring(space + 1);
    for (String t : LEGAL_TOKENS) {
      if (t.length() > last.length() && t.startsWith(last)) {
        return plain.substring(0, space);
      }
    }
    return plain;
  }

  /** Comparable form keeping legal forms (to recognise a name cut off at 35 or 140 characters). */
  static String plain(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    // ASCII is already in NFKC and NFD and has no umlauts: skip the normalisers, which cost more than the rest
    String s = isAscii(name) ? name : decomposed(name);
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

  private static String decomposed(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "AE").replace("Ö", "OE")
        .replace("Ü", "UE").replace("ß", "SS");
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
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
    return similarity(NameKey.of(payerCore, payerPlain), NameKey.of(customerCore, customerPlain));
  }

  static double similarity(NameKey payer, NameKey customer) {
    String payerCore = payer.core;
    String customerCore = customer.core;
    if (payerCore.isEmpty() || customerCore.isEmpty()) {
      return 0;
    }
    if (payerCore.equals(customerCore)) {
      return 1.0;
    }
    if (payer.plain.length() >= 20 && customer.plain.length() > payer.plain.length()
        && customer.plain.startsWith(payer.plain)) {
      return 0.97;
    }
    double d = dice(payer, customer);
    // 华信贸易 for 上海华信贸易: Chinese payers often drop the city; a long enough inner part is nearly as good
    if (payerCore.length() >= 4 && payer.startsCjk() && customerCore.contains(payerCore)) {
      return Math.max(d, 0.92);
    }
    return d;
  }

  /** Dice coefficient of character bigrams (when either name starts in Chinese) or padded trigrams. */
  static double dice(NameKey a, NameKey b) {
    int n = a.startsCjk() || b.startsCjk() ? 2 : 3;
    long[] ga = a.grams(n);
    long[] gb = b.grams(n);
    return 2.0 * NameKey.common(ga, gb) / (ga.length + gb.length);
  }

  static boolean isCjk(char c) {
    return c >= '\u3400' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff';
  }
}
