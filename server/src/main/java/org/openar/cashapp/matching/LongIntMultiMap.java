package org.openar.cashapp.matching;

import java.util.Arrays;

/**
 * A compact multimap from 64-bit keys (hashes of normalised references, amounts) to int ids: open addressing for the
 * keys and a linked chain per key in two int arrays. A million items with three keys each take about 60 MB instead of
 * the half gigabyte a {@code HashMap<String, List<Integer>>} would.
 */
final class LongIntMultiMap {

  private static final long EMPTY = 0L;
  private long[] keys;
  private int[] heads;
  private int[] chainValue;
  private int[] chainNext;
  private int size;
  private int entries;

  /**
   * A map of {@code n} (key, value) pairs, built in table order: the pairs are radix-sorted by home slot first, so that
   * filling a table far larger than the CPU caches walks it from start to end instead of missing the cache on every
   * pair. Values of one key keep the order of the arrays, as {@link #put} one by one would give them.
   */
  static LongIntMultiMap of(long[] keys, int[] values, int n) {
    LongIntMultiMap m = new LongIntMultiMap(n);
    int mask = m.keys.length - 1;
    int[] home = new int[n];
    for (int i = 0; i < n; i++) {
      home[i] = (int) (mix(keys[i] == EMPTY ? 1 : keys[i]) & mask);
    }
    for (int i : byHome(home, Integer.numberOfTrailingZeros(mask + 1))) {
      m.put(keys[i], values[i]);
    }
    return m;
  }

  /** Indexes 0..n-1 stably sorted by {@code home} (values below 2^bits): least-significant-digit radix sort. */
  private static int[] byHome(int[] home, int bits) {
    int n = home.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int[] next = new int[n];
    int digit = (bits + 1) / 2;
    for (int shift = 0; shift < bits; shift += digit) {
      int[] start = new int[(1 << digit) + 1];
      int m = (1 << digit) - 1;
      for (int i = 0; i < n; i++) {
        start[(home[i] >>> shift & m) + 1]++;
      }
      for (int b = 1; b < start.length; b++) {
        start[b] += start[b - 1];
      }
      for (int i = 0; i < n; i++) {
        int o = order[i];
        next[start[home[o] >>> shift & m]++] = o;
      }
      int[] t = order;
      order = next;
      next = t;
    }
    return order;
  }

  LongIntMultiMap(int expectedEntries) {
    int cap = Integer.highestOneBit(Math.max(16, expectedEntries * 2 - 1)) << 1;
    keys = new long[cap];
    heads = new int[cap];
    chainValue = new int[Math.max(16, expectedEntries)];
    chainNext = new int[chainValue.length];
  }

  void put(long key, int value) {
    long k = key == EMPTY ? 1 : key;
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int slot = slot(k);
    if (keys[slot] == EMPTY) {
      keys[slot] = k;
      heads[slot] = -1;
      size++;
    }
    if (entries == chainValue.length) {
      chainValue = Arrays.copyOf(chainValue, entries * 2);
      chainNext = Arrays.copyOf(chainNext, entries * 2);
    }
    chainValue[entries] = value;
    chainNext[entries] = heads[slot];
    heads[slot] = entries++;
  }

  /** The head of the chain for a key, or -1; walk it with {@link #value} and {@link #next}. */
  int first(long key) {
    long k = key == EMPTY ? 1 : key;
    int slot = slot(k);
    return keys[slot] == EMPTY ? -1 : heads[slot];
  }

  int value(int cursor) {
    return chainValue[cursor];
  }

  int next(int cursor) {
    return chainNext[cursor];
  }

  int count(long key) {
    int n = 0;
    for (int c = first(key); c >= 0; c = next(c)) {
      n++;
    }
    return n;
  }

  private int slot(long k) {
    int mask = keys.length - 1;
    int i = (int) (mix(k) & mask);
    while (keys[i] != EMPTY && keys[i] != k) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    keys = new long[oldKeys.length * 2];
    heads = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int s = slot(oldKeys[i]);
        keys[s] = oldKeys[i];
        heads[s] = oldHeads[i];
      }
    }
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** FNV-1a over the characters, then mixed: the key of a normalised string. */
  static long hash(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }
}
