package org.openar.cashapp.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the proposals for one receipt. Candidates come only from blocking lookups: the items its references name,
 * the customer owning the payer's account, customers whose name or alias resembles the payer's, and (when nothing
 * else) items of exactly the receipt's amount. Each proposal's score is a sum of log-odds weights, every one of them
 * recorded as a {@link Reason}.
 */
final class CandidateSearch {

  static final double PRIOR = -2.0;
  static final double W_ON_ACCOUNT = -2.0;
  static final double W_UNEXPLAINED_REFERENCE = -2.5;
  static final double W_NEIGHBOUR_FITS = -2.5;
  static final double W_SUM_ONLY = 2.0;
  /**
   * A fit found by amount alone when the payer wrote that the money is an advance: the payer's own word outweighs an
   * amount that happens to fit (even an exact one, 3.5), so such a fit is at most a suggestion below putting the money
   * on account.
   */
  static final double W_ADVANCE_STATED = -4.0;

  private final ItemTable items;
  private final PayerEvidence payers;
  private final RefResolver resolver;
  private final NearbyReferences nearby;
  private final AmountFitter fitter;
  private final OpenItemFitter openItems;
  private final ProposalFactory factory;
  private final CustomerTable customers;

  CandidateSearch(ItemTable items, CustomerTable customers, MatchSettings settings, FxRates fx) {
    this.items = items;
    this.payers = new PayerEvidence(customers);
    this.resolver = new RefResolver(items);
    this.nearby = new NearbyReferences(items);
    this.fitter = new AmountFitter(items, settings, fx);
    this.openItems = new OpenItemFitter(items, settings, fitter);
    this.factory = new ProposalFactory(items, customers);
    this.customers = customers;
  }

  /** What one receipt's references, amount and payer make of it. */
  private record Evidence(List<RefHit> refs, List<RefHit> nearby, List<RefHit> all, List<String> tokens) {}

  List<Proposal> proposals(Query q) {
    List<RefHit> refs = resolver.resolve(q);
    List<String> tokens = q.tokens;
    List<RefHit> near = nearby.find(q, tokens, refs);
    List<RefHit> all = near.isEmpty() ? refs : concat(refs, near);
    Evidence ev = new Evidence(refs, near, all, tokens);
    Map<Integer, Reason> payer = payers.of(q, settledByReference(q, refs));
    int strong = PayerEvidence.strongPayer(payer);
    int strongCustomer = strong;
    List<Proposal> strongOnes = null;
    if (strong >= 0 && pointsElsewhere(all, strong)) {
      // a payer who is clearly someone else counts against the referenced customer only when the payer's own
      // open items explain the payment; otherwise it is an ordinary third-party payment
      strongOnes = new ArrayList<>();
      customerProposals(q, strong, payer.get(strong), ev, strongOnes);
      strong = strongOnes.stream().anyMatch(Proposal::hasAllocations) ? strong : -1;
    }
    for (RefHit h : all) {
      int c = items.customer[h.item()];
      if (c >= 0 && !payer.containsKey(c)) {
        payer.put(c, payers.forReferenced(q, c, strong));
      }
    }
    List<Proposal> out = new ArrayList<>();
    for (Map.Entry<Integer, Reason> e : payer.entrySet()) {
      if (strongOnes != null && e.getKey() == strongCustomer) {
        out.addAll(strongOnes);
      } else {
        customerProposals(q, e.getKey(), e.getValue(), ev, out);
      }
    }
    if (payer.isEmpty()) {
      amountOnly(q, out);
    }
    return out;
  }

  private void customerProposals(Query q, int c, Reason payer, Evidence ev, List<Proposal> out) {
    List<RefHit> mine = ofCustomer(ev.all, c);
    if (mine.isEmpty() && payer.weight() > 0) {
      mine = resolver.typos(ev.tokens, items.byCustomer[c]);
    }
    int before = out.size();
    double best = Double.NEGATIVE_INFINITY;
    if (!mine.isEmpty()) {
      best = referenced(q, c, payer, mine, ev, out);
    }
    String advance = mine.isEmpty() ? q.advance() : null;
    if (mine.isEmpty() || best < AmountFitter.W_BANK_CHARGE) {
      // a combination of open items found by amount still has the references of the items it includes
      for (Fit f : openItems.fits(c, q, !mine.isEmpty() || !ev.all.isEmpty())) {
        List<Reason> against = penalties(f, mine, ev);
        if (advance != null) {
          against = new ArrayList<>(against);
          against.add(Reason.of("ADVANCE_STATED", W_ADVANCE_STATED, advance, customers.id(c)));
        }
        out.add(factory.proposal(q.r, c, f, payer, mine, against));
      }
    }
    if (advance != null) {
      // the payer says what the money is for: on account is the natural reading, not a weak fallback
      out.add(factory.advance(q.r, c, PRIOR + payer.weight(), payer, advance));
    } else if (out.size() == before) {
      out.add(factory.onAccount(q.r, c, PRIOR + payer.weight() + W_ON_ACCOUNT, payer));
    }
  }

  private double referenced(Query q, int c, Reason payer, List<RefHit> mine, Evidence ev, List<Proposal> out) {
    int[] set = new int[mine.size()];
    for (int k = 0; k < set.length; k++) {
      set[k] = mine.get(k).item();
    }
    items.sortByDue(set);
    Optional<Fit> fit = fitter.fit(set, q);
    if (fit.isEmpty()) {
      return Double.NEGATIVE_INFINITY;
    }
    Fit f = fit.get();
    if (set.length > 1 && f.weight < AmountFitter.W_BANK_CHARGE) {
      f = subsetOfReferenced(set, q).orElse(f);
    }
    out.add(factory.proposal(q.r, c, f, payer, mine, penalties(f, mine, ev)));
    return f.weight;
  }

  /** A payer who names three invoices but pays two: the exact sub-combination, if there is exactly one. */
  private Optional<Fit> subsetOfReferenced(int[] set, Query q) {
    long[] amounts = new long[set.length];
    for (int k = 0; k < set.length; k++) {
      amounts[k] = items.openMinor[set[k]];
    }
    SubsetSum.Result res = SubsetSum.find(amounts, q.amount, set.length);
    if (res.solutions().size() != 1) {
      return Optional.empty();
    }
    boolean[] chosen = new boolean[set.length];
    int size = 0;
    for (int k : res.solutions().get(0)) {
      chosen[k] = true;
      size++;
    }
    int[] ordered = new int[size];
    for (int k = 0, n = 0; k < set.length; k++) {
      if (chosen[k]) {
        ordered[n++] = set[k];
      }
    }
    return fitter.fit(ordered, q);
  }

  /**
   * What counts against a fit: a strong reference to an item it leaves out (unless that reference is one character
   * from an item it pays: a typo), and, for a fit that does not clear its referenced items (partial, overpaid), an
   * invoice one edit from the same reference that the amount pays exactly.
   */
  private List<Reason> penalties(Fit f, List<RefHit> used, Evidence ev) {
    List<Reason> out = new ArrayList<>(1);
    for (RefHit h : ev.refs) {
      if (h.weight() >= RefResolver.W_NORMALISED && !contains(f.items, h.item()) && !typoOfPaid(h, f.items)) {
        out.add(Reason.of("AMBIGUOUS", W_UNEXPLAINED_REFERENCE, "a reference in the text points elsewhere"));
        break;
      }
    }
    if (f.weight < AmountFitter.W_BANK_CHARGE) {
      for (RefHit n : ev.nearby) {
        if (!contains(f.items, n.item()) && usesToken(used, n.token())) {
          out.add(Reason.of("AMOUNT_ELSEWHERE", W_NEIGHBOUR_FITS, n.token(), items.number[n.item()]));
          break;
        }
      }
    }
    return out;
  }

  private boolean typoOfPaid(RefHit h, int[] paid) {
    List<String> token = List.of(InvoiceKeys.full(h.token()));
    for (int i : paid) {
      if (nearby.oneEditAway(token, i) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean usesToken(List<RefHit> used, String fullToken) {
    for (RefHit h : used) {
      if (InvoiceKeys.full(h.token()).equals(fullToken)) {
        return true;
      }
    }
    return false;
  }

  /** The customer of a strongly referenced item the receipt pays exactly, or -1. */
  private int settledByReference(Query q, List<RefHit> refs) {
    for (RefHit h : refs) {
      int i = h.item();
      if (h.weight() >= RefResolver.W_NORMALISED && items.currency[i] == q.currency
          && (items.openMinor[i] == q.amount || items.openMinor[i] - items.discountOn(i, q.day) == q.amount)) {
        return items.customer[i];
      }
    }
    return -1;
  }

  /** Whether a reference points to an item of another customer than {@code c}. */
  private boolean pointsElsewhere(List<RefHit> refs, int c) {
    for (RefHit h : refs) {
      if (items.customer[h.item()] != c) {
        return true;
      }
    }
    return false;
  }

  private static List<RefHit> concat(List<RefHit> a, List<RefHit> b) {
    List<RefHit> out = new ArrayList<>(a.size() + b.size());
    out.addAll(a);
    out.addAll(b);
    return out;
  }

  private List<RefHit> ofCustomer(List<RefHit> refs, int c) {
    List<RefHit> mine = new ArrayList<>(refs.size());
    for (RefHit h : refs) {
      if (items.customer[h.item()] == c) {
        mine.add(h);
      }
    }
    return mine;
  }

  private static boolean contains(int[] set, int item) {
    for (int i : set) {
      if (i == item) {
        return true;
      }
    }
    return false;
  }

  private void amountOnly(Query q, List<Proposal> out) {
    List<Integer> same = items.withAmount(q.currency, q.amount, 3);
    if (same.isEmpty() || same.size() > 3) {
      return;
    }
    double w = W_SUM_ONLY - Math.log(same.size());
    for (int i : same) {
      Fit f = Fit.single(i, q.amount, 0, 0, w, Fit.Why.EXACT, 0);
      out.add(factory.proposal(q.r, items.customer[i], f, Reason.of("NO_CUSTOMER", 0), List.of(), List.of()));
    }
  }
}
