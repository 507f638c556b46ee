package org.openar.cashapp.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
  static final double W_ACCOUNT = 5.0;
  static final double W_ALIAS = 4.5;
  static final double W_NAME_MAX = 4.0;
  static final double W_NAME_TIED = 2.0;
  static final double W_ON_ACCOUNT = -2.0;
  static final double W_UNEXPLAINED_REFERENCE = -2.5;
  static final double W_THIRD_PARTY = -1.5;
  static final double W_SUM_ONLY = 2.0;

  private final ItemTable items;
  private final CustomerTable customers;
  private final RefResolver resolver;
  private final AmountFitter fitter;
  private final OpenItemFitter openItems;
  private final ProposalFactory factory;

  CandidateSearch(ItemTable items, CustomerTable customers, MatchSettings settings, FxRates fx) {
    this.items = items;
    this.customers = customers;
    this.resolver = new RefResolver(items);
    this.fitter = new AmountFitter(items, settings, fx);
    this.openItems = new OpenItemFitter(items, settings, fitter);
    this.factory = new ProposalFactory(items, customers);
  }

  List<Proposal> proposals(Query q) {
    Receipt r = q.r;
    List<RefHit> refs = resolver.resolve(q);
    Map<Integer, Reason> evidence = payerEvidence(q);
    int strongPayer = strongPayer(evidence);
    for (RefHit h : refs) {
      int c = items.customer[h.item()];
      if (c >= 0 && !evidence.containsKey(c)) {
        evidence.put(c, nameEvidence(c, customers.similarity(c, q.payer()), r.payerName(), strongPayer));
      }
    }
    List<Proposal> out = new ArrayList<>();
    List<String> unresolved = null;
    for (Map.Entry<Integer, Reason> e : evidence.entrySet()) {
      int c = e.getKey();
      List<RefHit> mine = ofCustomer(refs, c);
      if (mine.isEmpty() && e.getValue().weight() > 0) {
        unresolved = unresolved == null ? RefResolver.unresolvedTokens(r) : unresolved;
        mine = resolver.typos(unresolved, items.byCustomer[c]);
      }
      customerProposals(q, c, e.getValue(), mine, refs, out);
    }
    if (evidence.isEmpty()) {
      amountOnly(q, out);
    }
    return out;
  }

  private void customerProposals(Query q, int c, Reason payer, List<RefHit> mine, List<RefHit> all,
      List<Proposal> out) {
    int before = out.size();
    double best = Double.NEGATIVE_INFINITY;
    if (!mine.isEmpty()) {
      best = referenced(q, c, payer, mine, all, out);
    }
    if (mine.isEmpty() || best < AmountFitter.W_BANK_CHARGE) {
      for (Fit f : openItems.fits(c, q)) {
        out.add(factory.proposal(q.r, c, f, payer, List.of(), penalty(all, f)));
      }
    }
    if (out.size() == before) {
      out.add(factory.onAccount(q.r, c, PRIOR + payer.weight() + W_ON_ACCOUNT, payer));
    }
  }

  private double referenced(Query q, int c, Reason payer, List<RefHit> mine, List<RefHit> all, List<Proposal> out) {
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
    out.add(factory.proposal(q.r, c, f, payer, mine, penalty(all, f)));
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

  /** Strong references to items a proposal leaves out count against it. */
  private static double penalty(List<RefHit> all, Fit f) {
    for (RefHit h : all) {
      if (h.weight() >= RefResolver.W_NORMALISED && !contains(f.items, h.item())) {
        return W_UNEXPLAINED_REFERENCE;
      }
    }
    return 0;
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

  private Map<Integer, Reason> payerEvidence(Query q) {
    Receipt r = q.r;
    Map<Integer, Reason> ev = new LinkedHashMap<>();
    int byAccount = customers.byAccount(r.payerAccount());
    if (byAccount >= 0) {
      ev.put(byAccount, Reason.of("PAYER_ACCOUNT", W_ACCOUNT, r.payerAccount(), customers.id(byAccount)));
      return ev;
    }
    if (r.payerName().isBlank()) {
      return ev;
    }
    List<NameIndex.Hit> hits = customers.names.find(q.payer(), 0.75, q.scratch.names);
    int tied = hits.isEmpty() ? 0 : NameIndex.tiedAtTop(hits);
    for (int k = 0; k < hits.size() && k < Math.max(3, tied); k++) {
      NameIndex.Hit h = hits.get(k);
      Reason reason = h.alias() && h.similarity() >= 1.0
          ? Reason.of("PAYER_ALIAS", W_ALIAS, r.payerName(), customers.id(h.customer()))
          : nameEvidence(h.customer(), h.similarity(), r.payerName(), -1);
      if (tied > 1 && k < tied) {
        reason = new Reason(reason.code(), reason.args(), Math.min(reason.weight(), W_NAME_TIED));
      }
      ev.putIfAbsent(h.customer(), reason);
    }
    return ev;
  }

  private Reason nameEvidence(int c, double similarity, String payerName, int strongPayer) {
    if (strongPayer >= 0 && strongPayer != c) {
      return Reason.of("PAYER_THIRD_PARTY", W_THIRD_PARTY, payerName, customers.id(c));
    }
    double w = similarity >= 0.97 ? W_NAME_MAX : Math.max(0, W_NAME_MAX * (similarity - 0.75) / 0.22);
    if (w <= 0) {
      return Reason.of("PAYER_THIRD_PARTY", 0, payerName, customers.id(c));
    }
    return Reason.of("PAYER_NAME", w, payerName, customers.id(c), Math.round(similarity * 100));
  }

  private static int strongPayer(Map<Integer, Reason> evidence) {
    for (Map.Entry<Integer, Reason> e : evidence.entrySet()) {
      if (e.getValue().weight() >= W_NAME_MAX) {
        return e.getKey();
      }
    }
    return -1;
  }

  private void amountOnly(Query q, List<Proposal> out) {
    List<Integer> same = items.withAmount(q.currency, q.amount, 3);
    if (same.isEmpty() || same.size() > 3) {
      return;
    }
    double w = W_SUM_ONLY - Math.log(same.size());
    for (int i : same) {
      Fit f = Fit.single(i, q.amount, 0, 0, w, Fit.Why.EXACT, 0);
      out.add(factory.proposal(q.r, items.customer[i], f, Reason.of("NO_CUSTOMER", 0), List.of(), 0));
    }
  }
}
