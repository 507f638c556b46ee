package org.openar.cashapp.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cash-application matching engine: plain Java, no database. Build it once from the customers and open items
 * (loaded from PostgreSQL by the server, or from C.csv and I.csv by {@code openar match}), then ask it about each
 * credit line. Thread-safe after construction; {@link #matchAll} uses all cores.
 *
 * <p>A proposal above {@link MatchSettings#autoThreshold()} is AUTO unless a different proposal scores within
 * {@link MatchSettings#ambiguityMargin()} of it: two equally good candidates are never posted automatically.
 */
public final class MatchingEngine {

  /** An on-account proposal needs a payer identified by account, alias or a near-identical name. */
  private static final double ON_ACCOUNT_MIN_SCORE = -0.5;

  private final MatchSettings settings;
  private final CandidateSearch search;

  private MatchingEngine(List<CustomerRecord> customers, List<OpenItem> items, MatchSettings settings, FxRates fx) {
    this.settings = settings;
    CustomerTable ct = new CustomerTable(customers);
    ItemTable it = new ItemTable(items, ct.index, customers.size());
    this.search = new CandidateSearch(it, ct, settings, fx);
  }

  public static MatchingEngine build(List<CustomerRecord> customers, List<OpenItem> items, MatchSettings settings,
      FxRates fx) {
    return new MatchingEngine(customers, items, settings, fx);
  }

  public List<LineMatch> matchAll(List<Receipt> receipts) {
    return receipts.parallelStream().map(this::match).toList();
  }

  public LineMatch match(Receipt r) {
    if (!r.amount().isPositive()) {
      return new LineMatch(r, MatchStatus.UNMATCHED, null, List.of(), List.of(Reason.of("DEBIT", 0)));
    }
    List<Proposal> ranked = rank(search.proposals(r));
    if (ranked.isEmpty()) {
      return new LineMatch(r, MatchStatus.UNMATCHED, null, List.of(), List.of(Reason.of("NO_CUSTOMER", 0)));
    }
    Proposal best = ranked.get(0);
    List<Proposal> rest = ranked.subList(1, ranked.size());
    if (!best.hasAllocations()) {
      MatchStatus s = best.score() >= ON_ACCOUNT_MIN_SCORE ? MatchStatus.ON_ACCOUNT : MatchStatus.UNMATCHED;
      return new LineMatch(r, s, s == MatchStatus.ON_ACCOUNT ? best : null, ranked, List.of());
    }
    Proposal rival = rest.stream().filter(Proposal::hasAllocations).findFirst().orElse(null);
    boolean ambiguous = rival != null && rival.score() >= best.score() - settings.ambiguityMargin();
    List<Reason> notes = ambiguous ? List.of(Reason.of("AMBIGUOUS", 0, rival.signature())) : List.of();
    MatchStatus status = !ambiguous && best.confidence() >= settings.autoThreshold() ? MatchStatus.AUTO
        : MatchStatus.SUGGESTED;
    return new LineMatch(r, status, best, rest, notes);
  }

  private static List<Proposal> rank(List<Proposal> proposals) {
    List<Proposal> sorted = new ArrayList<>(proposals);
    sorted.sort((a, b) -> Double.compare(b.score(), a.score()));
    Set<String> seen = new HashSet<>();
    List<Proposal> out = new ArrayList<>(sorted.size());
    for (Proposal p : sorted) {
      if (seen.add(p.signature())) {
        out.add(p);
      }
    }
    return out;
  }
}
