package org.openar.cashapp.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * A mistyped reference seen from the amount: the invoices the receipt pays exactly (open amount, or net of a discount
 * whose window is open) whose numbers are one edit away from a reference in the text. A one-character slip often
 * yields the number of another, real invoice; the amount then tells which invoice was meant, whoever paid. Found
 * through the amount index, so it costs one lookup per receipt, not a search of every number one edit away.
 */
final class NearbyReferences {

  /** More invoices than this of one amount (a round sum) are not checked: the amount then says too little. */
  private static final int MAX_SAME_AMOUNT = 200;

  private final ItemTable items;

  NearbyReferences(ItemTable items) {
    this.items = items;
  }

  /** Typo hits on items the amount pays exactly, except items already hit by {@code refs}. */
  List<RefHit> find(Query q, List<String> tokens, List<RefHit> refs) {
    List<RefHit> out = new ArrayList<>(1);
    if (tokens.isEmpty() || q.currency < 0 || paysAReference(q, refs)) {
      return out;
    }
    int[] found = q.scratch.paid;
    int n = items.paidExactly(q.currency, q.amount, q.day, MAX_SAME_AMOUNT, found);
    for (int k = 0; k < n && n <= MAX_SAME_AMOUNT; k++) {
      int item = found[k];
      if (hit(refs, item) || hit(out, item)) {
        continue;
      }
      String t = oneEditAway(tokens, item);
      if (t != null) {
        out.add(new RefHit(item, RefHit.TYPO, RefResolver.W_TYPO, t));
      }
    }
    return out;
  }

  /** The token (a full form) one edit from the item's full form or bare form, or null. */
  String oneEditAway(List<String> tokens, int item) {
    for (String t : tokens) {
      if (items.fullForms.oneEditFrom(t, InvoiceKeys.bare(t), item)) {
        return t;
      }
    }
    return null;
  }

  /** A referenced invoice the amount pays exactly: there is no typo to look for (the common case, one check). */
  private boolean paysAReference(Query q, List<RefHit> refs) {
    for (RefHit h : refs) {
      int i = h.item();
      if (items.currency[i] == q.currency && (items.openMinor[i] == q.amount
          || items.openMinor[i] - items.discountOn(i, q.day) == q.amount)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hit(List<RefHit> hits, int item) {
    for (RefHit h : hits) {
      if (h.item() == item) {
        return true;
      }
    }
    return false;
  }
}
