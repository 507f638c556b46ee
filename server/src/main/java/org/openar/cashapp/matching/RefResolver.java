package org.openar.cashapp.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

  List<RefHit> resolve(Query q) {
    Receipt r = q.r;
    List<RefHit> best = new ArrayList<>();
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
          lookup(token, best, q);
        }
      }
    }
    return best;
  }

  private boolean structured(String token, List<RefHit> best) {
    // neither an RF reference nor a 27-digit QR reference: most tokens end here, and the check digits are computed
    // in a method of its own, which the JIT then compiles once instead of into every caller
    return (token.length() >= 27 || References.mayBeRf(token)) && checkedStructured(token, best);
  }

  private boolean checkedStructured(String token, List<RefHit> best) {
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

  private void lookup(String token, List<RefHit> best, Query q) {
    Query.Scratch s = q.scratch;
    char[] full = s.token(token.length());
    int len = InvoiceKeys.full(token, full);
    if (len >= 6 && digits(full, len) >= 4) {
      q.tokens.add(new String(full, 0, len)); // kept for the one-typo checks
    }
    long[] forms = s.forms;
    int n = FormHashes.of(token, full, len, forms);
    for (int f = 0; f < n; f++) {
      int found = find(forms[f], s.found);
      if (found > MAX_ITEMS_PER_TOKEN) {
        continue;
      }
      double ambiguity = found > 1 ? Math.log(found) : 0;
      for (int k = 0; k < found; k++) {
        int item = s.found[k];
        // the first form is the token's full form (a token too short for it has no forms at all)
        boolean exact = items.fullForms.equals(item, full, len);
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
    int[] out = new int[MAX_ITEMS_PER_TOKEN + 1];
    int n = find(LongIntMultiMap.hash(form), out);
    List<Integer> list = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      list.add(out[k]);
    }
    return list;
  }

  /** The distinct items under a form hash, up to {@code MAX_ITEMS_PER_TOKEN + 1} of them, into {@code out}. */
  private int find(long hash, int[] out) {
    int n = 0;
    for (int c = items.refs.first(hash); c >= 0 && n <= MAX_ITEMS_PER_TOKEN; c = items.refs.next(c)) {
      int item = items.refs.value(c);
      boolean seen = false;
      for (int k = 0; k < n && !seen; k++) {
        seen = out[k] == item;
      }
      if (!seen) {
        out[n++] = item;
      }
    }
    return n;
  }

  /**
   * One-typo matches of the unresolved tokens among a customer's items: the token against the item's {@code full}
   * form, or the token's {@code bare} form against the item's (six characters or more), both read from the item
   * table's stored full forms.
   */
  List<RefHit> typos(List<String> tokens, int[] customerItems) {
    List<RefHit> out = new ArrayList<>();
    if (tokens.isEmpty()) {
      return out;
    }
    String[] bareTokens = new String[tokens.size()];
    for (int k = 0; k < bareTokens.length; k++) {
      bareTokens[k] = InvoiceKeys.bare(tokens.get(k));
    }
    for (int item : customerItems) {
      for (int k = 0; k < bareTokens.length; k++) {
        String t = tokens.get(k);
        if (items.fullForms.oneEditFrom(t, bareTokens[k], item)) {
          out.add(new RefHit(item, RefHit.TYPO, W_TYPO, t));
          break;
        }
      }
    }
    return out;
  }

  /** One hit per item, the strongest, in the order items were first found (the order of the remittance text). */
  private static void keep(List<RefHit> best, RefHit h) {
    for (int k = 0; k < best.size(); k++) {
      if (best.get(k).item() == h.item()) {
        if (h.weight() > best.get(k).weight()) {
          best.set(k, h);
        }
        return;
      }
    }
    best.add(h);
  }

  private static int digits(char[] s, int len) {
    int n = 0;
    for (int i = 0; i < len; i++) {
      n += s[i] >= '0' && s[i] <= '9' ? 1 : 0;
    }
    return n;
  }
}
