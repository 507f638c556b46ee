package org.openar.integration.domain;

/**
 * Which row of the file first used each natural key (a document number, a customer code), in a compact open-addressing
 * table of 64-bit key hashes: a million keys take about 24 MB instead of the ~100 MB of a map of strings. Two keys
 * sharing a 64-bit hash (odds about 1 in 30 billion for a million rows) would be reported as a duplicate row naming
 * the other row, which the user can see is not the same.
 */
public final class KeyRows {

  private long[] hashes = new long[1 << 12];
  private int[] rows = new int[1 << 12];
  private int size;

  /** Remembers {@code row} for {@code key} and returns 0, or returns the earlier row that used the key. */
  public long firstUse(String key, long row) {
    if (size * 10 >= hashes.length * 6) {
      grow();
    }
    long h = hash(key);
    int mask = hashes.length - 1;
    for (int i = (int) (h ^ h >>> 32) & mask; ; i = i + 1 & mask) {
      if (rows[i] == 0) {
        hashes[i] = h;
        rows[i] = (int) Math.min(row, Integer.MAX_VALUE);
        size++;
        return 0;
      }
      if (hashes[i] == h) {
        return rows[i];
      }
    }
  }

  private void grow() {
    long[] oldHashes = hashes;
    int[] oldRows = rows;
    hashes = new long[oldHashes.length * 2];
    rows = new int[oldRows.length * 2];
    int mask = hashes.length - 1;
    for (int j = 0; j < oldHashes.length; j++) {
      if (oldRows[j] != 0) {
        long h = oldHashes[j];
        int i = (int) (h ^ h >>> 32) & mask;
        while (rows[i] != 0) {
          i = i + 1 & mask;
        }
        hashes[i] = h;
        rows[i] = oldRows[j];
      }
    }
  }

  /** FNV-1a over the characters, then a murmur finaliser to spread the bits. */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ h >>> 33;
  }
}
