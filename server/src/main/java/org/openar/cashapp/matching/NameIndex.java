package org.openar.cashapp.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds customers by payer name without comparing against every customer: exact core names and aliases by hash, and
 * fuzzy names through an inverted index of name terms (blocking). Terms shared by too many names ("TRADING", "上海")
 * are not used to find candidates, only to score them.
 */
final class NameIndex {

  /** A name the engine may see on a payment: a customer's own name or one of its aliases. */
  record Entry(int customer, String core, String plain, boolean alias) {}

  /** A customer whose name resembles the payer's, with the similarity. */
  record Hit(int customer, double similarity, boolean alias) {}

  private static final int MAX_POSTING = 2000;
  private static final int MAX_CANDIDATES = 12;

  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, List<Integer>> exact = new HashMap<>();
  private final Map<String, int[]> postings = new HashMap<>();

  void add(int customer, String name, boolean alias) {
    String core = Names.core(name);
    if (core.isEmpty()) {
      return;
    }
    int id = entries.size();
    entries.add(new Entry(customer, core, Names.plain(name), alias));
    exact.computeIfAbsent(core, k -> new ArrayList<>(1)).add(id);
  }

  /** Builds the term postings once all names are in. */
  void seal() {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      for (String t : Names.terms(entries.get(i).core())) {
        List<Integer> l = lists.computeIfAbsent(t, k -> new ArrayList<>(2));
        if (l.isEmpty() || l.get(l.size() - 1) != i) {
          l.add(i);
        }
      }
    }
    lists.forEach((t, l) -> postings.put(t, l.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** Customers whose name or alias resembles {@code payerName}, best first, at least {@code minSimilarity}. */
  List<Hit> find(String payerName, double minSimilarity) {
    String core = Names.core(payerName);
    if (core.isEmpty()) {
      return List.of();
    }
    String plain = Names.plain(payerName);
    Map<Integer, Hit> best = new HashMap<>();
    List<Integer> same = exact.get(core);
    if (same != null) {
      same.forEach(e -> keep(best, new Hit(entries.get(e).customer(), 1.0, entries.get(e).alias())));
    }
    for (int e : candidates(core)) {
      Entry entry = entries.get(e);
      double s = Names.similarity(core, plain, entry.core(), entry.plain());
      if (s >= minSimilarity) {
        keep(best, new Hit(entry.customer(), s, entry.alias()));
      }
    }
    List<Hit> hits = new ArrayList<>(best.values());
    hits.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
    return hits;
  }

  /** How many customers share the best similarity (within 0.03): a name several customers share proves little. */
  static int tiedAtTop(List<Hit> hits) {
    int n = 0;
    for (Hit h : hits) {
      n += h.similarity() >= hits.get(0).similarity() - 0.03 ? 1 : 0;
    }
    return n;
  }

  private static void keep(Map<Integer, Hit> best, Hit h) {
    best.merge(h.customer(), h, (a, b) -> a.similarity() >= b.similarity() ? a : b);
  }

  private List<Integer> candidates(String core) {
    int[] counts = COUNTS.get();
    if (counts.length < entries.size()) {
      counts = new int[entries.size()];
      COUNTS.set(counts);
    }
    int[] touched = new int[64];
    int n = 0;
    for (String t : Names.terms(core)) {
      int[] p = postings.get(t);
      if (p == null || p.length > MAX_POSTING) {
        continue;
      }
      for (int e : p) {
        if (counts[e]++ == 0) {
          if (n == touched.length) {
            touched = java.util.Arrays.copyOf(touched, n * 2);
          }
          touched[n++] = e;
        }
      }
    }
    List<Integer> out = new ArrayList<>(MAX_CANDIDATES);
    final int[] c = counts;
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = touched[k];
    }
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(c[b], c[a]));
    for (int k = 0; k < n && k < MAX_CANDIDATES; k++) {
      out.add(order[k]);
    }
    for (int k = 0; k < n; k++) {
      counts[touched[k]] = 0;
    }
    return out;
  }

  /** Per-thread term-hit counters over all entries, reset after each query: no map per payer name. */
  private static final ThreadLocal<int[]> COUNTS = ThreadLocal.withInitial(() -> new int[0]);

  /** Similarity of a payer name to one given customer (checks a third-party payer against the invoiced customer). */
  double similarityTo(int customer, String payerName, List<Integer> entriesOfCustomer) {
    String core = Names.core(payerName);
    String plain = Names.plain(payerName);
    double best = 0;
    for (int e : entriesOfCustomer) {
      Entry entry = entries.get(e);
      if (entry.customer() == customer) {
        best = Math.max(best, Names.similarity(core, plain, entry.core(), entry.plain()));
      }
    }
    return best;
  }

  List<Entry> entries() {
    return entries;
  }
}
