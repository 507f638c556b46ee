package org.openar.cashapp.matching;

import java.util.ArrayList;
import java.util.List;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** Turns fits (minor units, item indexes) into proposals (money, invoice numbers, reasons with weights). */
final class ProposalFactory {

  private final ItemTable items;
  private final CustomerTable customers;
  private final java.util.Map<CurrencyCode, Money> zeros = new java.util.concurrent.ConcurrentHashMap<>();

  ProposalFactory(ItemTable items, CustomerTable customers) {
    this.items = items;
    this.customers = customers;
  }

  Proposal proposal(Receipt r, int c, Fit f, Reason payer, List<RefHit> refs, List<Reason> penalties) {
    List<Reason> reasons = new ArrayList<>();
    double score = CandidateSearch.PRIOR + payer.weight() + f.weight;
    reasons.add(payer);
    if (!refs.isEmpty()) {
      RefHit weakest = null;
      for (int item : f.items) {
        for (RefHit h : refs) {
          if (h.item() == item && (weakest == null || h.weight() < weakest.weight())) {
            weakest = h;
          }
        }
      }
      if (weakest != null) {
        score += weakest.weight();
        reasons.add(Reason.of(weakest.kind(), weakest.weight(), weakest.token(), items.number[weakest.item()]));
      }
    }
    reasons.add(explain(f, r));
    for (Reason p : penalties) {
      score += p.weight();
      reasons.add(p);
    }
    List<Allocation> allocations = new ArrayList<>(f.items.length);
    CurrencyCode rc = r.amount().currency();
    for (int k = 0; k < f.items.length; k++) {
      int i = f.items[k];
      Money open = items.src.open(i);
      CurrencyCode ic = open.currency();
      allocations.add(new Allocation(items.number[i], items.src.customerId(i), money(f.applied[k], rc),
          money(f.discount[k], ic), money(f.writeOff[k], ic), open));
    }
    String customerId = c >= 0 ? customers.id(c) : items.src.customerId(f.items[0]);
    return new Proposal(customerId, allocations, money(f.onAccount, rc), score, reasons);
  }

  /** Why the amount fits, in words: the reason code, the invoices and the amounts involved. */
  private Reason explain(Fit f, Receipt r) {
    String code = f.why.code;
    return switch (f.why) {
      case EXACT -> Reason.of(code, f.weight, names(f.items));
      case DISCOUNT -> Reason.of(code, f.weight, names(f.items), text(f.x, r),
          f.items.length == 1 ? String.valueOf(items.src.discountUntil(f.items[0])) : "");
      case FEE, OVERPAID -> f.why == Fit.Why.FEE ? Reason.of(code, f.weight, names(f.items), text(f.x, r))
          : Reason.of(code, f.weight, text(f.x, r));
      case PARTIAL -> Reason.of(code, f.weight, text(f.x, r), text(f.y, r));
      case FX -> Reason.of(code, f.weight, r.amount().currency().code(), f.rate.toPlainString(),
          f.converted.toPlainString() + " " + items.currencyCode(f.items[0]));
      case SUBSET -> Reason.of(code, f.weight, f.items.length, names(f.items));
    };
  }

  private String names(int[] set) {
    if (set.length == 1) {
      return items.number[set[0]];
    }
    StringBuilder sb = new StringBuilder();
    for (int i : set) {
      sb.append(sb.isEmpty() ? "" : ", ").append(items.number[i]);
    }
    return sb.toString();
  }

  /** An amount in the receipt's currency, e.g. "12.50 CNY". */
  private static String text(long minor, Receipt r) {
    return java.math.BigDecimal.valueOf(minor, r.amount().currency().minorDigits()).toPlainString() + " "
        + r.amount().currency().code();
  }

  /** Most discounts, write-offs and remainders are zero: one immutable zero per currency serves them all. */
  private Money money(long minor, CurrencyCode c) {
    return minor == 0 ? zeros.computeIfAbsent(c, Money::zero) : Money.ofMinor(minor, c);
  }

  Proposal onAccount(Receipt r, int c, double score, Reason payer) {
    return new Proposal(customers.id(c), List.of(), r.amount(), score,
        List.of(payer, Reason.of("NO_OPEN_ITEM", 0, customers.id(c))));
  }

  /** On account because the payer says the money is an advance ({@code phrase} found in the remittance). */
  Proposal advance(Receipt r, int c, double score, Reason payer, String phrase) {
    return new Proposal(customers.id(c), List.of(), r.amount(), score,
        List.of(payer, Reason.of("ADVANCE_STATED", 0, phrase, customers.id(c))));
  }
}
