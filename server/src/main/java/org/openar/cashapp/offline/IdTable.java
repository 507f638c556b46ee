package org.openar.cashapp.offline;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Customer ids looked up by the UTF-8 bytes of a CSV cell, so that the million rows of I.csv neither build a string
 * for their customer id nor walk a HashMap's nodes (two cache misses per row there; here the table, the hashes and the
 * ids' bytes together fit in the cache). Returns each id's position in {@link #ids()}.
 */
final class IdTable {

  private final List<String> ids;
  private final byte[][] bytes;
  private final long[] hashes;
  private final int[] slots;

  IdTable(Collection<String> idSet) {
    ids = List.copyOf(idSet);
    bytes = new byte[ids.size()][];
    int cap = Integer.highestOneBit(Math.max(16, ids.size() * 2 - 1)) << 1;
    hashes = new long[cap];
    slots = new int[cap];
    for (int k = 0; k < ids.size(); k++) {
      bytes[k] = ids.get(k).getBytes(StandardCharsets.UTF_8);
      long h = hash(bytes[k], 0, bytes[k].length);
      int s = (int) h & (cap - 1);
      while (slots[s] != 0) {
        s = (s + 1) & (cap - 1);
      }
      hashes[s] = h;
      slots[s] = k + 1;
    }
  }

  List<String> ids() {
    return ids;
  }

  /** The position of the id whose UTF-8 bytes are {@code b[from..to)}, or -1. */
  int find(byte[] b, int from, int to) {
    long h = hash(b, from, to);
    int mask = slots.length - 1;
    for (int s = (int) h & mask; slots[s] != 0; s = (s + 1) & mask) {
      int k = slots[s] - 1;
      if (hashes[s] == h && Arrays.equals(bytes[k], 0, bytes[k].length, b, from, to)) {
        return k;
      }
    }
    return -1;
  }

  int find(String id) {
    byte[] b = id.getBytes(StandardCharsets.UTF_8);
    return find(b, 0, b.length);
  }

  private static long hash(byte[] b, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h = (h ^ (b[i] & 0xff)) * 0x100000001b3L;
    }
    return h ^ h >>> 29;
  }
}
