package org.openar.collections.app;

import java.util.Map;
import java.util.TreeMap;

/** Where a run spends its time (load, plan, decide or carry out, record), logged when it ends. */
final class RunTimings {

  private final Map<String, Long> nanos = new TreeMap<>();

  synchronized void add(String phase, long startedNanos) {
    nanos.merge(phase, System.nanoTime() - startedNanos, Long::sum);
  }

  @Override
  public synchronized String toString() {
    StringBuilder sb = new StringBuilder("{");
    nanos.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append('=')
        .append(String.format("%.1f", v / 1e9)));
    return sb.append('}').toString();
  }
}
