package org.openar.cashapp.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.IntStream;

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

  /** Receipts per task of {@link #matchAll}: small enough to balance two cores, large enough to reuse scratch. */
  private static final int CHUNK = 512;

  private final MatchSettings settings;
  private final ItemTable items;
  private final CandidateSearch search;

  /** The working arrays of each matching thread, kept from receipt to receipt and from chunk to chunk. */
  private final ThreadLocal<Query.Scratch> scratch = ThreadLocal.withInitial(Query.Scratch::new);

  private MatchingEngine(List<CustomerRecord> customers, OpenItems items, MatchSettings settings, FxRates fx) {
    this.settings = settings;
    // the customer names and the item keys are independent: index them on two cores
    CompletableFuture<CustomerTable> names = CompletableFuture.supplyAsync(() -> new CustomerTable(customers));
    Map<String, Integer> ids = CustomerTable.ids(customers);
    this.items = new ItemTable(items, ids, customers.size());
    this.search = new CandidateSearch(this.items, names.join(), settings, fx);
  }

  public static MatchingEngine build(List<CustomerRecord> customers, List<OpenItem> items, MatchSettings settings,
      FxRates fx) {
    return new MatchingEngine(customers, OpenItems.of(items), settings, fx);
  }

  public static MatchingEngine build(List<CustomerRecord> customers, OpenItems items, MatchSettings settings,
      FxRates fx) {
    return new MatchingEngine(customers, items, settings, fx);
  }

  /** Every receipt, in order; chunks run in parallel, each receipt independently, so the result is deterministic. */
  public List<LineMatch> matchAll(List<Receipt> receipts) {
    return matchAll(receipts, m -> m);
  }

  /**
   * Every receipt, each answer passed through {@code view} on the thread that matched it, in receipt order. A caller
   * that keeps only part of each answer (an import writing rows) lets the rest die young instead of piling up.
   */
  public <T> List<T> matchAll(List<Receipt> receipts, Function<LineMatch, T> view) {
    Object[] out = new Object[receipts.size()];
    int chunks = (receipts.size() + CHUNK - 1) / CHUNK;
    IntStream.range(0, chunks).parallel().forEach(k -> {
      Query.Scratch s = scratch.get();
      for (int i = k * CHUNK; i < Math.min(out.length, (k + 1) * CHUNK); i++) {
        out[i] = view.apply(match(receipts.get(i), s));
      }
    });
    @SuppressWarnings("unchecked")
    List<T> list = (List<T>) Arrays.asList(out);
    return list;
  }

  public LineMatch match(Receipt r) {
    return match(r, scratch.get());
  }

  private LineMatch match(Receipt r, Query.Scratch scratch) {
    if (!r.amount().isPositive()) {
      return new LineMatch(r, MatchStatus.UNMATCHED, null, List.of(), List.of(Reason.of("DEBIT", 0)));
    }
    List<Proposal> ranked = rank(search.proposals(new Query(r, items, scratch)));
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

  /** Best score first (ties keep their order); a proposal posting the same as a better one is dropped. */
  private static List<Proposal> rank(List<Proposal> proposals) {
    List<Proposal> sorted = new ArrayList<>(proposals);
    sorted.sort((a, b) -> Double.compare(b.score(), a.score()));
    List<Proposal> out = new ArrayList<>(sorted.size());
    for (Proposal p : sorted) {
      boolean seen = false;
      for (int k = 0; k < out.size() && !seen; k++) {
        seen = out.get(k).postsSameAs(p);
      }
      if (!seen) {
        out.add(p);
      }
    }
    return out;
  }
}
