package org.openar.cashapp.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds customers by payer name without comparing against every customer: exact core names and aliases by hash, and
 * fuzzy names through an inverted index of name terms (blocking). Terms shared by too many names ("TRADING", "上海")
 * are not used to find candidates, only to score them; at most {@value #MAX_CANDIDATES} names, those sharing most
 * terms with the payer's, are compared.
 */
final class NameIndex {

  /** A customer whose name resembles the payer's, with the similarity. */
  record Hit(int customer, double similarity, boolean alias) {}

  private static final int MAX_POSTING = 2000;
  private static final int MAX_CANDIDATES = 12;

  private final List<NameKey> keys = new ArrayList<>();
  private final List<Integer> owners = new ArrayList<>();
  private final List<Boolean> aliases = new ArrayList<>();
  private NameKey[] key;
  private int[] owner;
  private boolean[] alias;
  private final Map<String, int[]> exact = new HashMap<>();
  private final Map<String, int[]> postings = new HashMap<>();

  /** Adds a name; returns its entry number, or -1 for a name that is only a legal form or empty. */
  int add(int customer, String name, boolean isAlias) {
    NameKey k = NameKey.of(name);
    if (k.isEmpty()) {
      return -1;
    }
    keys.add(k.prepared());
    owners.add(customer);
    aliases.add(isAlias);
    return keys.size() - 1;
  }

  /** Builds the exact-name table and the term postings once all names are in. */
  void seal() {
    key = keys.toArray(NameKey[]::new);
    owner = owners.stream().mapToInt(Integer::intValue).toArray();
    alias = new boolean[key.length];
    Map<String, List<Integer>> lists = new HashMap<>();
    Map<String, List<Integer>> same = new HashMap<>();
    for (int i = 0; i < key.length; i++) {
      alias[i] = aliases.get(i);
      same.computeIfAbsent(key[i].core, k -> new ArrayList<>(1)).add(i);
      for (String t : Names.terms(key[i].core)) {
        List<Integer> l = lists.computeIfAbsent(t, k -> new ArrayList<>(2));
        if (l.isEmpty() || l.get(l.size() - 1) != i) {
          l.add(i);
        }
      }
    }
    same.forEach((core, l) -> exact.put(core, l.stream().mapToInt(Integer::intValue).toArray()));
    lists.forEach((t, l) -> postings.put(t, l.stream().mapToInt(Integer::intValue).toArray()));
  }

  int size() {
    return key.length;
  }

  /**
   * Customers whose name or alias resembles the payer's, best first, at least {@code minSimilarity}. Each customer
   * appears once, with its most similar name; equally similar customers keep the order they were found in (exact
   * names first, then candidates by shared terms).
   */
  List<Hit> find(NameKey payer, double minSimilarity, Scratch scratch) {
    if (payer.isEmpty()) {
      return List.of();
    }
    scratch.hits = 0;
    int[] same = exact.get(payer.core);
    if (same != null) {
      for (int e : same) {
        scratch.keep(owner[e], 1.0, alias[e]);
      }
    }
    int n = candidates(payer.core, scratch);
    for (int k = 0; k < n; k++) {
      int e = scratch.candidates[k];
      double s = Names.similarity(payer, key[e]);
      if (s >= minSimilarity) {
        scratch.keep(owner[e], s, alias[e]);
      }
    }
    List<Hit> hits = new ArrayList<>(scratch.hits);
    for (int k = 0; k < scratch.hits; k++) {
      hits.add(new Hit(scratch.hitCustomer[k], scratch.hitSimilarity[k], scratch.hitAlias[k]));
    }
    hits.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
    return hits;
  }

  List<Hit> find(String payerName, double minSimilarity) {
    return find(NameKey.of(payerName), minSimilarity, new Scratch());
  }

  /** How many customers share the best similarity (within 0.03): a name several customers share proves little. */
  static int tiedAtTop(List<Hit> hits) {
    int n = 0;
    for (Hit h : hits) {
      n += h.similarity() >= hits.get(0).similarity() - 0.03 ? 1 : 0;
    }
    return n;
  }

  /**
   * Fills {@code scratch.candidates} with the entries sharing most index terms with the payer's name (ties in the
   * order they were first met) and returns how many.
   */
  private int candidates(String core, Scratch s) {
    short[] counts = s.termCounts(key.length);
    int n = 0;
    int terms = 0;
    for (String t : Names.terms(core)) {
      if (++terms == Short.MAX_VALUE) {
        break; // a "name" this long is noise; the counters must not overflow
      }
      int[] p = postings.get(t);
      if (p == null || p.length > MAX_POSTING) {
        continue;
      }
      for (int e : p) {
        if (counts[e]++ == 0) {
          n = s.touch(e, n);
        }
      }
    }
    // the first MAX_CANDIDATES by most shared terms, ties in the order first met (what a stable sort would give):
    // a bounded insertion, since a few thousand names may share a term with the payer's
    long[] top = s.top;
    int out = 0;
    for (int k = 0; k < n; k++) {
      long rank = (long) (Integer.MAX_VALUE - counts[s.touched[k]]) << 32 | k;
      if (out == MAX_CANDIDATES && rank >= top[out - 1]) {
        continue;
      }
      int j = out == MAX_CANDIDATES ? out - 1 : out++;
      while (j > 0 && top[j - 1] > rank) {
        top[j] = top[j - 1];
        j--;
      }
      top[j] = rank;
    }
    for (int k = 0; k < out; k++) {
      s.candidates[k] = s.touched[(int) top[k]];
    }
    for (int k = 0; k < n; k++) {
      counts[s.touched[k]] = 0;
    }
    return out;
  }

  /** Similarity of a payer name to one given customer (checks a third-party payer against the invoiced customer). */
  double similarityTo(NameKey payer, int[] entriesOfCustomer) {
    double best = 0;
    for (int e : entriesOfCustomer) {
      best = Math.max(best, Names.similarity(payer, key[e]));
    }
    return best;
  }

  /**
   * How closely the payer wrote one of these names including its legal form: 2 when a plain form equals the payer's,
   * 1 when a plain form continues the payer's (the payer stopped inside the legal form, "GmbH & Co." for "GmbH & Co.
   * KG", or the bank cut the name), 0 otherwise. A payer who wrote no legal form at all gets 0.
   */
  int legalFormAgreement(NameKey payer, int[] entriesOfCustomer) {
    if (payer.plain.equals(payer.core)) {
      return 0;
    }
    int best = 0;
    for (int e : entriesOfCustomer) {
      String plain = key[e].plain;
      if (plain.equals(payer.plain)) {
        return 2;
      }
      if (plain.startsWith(payer.plain) && (payer.cut() || plain.charAt(payer.plain.length()) == ' ')) {
        best = 1;
      }
    }
    return best;
  }

  /** Per-thread working arrays for {@link #find}: term-hit counters over all entries, reset after each query. */
  static final class Scratch {
    // short: a name has far fewer than 32,767 terms, and a smaller array stays in the cache
    private short[] counts = new short[0];
    private int[] touched = new int[64];
    private final long[] top = new long[MAX_CANDIDATES];
    final int[] candidates = new int[MAX_CANDIDATES];
    private int[] hitCustomer = new int[16];
    private double[] hitSimilarity = new double[16];
    private boolean[] hitAlias = new boolean[16];
    private int hits;

    /** A customer's best similarity so far, in the order customers were first met. */
    void keep(int customer, double similarity, boolean isAlias) {
      for (int k = 0; k < hits; k++) {
        if (hitCustomer[k] == customer) {
          if (similarity > hitSimilarity[k]) {
            hitSimilarity[k] = similarity;
            hitAlias[k] = isAlias;
          }
          return;
        }
      }
      if (hits == hitCustomer.length) {
        hitCustomer = Arrays.copyOf(hitCustomer, hits * 2);
        hitSimilarity = Arrays.copyOf(hitSimilarity, hits * 2);
        hitAlias = Arrays.copyOf(hitAlias, hits * 2);
      }
      hitCustomer[hits] = customer;
      hitSimilarity[hits] = similarity;
      hitAlias[hits++] = isAlias;
    }

    short[] termCounts(int entries) {
      if (counts.length < entries) {
        counts = new short[entries];
      }
      return counts;
    }

    int touch(int entry, int n) {
      if (n == touched.length) {
        touched = Arrays.copyOf(touched, n * 2);
      }
      touched[n] = entry;
      return n + 1;
    }
  }
}
