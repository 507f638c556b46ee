package org.openar.cashapp.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the open items a receipt's references point to: structured references whose check digits hold (RF, QRR),
 * invoice numbers in any of their {@link InvoiceKeys} forms, and, among a given customer's items only, numbers one
 * character away (substitution, insertion, deletion or swap of neighbours).
 */
final class RefResolver {

  static final double W_STRUCTURED = 7.5;
  static final double W_EXACT = 6.0;
  static final double W_NORMALISED = 5.0;
  static final double W_TYPO = 2.5;
  private static final int MAX_ITEMS_PER_TOKEN = 20;

  private final ItemTable items;

  RefResolver(ItemTable items) {
    this.items = items;
  }

  List<RefHit> resolve(Receipt r) {
    Map<Integer, RefHit> best = new HashMap<>();
    Set<String> texts = new LinkedHashSet<>();
    for (String ref : r.references()) {
      if (!structured(ref, best)) {
        texts.add(ref);
      }
    }
    texts.add(r.remittance());
    texts.add(r.endToEndId());
    for (String text : texts) {
      for (String token : ReferenceTokens.candidates(text)) {
        if (!structured(token, best)) {
          lookup(token, best);
        }
      }
    }
    return new ArrayList<>(best.values());
  }

  /** Candidate tokens of the receipt that resolved to nothing, for the one-typo check against a customer's items. */
  static List<String> unresolvedTokens(Receipt r) {
    List<String> out = new ArrayList<>();
    for (String text : List.of(r.remittance(), r.endToEndId(), String.join(" ", r.references()))) {
      for (String t : ReferenceTokens.candidates(text)) {
        String full = InvoiceKeys.full(t);
        if (full.length() >= 6 && digits(full) >= 4) {
          out.add(full);
        }
      }
    }
    return out;
  }

  private boolean structured(String token, Map<Integer, RefHit> best) {
    String c = References.compact(token);
    String body;
    String kind;
    if (c.startsWith("RF") && References.isValidRf(c)) {
      body = References.rfBody(c);
      kind = "RF";
    } else if (c.length() == 27 && References.isValidQrr(c)) {
      body = References.qrrPayload(c);
      kind = "QRR";
    } else {
      return false;
    }
    for (String form : InvoiceKeys.forms(body)) {
      for (int item : find(form)) {
        keep(best, new RefHit(item, RefHit.STRUCTURED, W_STRUCTURED, kind + ":" + token));
      }
    }
    return true;
  }

  private void lookup(String token, Map<Integer, RefHit> best) {
    List<String> forms = InvoiceKeys.forms(token);
    for (String form : forms) {
      List<Integer> found = find(form);
      if (found.size() > MAX_ITEMS_PER_TOKEN) {
        continue;
      }
      double ambiguity = found.size() > 1 ? Math.log(found.size()) : 0;
      for (int item : found) {
        boolean exact = InvoiceKeys.full(items.number[item]).equals(forms.get(0));
        RefHit hit = exact ? new RefHit(item, RefHit.EXACT, W_EXACT - ambiguity, token)
            : new RefHit(item, RefHit.NORMALISED, W_NORMALISED - ambiguity, token);
        keep(best, hit);
      }
    }
  }

  /**
   * Items having {@code form} among their own forms. Keys are 64-bit hashes and hits are not re-verified: with three
   * million keys and ten million lookups a false hit has a probability of about one in a million per run, and it
   * would still have to agree with the amount and the payer to be posted.
   */
  private List<Integer> find(String form) {
    List<Integer> out = new ArrayList<>(1);
    long h = LongIntMultiMap.hash(form);
    for (int c = items.refs.first(h); c >= 0 && out.size() <= MAX_ITEMS_PER_TOKEN; c = items.refs.next(c)) {
      int item = items.refs.value(c);
      if (!out.contains(item)) {
        out.add(item);
      }
    }
    return out;
  }

  /**
   * One-typo matches of the unresolved tokens among a customer's items: the token against the item's {@code full}
   * form, or the token's {@code bare} form against the item's (six characters or more). An item's bare form is a
   * suffix of its full form, so both are read from one buffer without building strings.
   */
  List<RefHit> typos(List<String> tokens, int[] customerItems, Query.Scratch scratch) {
    List<RefHit> out = new ArrayList<>();
    if (tokens.isEmpty()) {
      return out;
    }
    String[] bareTokens = new String[tokens.size()];
    for (int k = 0; k < bareTokens.length; k++) {
      bareTokens[k] = InvoiceKeys.bare(tokens.get(k));
    }
    char[] buf = scratch.number;
    for (int item : customerItems) {
      String number = items.number[item];
      if (number.length() > buf.length) {
        buf = new char[number.length()];
      }
      int len = InvoiceKeys.full(number, buf);
      int bareStart = InvoiceKeys.bareStart(buf, len);
      int bareLen = len - bareStart;
      for (int k = 0; k < bareTokens.length; k++) {
        String t = tokens.get(k);
        if (Typos.withinOne(t, buf, 0, len) || bareLen >= 6 && Typos.withinOne(bareTokens[k], buf, bareStart, bareLen)) {
          out.add(new RefHit(item, RefHit.TYPO, W_TYPO, t));
          break;
        }
      }
    }
    return out;
  }

  private static void keep(Map<Integer, RefHit> best, RefHit h) {
    best.merge(h.item(), h, (a, b) -> a.weight() >= b.weight() ? a : b);
  }

  private static int digits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isDigit(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}
